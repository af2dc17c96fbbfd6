/** Where the pane is running, as far as office.js can tell within the time allowed. */
export type OfficeStart = "excel" | "no-host" | "timeout";

/**
 * Microsoft's CDN is sometimes slow or blocked in China and `Office.onReady` may then never
 * resolve (or office.js never defines `Office`): give up after `timeoutMs`.
 */
export function waitForOffice(office: typeof Office | undefined, timeoutMs: number): Promise<OfficeStart> {
  if (office === undefined) return Promise.resolve("timeout");
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve("timeout"), timeoutMs);
    office
      .onReady()
      .then((info) => {
        clearTimeout(timer);
        resolve(info.host === office.HostType.Excel ? "excel" : "no-host");
      })
      .catch(() => {
        clearTimeout(timer);
        resolve("timeout");
      });
  });
}
