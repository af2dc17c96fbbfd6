import { OfficeError } from "./office-error";
import type { WorkbookModel } from "./workbook-model";

/** Excel on the web rejects a request or response over 5 MB. */
export const MAX_PAYLOAD_BYTES = 5 * 1024 * 1024;
/** Reading more cells than this from one range fails in Excel. */
export const MAX_CELLS_READ = 5_000_000;

/** What one queued operation returns when the sync runs it. */
export interface OpOutcome {
  /** Data sent back to the add-in, counted against the response limit. */
  readonly response?: unknown;
  /** Makes loaded data visible to the add-in; runs only when the whole response fits. */
  readonly commit?: () => void;
}

export interface QueuedOp {
  /** What would travel in the request (paths, addresses, written values): sized as JSON. */
  readonly describe: unknown;
  readonly run: () => OpOutcome | void;
}

const byteLength = (data: unknown) => Buffer.byteLength(JSON.stringify(data ?? null), "utf8");

/**
 * The queue-then-sync core of the fake RequestContext: nothing reaches the model until
 * `sync()`, and loaded data is visible only after it, as with Office.js.
 */
export class RequestQueue {
  private ops: QueuedOp[] = [];

  constructor(readonly model: WorkbookModel) {}

  enqueue(op: QueuedOp): void {
    this.ops.push(op);
  }

  get pending(): boolean {
    return this.ops.length > 0;
  }

  async sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    const { stats } = this.model;
    stats.syncs += 1;
    const requestBytes = byteLength(ops.map((op) => op.describe));
    stats.requestBytes.push(requestBytes);
    if (requestBytes > MAX_PAYLOAD_BYTES) {
      stats.responseBytes.push(0);
      throw new OfficeError("RequestPayloadSizeLimitExceeded", `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
    }
    const outcomes: OpOutcome[] = [];
    try {
      // Like Excel, operations before a failing one stay applied: there is no rollback.
      for (const op of ops) {
        const outcome = op.run();
        if (outcome) outcomes.push(outcome);
      }
    } finally {
      stats.responseBytes.push(byteLength(outcomes.map((o) => o.response)));
    }
    const responseBytes = stats.responseBytes[stats.responseBytes.length - 1];
    if (responseBytes > MAX_PAYLOAD_BYTES) {
      throw new OfficeError("ResponsePayloadSizeLimitExceeded", `The response payload size (${responseBytes} bytes) has exceeded the limit.`);
    }
    for (const outcome of outcomes) outcome.commit?.();
  }
}

function notLoaded(property: string): OfficeError {
  return new OfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** The value of a method call such as getCellProperties or getXml, readable after sync. */
export class FakeClientResult<T> implements Pick<OfficeExtension.ClientResult<T>, "value"> {
  private result: { value: T } | null = null;

  get value(): T {
    if (!this.result) throw new OfficeError("ValueNotLoaded", "The value of the result object has not been loaded yet. Call context.sync() first.");
    return this.result.value;
  }

  resolve(value: T): void {
    this.result = { value };
  }
}

/**
 * Base of every proxy object. Subclasses say how to read a property from the model at sync time
 * (`readProperty`) and which navigation properties lead to child proxies (`child`).
 */
export abstract class FakeClientObject {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  /** Set for *OrNullObject proxies: loads on a null object succeed and load nothing, as in Excel. */
  private exists: (() => boolean) | undefined;

  constructor(
    protected readonly queue: RequestQueue,
    /** How the object was reached, e.g. `worksheets.getItem(Sheet1).getRange(A1)`: sized in requests. */
    readonly path: string,
  ) {}

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  load(propertyNames?: string | string[]): this {
    const names = (Array.isArray(propertyNames) ? propertyNames : (propertyNames ?? "").split(","))
      .map((name) => name.trim())
      .filter(Boolean);
    const own: string[] = [];
    for (const name of names) {
      const slash = name.indexOf("/");
      if (slash < 0) own.push(name);
      else this.child(name.slice(0, slash)).load(name.slice(slash + 1));
    }
    if (own.length) {
      this.queue.enqueue({
        describe: { path: this.path, load: own },
        run: () => {
          if (this.exists && !this.exists()) return { response: null };
          const data = own.map((name) => this.readProperty(name));
          return { response: data, commit: () => own.forEach((name, i) => this.loaded.set(name, data[i])) };
        },
      });
    }
    return this;
  }

  /** For *OrNullObject proxies: after the next sync, isNullObject says whether it resolved. */
  protected trackNull(resolves: () => boolean): void {
    this.exists = resolves;
    this.queue.enqueue({
      describe: { path: this.path, op: "isNullObject" },
      run: () => {
        const isNull = !resolves();
        return { response: isNull, commit: () => (this.nullState = isNull) };
      },
    });
  }

  /** Reads property paths (`address`, `format/fill/color`) at sync time, for collections loading `items/...`. */
  readForCollection(paths: readonly string[]): unknown[] {
    return paths.map((path) => {
      const [owner, name] = this.owner(path);
      return owner.readProperty(name);
    });
  }

  /** Makes property paths read by a collection load visible, and the item resolved. */
  applyCollectionLoad(paths: readonly string[], data: readonly unknown[]): void {
    paths.forEach((path, i) => {
      const [owner, name] = this.owner(path);
      owner.loaded.set(name, data[i]);
    });
    this.nullState = false;
  }

  private owner(path: string): [FakeClientObject, string] {
    const parts = path.split("/");
    const name = parts.pop()!;
    return [parts.reduce<FakeClientObject>((object, part) => object.child(part), this), name];
  }

  protected loadedValue<T>(property: string): T {
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as T;
  }

  /** Queues a write or a call; `apply` runs against the model at sync time. */
  protected enqueueCall(operation: string, args: unknown, apply: () => void): void {
    this.queue.enqueue({ describe: { path: this.path, op: operation, args }, run: () => apply() });
  }

  protected child(name: string): FakeClientObject {
    throw new Error(`in-memory Excel: ${this.constructor.name} has no navigation property '${name}'`);
  }

  protected abstract readProperty(name: string): unknown;
}
