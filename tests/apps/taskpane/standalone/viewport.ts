/**
 * jsdom lays nothing out and never scrolls: every element measures 0×0, so the virtualiser
 * would render no rows and could not jump. Give elements a window's size and let scrollTo move
 * and announce the scroll, as a browser does for the preview's scroller.
 */
export function giveElementsAViewport(): void {
  const scrollTops = new WeakMap<Element, number>();
  Object.defineProperty(HTMLElement.prototype, "clientHeight", { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, get: () => 800 });
  // Room to scroll anywhere: the virtualiser clamps jumps to scrollHeight - clientHeight.
  Object.defineProperty(HTMLElement.prototype, "scrollHeight", { configurable: true, get: () => 1e9 });
  Object.defineProperty(HTMLElement.prototype, "scrollTop", {
    configurable: true,
    get(this: Element) {
      return scrollTops.get(this) ?? 0;
    },
    set(this: Element, top: number) {
      scrollTops.set(this, top);
    },
  });
  Element.prototype.scrollTo = function scrollTo(this: Element, options?: ScrollToOptions | number) {
    if (typeof options === "object" && options.top !== undefined) this.scrollTop = options.top;
    // Browsers fire scroll events asynchronously, after the current render.
    setTimeout(() => this.dispatchEvent(new Event("scroll")));
  } as Element["scrollTo"];
}
