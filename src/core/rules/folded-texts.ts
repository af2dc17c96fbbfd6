import { foldInto, grown, type KeyFold } from "./folded-key-table";

/**
 * Texts kept folded, end to end in one Uint16Array, to compare a later text with: the holder's
 * name of each account's first row. Only compared when an account comes back, so keeping them
 * needs no hash, and no string per row (nor a slice of the reader's chunk) is kept.
 */
export class FoldedTexts {
  private units = new Uint16Array(16 * 1024);
  /** Text i is units[starts[i] … starts[i + 1]). */
  private starts = new Int32Array(1024 + 1);
  private count = 0;

  constructor(private readonly fold: KeyFold) {}

  /** Keeps `text` folded; returns its number (0, 1, 2… in the order kept). */
  push(text: string): number {
    const start = this.starts[this.count];
    if (this.units.length - start < text.length) this.units = grown(this.units, start + text.length);
    if (this.count + 1 === this.starts.length) {
      const starts = new Int32Array(2 * this.starts.length);
      starts.set(this.starts);
      this.starts = starts;
    }
    this.starts[++this.count] = foldInto(this.units, start, text, this.fold);
    return this.count - 1;
  }

  /** Whether text number `index` and `text`, folded, are the same. */
  equals(index: number, text: string): boolean {
    const from = this.starts[index];
    const length = this.starts[index + 1] - from;
    // Fold the text past the last one kept, as scratch.
    const scratch = this.starts[this.count];
    if (this.units.length - scratch < text.length) this.units = grown(this.units, scratch + text.length);
    const end = foldInto(this.units, scratch, text, this.fold);
    if (end - scratch !== length) return false;
    for (let i = 0; i < length; i++) if (this.units[from + i] !== this.units[scratch + i]) return false;
    return true;
  }
}
