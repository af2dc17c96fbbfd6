import { DamagedPart } from "./damaged-part";
import { xmlText } from "./xml-text";

/**
 * A streaming XML tokenizer over UTF-8 bytes, for the parts of an .xlsx the reader needs (sheet
 * rows, shared strings, workbook, styles). Fed chunks of any size, it touches each byte a bounded
 * number of times: a token split across chunks is carried over and its search resumes where it
 * stopped, so a 66 KB text cell costs what it weighs. Text skips to the next `<` with the native
 * Uint8Array.indexOf; tags are scanned byte by byte minding quotes, so a `>` inside an attribute
 * value stays in the value. Namespace prefixes are dropped (`x:row` is `row`), since some writers
 * prefix SpreadsheetML. DTDs are refused (Excel refuses them too), so no entity can expand.
 */
export interface XmlHandler {
  /** `tag` is valid only during the call. */
  open(tag: XmlTag): void;
  /** A whole text node or CDATA section, as raw bytes (decode with xmlText when needed). */
  text(bytes: Uint8Array, start: number, end: number, cdata: boolean): void;
  close(name: string): void;
}

/** One token may not be longer than this: Excel's longest cell is 32,767 characters. */
const MAX_TOKEN = 16 * 1024 * 1024;
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const COLON = 0x3a;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const COMMENT_OPEN = bytesOf("<!--");
const COMMENT_CLOSE = bytesOf("-->");
const CDATA_OPEN = bytesOf("<![CDATA[");
const CDATA_CLOSE = bytesOf("]]>");
const PI_CLOSE = bytesOf("?>");

export class XmlTokenizer {
  private carry = new Uint8Array(1 << 16);
  private carried = 0;
  /** How far into the carried token the search for its end got. */
  private searched = 0;
  /** The quote a carried tag was inside when its chunk ended. */
  private quote = 0;
  private depth = 0;
  private readonly tag = new XmlTag();

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: Uint8Array): void {
    if (this.carried === 0) {
      const used = this.tokens(chunk);
      this.keep(chunk, used);
    } else {
      this.append(chunk);
      const pending = this.carry.subarray(0, this.carried);
      const used = this.tokens(pending);
      this.carry.copyWithin(0, used, this.carried);
      this.carried -= used;
    }
    if (this.carried > MAX_TOKEN) throw new DamagedPart("XML 中有超长的内容", "its XML holds a token longer than 16 MiB");
  }

  /** Throws when the part ends inside markup or with elements left open (a truncated part). */
  end(): void {
    for (let i = 0; i < this.carried; i++) {
      if (this.carry[i] > 0x20) throw new DamagedPart("XML 不完整", "its XML is cut short");
    }
    if (this.depth !== 0) throw new DamagedPart("XML 不完整", "its XML is cut short");
    this.carried = 0;
  }

  /** Reports every whole token in `b`; returns how many bytes were used. */
  private tokens(b: Uint8Array): number {
    const n = b.length;
    let from = this.searched;
    let p = 0;
    while (p < n) {
      let end: number;
      if (b[p] !== LT) {
        const lt = b.indexOf(LT, p + from);
        if (lt < 0) return this.pause(p, n - p, 0);
        this.handler.text(b, p, lt, false);
        end = lt;
      } else if (p + 1 >= n) {
        return this.pause(p, 0, 0);
      } else if (b[p + 1] === SLASH) {
        const gt = b.indexOf(GT, p + Math.max(2, from));
        if (gt < 0) return this.pause(p, n - p, 0);
        this.closeTag(b, p + 2, gt);
        end = gt + 1;
      } else if (b[p + 1] === BANG) {
        const comment = startsWith(b, p, COMMENT_OPEN);
        const cdata = startsWith(b, p, CDATA_OPEN);
        if (comment === null || cdata === null) return this.pause(p, 0, 0);
        if (!comment && !cdata) throw new DamagedPart("XML 中有文档类型声明（DTD）", "its XML has a document type declaration (DTD)");
        const open = comment ? COMMENT_OPEN : CDATA_OPEN;
        const close = comment ? COMMENT_CLOSE : CDATA_CLOSE;
        const at = find(b, close, p + Math.max(open.length, from));
        if (at < 0) return this.pause(p, Math.max(open.length, n - p - close.length + 1), 0);
        if (cdata) this.handler.text(b, p + open.length, at, true);
        end = at + close.length;
      } else if (b[p + 1] === QUESTION) {
        const at = find(b, PI_CLOSE, p + Math.max(2, from));
        if (at < 0) return this.pause(p, Math.max(2, n - p - 1), 0);
        end = at + 2;
      } else {
        // Most tags lie whole in the buffer: parsing finds their end. A tag cut by the chunk's
        // end is scanned on from where the last chunk stopped, minding quotes, then parsed.
        let close = from === 0 ? this.tag.parse(b, p) : -1;
        if (close < 0) {
          close = this.tagEnd(b, p + Math.max(1, from), from > 0 ? this.quote : 0);
          if (close < 0) return this.pause(p, n - p, this.quote);
          this.tag.parse(b, p);
        }
        this.openTag();
        end = close;
      }
      from = 0;
      p = end;
    }
    return this.pause(n, 0, 0);
  }

  /** Just past the `>` that ends the tag, or -1 (this.quote then holds the quote left open). */
  private tagEnd(b: Uint8Array, from: number, quote: number): number {
    for (let i = from; i < b.length; i++) {
      const c = b[i];
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === GT) return i + 1;
      else if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) quote = c;
      else if (c === LT) throw malformedTag();
    }
    this.quote = quote;
    return -1;
  }

  private pause(used: number, searched: number, quote: number): number {
    this.searched = searched;
    this.quote = quote;
    return used;
  }

  private openTag(): void {
    const tag = this.tag;
    this.handler.open(tag);
    if (tag.selfClosing) this.handler.close(tag.name);
    else this.depth++;
  }

  private closeTag(b: Uint8Array, start: number, end: number): void {
    let last = end;
    while (last > start && b[last - 1] <= 0x20) last--;
    this.depth--;
    this.handler.close(this.tag.names.local(b, start, last));
  }

  private append(chunk: Uint8Array): void {
    const needed = this.carried + chunk.length;
    if (needed > this.carry.length) {
      const grown = new Uint8Array(Math.max(needed, this.carry.length * 2));
      grown.set(this.carry.subarray(0, this.carried));
      this.carry = grown;
    }
    this.carry.set(chunk, this.carried);
    this.carried = needed;
  }

  private keep(chunk: Uint8Array, used: number): void {
    this.carried = 0;
    this.append(chunk.subarray(used));
  }
}

/**
 * The tag being reported: its local name and its attributes, found once per tag into reused
 * arrays, looked up by local name and decoded only when a handler asks.
 */
export class XmlTag {
  name = "";
  selfClosing = false;
  bytes: Uint8Array = new Uint8Array(0);
  readonly names = new NameTable();
  private count = 0;
  private nameStarts: number[] = [];
  private nameEnds: number[] = [];
  private valueStarts: number[] = [];
  private valueEnds: number[] = [];

  /**
   * Reads the tag that starts at `start` (a `<`): returns the index just past its `>`, or -1
   * when `b` ends first. A quoted value is skipped whole, so a `>` inside it stays in it.
   */
  parse(b: Uint8Array, start: number): number {
    const n = b.length;
    this.bytes = b;
    this.count = 0;
    let i = start + 1;
    while (i < n && b[i] > 0x20 && b[i] !== SLASH && b[i] !== GT) i++;
    if (i === n) return -1;
    this.name = this.names.local(b, start + 1, i);
    for (;;) {
      while (i < n && b[i] <= 0x20) i++;
      if (i >= n) return -1;
      const c = b[i];
      if (c === GT) {
        this.selfClosing = false;
        return i + 1;
      }
      if (c === SLASH) {
        if (i + 1 >= n) return -1;
        if (b[i + 1] !== GT) throw malformedTag();
        this.selfClosing = true;
        return i + 2;
      }
      const nameStart = i;
      while (i < n && b[i] > 0x20 && b[i] !== EQUALS && b[i] !== GT && b[i] !== LT) i++;
      const nameEnd = i;
      while (i < n && b[i] <= 0x20) i++;
      if (i >= n) return -1;
      if (b[i] !== EQUALS || nameEnd === nameStart) throw malformedTag();
      i++;
      while (i < n && b[i] <= 0x20) i++;
      if (i >= n) return -1;
      const quote = b[i];
      if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) throw malformedTag();
      const valueEnd = b.indexOf(quote, i + 1);
      if (valueEnd < 0) return -1;
      const k = this.count++;
      this.nameStarts[k] = nameStart;
      this.nameEnds[k] = nameEnd;
      this.valueStarts[k] = i + 1;
      this.valueEnds[k] = valueEnd;
      i = valueEnd + 1;
    }
  }

  /** The index of the attribute with this local name (prefix ignored), or -1. */
  attribute(localName: string): number {
    const b = this.bytes;
    for (let k = 0; k < this.count; k++) {
      const end = this.nameEnds[k];
      const start = end - localName.length;
      if (start < this.nameStarts[k] || (start > this.nameStarts[k] && b[start - 1] !== COLON)) continue;
      let i = 0;
      while (i < localName.length && b[start + i] === localName.charCodeAt(i)) i++;
      if (i === localName.length) return k;
    }
    return -1;
  }

  /** The attribute's decoded value, or undefined when the tag has none by that name. */
  value(localName: string): string | undefined {
    const k = this.attribute(localName);
    return k < 0 ? undefined : xmlText(this.bytes, this.valueStarts[k], this.valueEnds[k]);
  }

  /** How many attributes the tag has: the writer's read-back compares them all. */
  get attributeCount(): number {
    return this.count;
  }

  /** The qualified name of the attribute at `index` (0 ≤ index < attributeCount). */
  attributeName(index: number): string {
    return xmlText(this.bytes, this.nameStarts[index], this.nameEnds[index]);
  }

  /** The decoded value of the attribute at `index`. */
  attributeValue(index: number): string {
    return xmlText(this.bytes, this.valueStarts[index], this.valueEnds[index]);
  }

  valueStart(index: number): number {
    return this.valueStarts[index];
  }

  valueEnd(index: number): number {
    return this.valueEnds[index];
  }
}

/** Element names as strings, made once per distinct name rather than once per tag. */
class NameTable {
  private readonly byHash = new Map<number, string>();

  /** The local name (after any `prefix:`) of the qualified name in b[start, end). */
  local(b: Uint8Array, start: number, end: number): string {
    let from = end;
    while (from > start && b[from - 1] !== COLON) from--;
    let hash = end - from;
    for (let i = from; i < end; i++) hash = (Math.imul(hash, 31) + b[i]) | 0;
    const known = this.byHash.get(hash);
    if (known !== undefined && sameAscii(known, b, from, end)) return known;
    const name = xmlText(b, from, end);
    this.byHash.set(hash, name);
    return name;
  }
}

function sameAscii(text: string, b: Uint8Array, start: number, end: number): boolean {
  if (text.length !== end - start) return false;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== b[start + i]) return false;
  return true;
}

function malformedTag(): DamagedPart {
  return new DamagedPart("XML 属性格式不对", "its XML has a malformed attribute");
}

/** true / false, or null when `b` ends before it can tell. */
function startsWith(b: Uint8Array, at: number, prefix: Uint8Array): boolean | null {
  for (let i = 0; i < prefix.length; i++) {
    if (at + i >= b.length) return null;
    if (b[at + i] !== prefix[i]) return false;
  }
  return true;
}

function find(b: Uint8Array, sequence: Uint8Array, from: number): number {
  for (let at = b.indexOf(sequence[0], from); at >= 0; at = b.indexOf(sequence[0], at + 1)) {
    if (startsWith(b, at, sequence) === true) return at;
  }
  return -1;
}

/** ASCII markup as bytes. */
function bytesOf(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}
