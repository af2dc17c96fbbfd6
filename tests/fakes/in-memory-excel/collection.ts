import { FakeClientObject, type RequestQueue } from "./request-context";

/**
 * A collection proxy: `load("items/name")` (or `load("items")`) makes `items` readable after
 * sync, each item with the named properties loaded.
 */
export abstract class FakeCollection<Item extends FakeClientObject> extends FakeClientObject {
  private loadedItems: Item[] | null = null;

  constructor(queue: RequestQueue, path: string) {
    super(queue, path);
  }

  get items(): Item[] {
    if (!this.loadedItems) return this.loadedValue<Item[]>("items");
    return this.loadedItems;
  }

  override load(propertyNames?: string | string[]): this {
    const names = (Array.isArray(propertyNames) ? propertyNames : (propertyNames ?? "").split(","))
      .map((name) => name.trim())
      .filter(Boolean);
    if (!names.every((name) => name === "items" || name.startsWith("items/"))) {
      return super.load(propertyNames);
    }
    const properties = names.filter((name) => name !== "items").map((name) => name.slice("items/".length));
    this.queue.enqueue({
      describe: { path: this.path, load: names },
      run: () => {
        const items = this.resolveItems();
        const data = items.map((item) => item.readForCollection(properties));
        return {
          response: data,
          commit: () => {
            items.forEach((item, i) => item.applyCollectionLoad(properties, data[i]));
            this.loadedItems = items;
          },
        };
      },
    });
    return this;
  }

  protected readProperty(name: string): unknown {
    throw new Error(`in-memory Excel: ${this.constructor.name} has no property '${name}'`);
  }

  /** The collection's current members, as proxies, read from the model at sync time. */
  protected abstract resolveItems(): Item[];
}
