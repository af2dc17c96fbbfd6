import { parseMergedRange, type MergedRange } from "../../core/check/merged-ranges";
import { XmlTokenizer } from "./xml-tokenizer";

const MARK = new TextEncoder().encode("mergeCells");
const LT = 0x3c;
/** Room for a namespace prefix before the mark ("<x:mergeCells"). */
const PREFIX_ROOM = 32;

/**
 * A sheet part's merged areas (a 地区 merged over its block). The file lists them after the rows,
 * yet the check needs them before the first row: the reader makes a first pass over the part's
 * bytes (which also verifies its CRC), looking only for the <mergeCells> element; what follows it
 * is tokenized — a few lines, not the rows. Text in cells cannot fake the element: inside a cell a
 * "<" is written &lt;, so the mark counts only where a "<" and a name prefix lead up to it.
 */
export class MergeScanner {
  readonly merges: MergedRange[] = [];
  private tokenizer: XmlTokenizer | null = null;
  private carry = new Uint8Array(0);
  private done = false;

  push(chunk: Uint8Array): void {
    if (this.done) return;
    if (this.tokenizer !== null) {
      this.tokenizer.write(chunk);
      return;
    }
    const window = this.carry.length > 0 ? concat(this.carry, chunk) : chunk;
    const start = elementStart(window);
    if (start >= 0) {
      this.tokenizer = new XmlTokenizer({
        open: (tag) => {
          const range = tag.name === "mergeCell" ? parseMergedRange(tag.value("ref") ?? "") : null;
          if (range !== null) this.merges.push(range);
        },
        text: () => {},
        close: (name) => {
          this.done ||= name === "mergeCells";
        },
      });
      this.tokenizer.write(window.subarray(start));
    } else {
      // Keep enough to find a mark (and its tag's start) split across two chunks.
      this.carry = window.slice(Math.max(0, window.length - MARK.length - PREFIX_ROOM));
    }
  }
}

/** Where `<mergeCells` (or `<x:mergeCells`) starts in `b`, or -1. */
function elementStart(b: Uint8Array): number {
  for (let at = indexOfMark(b, 0); at >= 0; at = indexOfMark(b, at + 1)) {
    let lt = at - 1;
    while (lt >= 0 && at - lt <= PREFIX_ROOM && isNameByte(b[lt])) lt--;
    if (lt >= 0 && b[lt] === LT && (lt === at - 1 || b[at - 1] === 0x3a)) return lt;
  }
  return -1;
}

function isNameByte(byte: number): boolean {
  return (byte >= 0x30 && byte <= 0x3a) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a) || byte === 0x5f || byte === 0x2d || byte === 0x2e;
}

function indexOfMark(b: Uint8Array, from: number): number {
  for (let at = b.indexOf(MARK[0], from); at >= 0; at = b.indexOf(MARK[0], at + 1)) {
    let i = 1;
    while (i < MARK.length && b[at + i] === MARK[i]) i++;
    if (i === MARK.length) return at;
  }
  return -1;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
