import type { FieldKey } from "../fields";

/** An entry of a minimum or maximum table, compiled: the slots it is keyed by and the values it wants there. */
interface Entry {
  readonly slots: Int32Array;
  readonly values: readonly string[];
  readonly fen: number;
  /** The matched values as messages name whom the entry is for: 全总本科. */
  readonly who: string;
}

export interface TableHit {
  readonly fen: number;
  readonly who: string;
}

/**
 * A minimum or maximum table keyed by any of the pack's fields. An entry applies when every
 * field it names holds its value; among those that apply, the most specific wins (the most
 * fields named), and among equals the first listed.
 */
export class AmountTable {
  private readonly entries: Entry[];

  /** `describe`: how a message names the rows a condition picks (劳模级别 全国 → 全国; 是否困难劳模 否 → 非困难劳模). */
  constructor(
    table: readonly { readonly when?: Readonly<Record<string, string>>; readonly yuan: number }[],
    slotOf: (key: FieldKey) => number,
    describe: (key: FieldKey, value: string) => string = (_key, value) => value,
  ) {
    this.entries = table
      .map(({ when = {}, yuan }) => {
        const keys = Object.keys(when);
        return { slots: Int32Array.from(keys, slotOf), values: keys.map((key) => when[key]), fen: Math.round(yuan * 100), who: keys.map((key) => describe(key, when[key])).join("") };
      })
      // Stable: the first listed stays first among entries naming as many fields.
      .sort((a, b) => b.slots.length - a.slots.length);
  }

  lookup(texts: readonly string[]): TableHit | null {
    for (const entry of this.entries) {
      let applies = true;
      for (let i = 0; i < entry.slots.length && applies; i++) applies = texts[entry.slots[i]] === entry.values[i];
      if (applies) return entry;
    }
    return null;
  }
}
