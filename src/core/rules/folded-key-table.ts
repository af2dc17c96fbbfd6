import { doubled, mix } from "../consolidate/key-table";

/**
 * How cell text becomes a key: "spaces" drops every space (a name: 张 三 is 张三); "width" also reads
 * full-width ASCII as half width (an ID, an account, an archive number: ＱＺ 1001 is QZ1001). These
 * are withoutSpaces and withoutSpaces(toHalfWidth(…)) of rows/cell-text.ts, one code unit at a time.
 */
export type KeyFold = "spaces" | "width";

const FIRST_CAPACITY = 1024;
/** Room per key at first: an ID is 18 units, a card number 19. */
const UNITS_PER_KEY = 20;

/**
 * The keys of one sheet's rows (IDs, accounts, archive numbers, holders' names), each given an
 * entry number (0, 1, 2… in the order first seen) and the row it was first seen on.
 *
 * Written by hand rather than a Map<string, …> because the Map version was a third of a 100k-row
 * check: every row made a folded key string, a copy of it to keep (own-copy.ts) and an entry
 * object, and the collector spent a tenth of the check on them. Here a key is folded and hashed
 * straight from the cell's code units, compared against code units kept in one growing Uint16Array
 * (so nothing of the reader's chunk is kept either), under open addressing: a row whose key is
 * already known allocates nothing, a new key only grows typed arrays now and then.
 */
export class FoldedKeyTable {
  /** Every entry's folded key, end to end; entry e is units[starts[e] … starts[e + 1]). */
  private units: Uint16Array<ArrayBuffer>;
  private starts: Int32Array<ArrayBuffer>;
  private firstRows: Int32Array<ArrayBuffer>;
  private notes: Int32Array<ArrayBuffer>;
  /**
   * Hash slots, at most half full, as pairs (the key's hash, its entry + 1; 0 is an empty slot):
   * a probe reads one cache line, and the keys' units are read only when the hashes match (a
   * repeated key), so a roster of new keys costs one memory miss a row per table.
   */
  private slots: Int32Array<ArrayBuffer>;
  private count = 0;
  /** Whether the last intern() added its key. */
  added = false;

  /** `expectedKeys`: room made at once (a grid's row count), sparing the doublings on the way there. */
  constructor(
    private readonly fold: KeyFold,
    expectedKeys = 0,
  ) {
    let capacity = FIRST_CAPACITY;
    while (capacity < expectedKeys) capacity *= 2;
    this.units = new Uint16Array(UNITS_PER_KEY * capacity);
    this.starts = new Int32Array(capacity + 1);
    this.firstRows = new Int32Array(capacity);
    this.notes = new Int32Array(capacity);
    this.slots = new Int32Array(4 * capacity);
  }

  get size(): number {
    return this.count;
  }

  /** The entry of `text`'s folded key; a key not seen before is added with `row` as its first row. */
  intern(text: string, row: number): number {
    const start = this.starts[this.count];
    // Fold onto the end of the pool: kept as the new entry's key if it is new, overwritten otherwise.
    if (this.units.length - start < text.length) this.units = grown(this.units, start + text.length);
    // Folded and hashed in one pass over the text (FNV-1a of the folded units), not read back from the pool.
    const units = this.units;
    const width = this.fold === "width";
    let end = start;
    let hash = 0x811c9dc5 | 0;
    for (let i = 0; i < text.length; i++) {
      const code = foldedUnit(text.charCodeAt(i), width);
      if (code < 0) continue;
      units[end++] = code;
      hash = Math.imul(hash ^ code, 0x01000193);
    }
    hash = mix(hash ^ (end - start));
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let slot = hash & mask;
    for (; ; slot = (slot + 1) & mask) {
      const held = slots[2 * slot + 1];
      if (held === 0) break;
      if (slots[2 * slot] === hash && this.sameUnits(held - 1, start, end)) {
        this.added = false;
        return held - 1;
      }
    }
    const entry = this.count++;
    if (entry === this.firstRows.length) this.grow();
    this.starts[this.count] = end;
    this.firstRows[entry] = row;
    this.notes[entry] = 0;
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = entry + 1;
    // Past half full: twice the slots, every key placed again by its kept hash.
    if (4 * this.count > slots.length) this.rehash();
    this.added = true;
    return entry;
  }

  /** The row an entry's key was first seen on. */
  firstRow(entry: number): number {
    return this.firstRows[entry];
  }

  /** A number the caller keeps with an entry (the first ID under an archive number…); 0 until set. */
  note(entry: number): number {
    return this.notes[entry];
  }

  setNote(entry: number, value: number): void {
    this.notes[entry] = value;
  }

  /** Whether entry's key is units[start … end) of the pool. */
  private sameUnits(entry: number, start: number, end: number): boolean {
    const from = this.starts[entry];
    if (this.starts[entry + 1] - from !== end - start) return false;
    const units = this.units;
    for (let i = 0; i < end - start; i++) if (units[from + i] !== units[start + i]) return false;
    return true;
  }

  private grow(): void {
    const starts = new Int32Array(2 * this.firstRows.length + 1);
    starts.set(this.starts);
    this.starts = starts;
    this.firstRows = doubled(this.firstRows);
    this.notes = doubled(this.notes);
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(2 * old.length);
    const mask = (slots.length >> 1) - 1;
    for (let at = 0; at < old.length; at += 2) {
      if (old[at + 1] === 0) continue;
      let slot = old[at] & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[at];
      slots[2 * slot + 1] = old[at + 1];
    }
    this.slots = slots;
  }
}

/** Writes `text` folded into units from `at` (which has room for all of it); returns where it ends. */
export function foldInto(units: Uint16Array, at: number, text: string, fold: KeyFold): number {
  const width = fold === "width";
  let end = at;
  for (let i = 0; i < text.length; i++) {
    const code = foldedUnit(text.charCodeAt(i), width);
    if (code >= 0) units[end++] = code;
  }
  return end;
}

/** A code unit as the key keeps it: -1 for a space (dropped), full-width ASCII as half width with `width`. */
function foldedUnit(code: number, width: boolean): number {
  if (isSpace(code)) return -1;
  return width && code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
}

/** The characters withoutSpaces removes: JavaScript's \s, plus the zero-width space. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** A pool with room for at least `needed` units, keeping what it holds. */
export function grown(units: Uint16Array<ArrayBuffer>, needed: number): Uint16Array<ArrayBuffer> {
  const into = new Uint16Array(Math.max(2 * units.length, needed));
  into.set(units);
  return into;
}
