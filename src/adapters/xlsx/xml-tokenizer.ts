/**
 * A small streaming XML tokenizer for the parts of an .xlsx the streaming reader needs (sheet
 * rows, shared strings, workbook, styles). Fed text in chunks of any size; namespace prefixes are
 * dropped (`x:row` is `row`), since some writers prefix SpreadsheetML. It trusts the writer to
 * escape `>` inside attribute values, as Excel, WPS and exceljs do.
 */
export interface XmlHandler {
  open(name: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean): void;
  text(text: string): void;
  close(name: string): void;
}

const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

export class XmlTokenizer {
  private pending = "";

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    const xml = this.pending + chunk;
    let at = 0;
    for (;;) {
      const lt = xml.indexOf("<", at);
      if (lt < 0) break;
      if (lt > at) this.handler.text(decodeXml(xml.slice(at, lt)));
      const end = this.markupEnd(xml, lt);
      if (end < 0) {
        at = lt;
        this.pending = xml.slice(at);
        return;
      }
      this.markup(xml, lt, end);
      at = end;
    }
    // Text after the last tag may continue in the next chunk (and may end inside an entity).
    this.pending = xml.slice(at);
  }

  end(): void {
    if (this.pending.trim() !== "") throw new Error("XML ends inside markup");
    this.pending = "";
  }

  /** Index just past the markup that starts at `lt`, or -1 when it continues in the next chunk. */
  private markupEnd(xml: string, lt: number): number {
    if (xml.startsWith("<!--", lt)) return after(xml, "-->", lt);
    if (xml.startsWith("<![CDATA[", lt)) return after(xml, "]]>", lt);
    const gt = xml.indexOf(">", lt);
    return gt < 0 ? -1 : gt + 1;
  }

  private markup(xml: string, lt: number, end: number): void {
    const second = xml.charCodeAt(lt + 1);
    if (second === 0x2f /* / */) {
      this.handler.close(localName(xml.slice(lt + 2, end - 1).trim()));
    } else if (xml.startsWith("<![CDATA[", lt)) {
      this.handler.text(xml.slice(lt + 9, end - 3));
    } else if (second !== 0x3f /* ? */ && second !== 0x21 /* ! */) {
      const selfClosing = xml.charCodeAt(end - 2) === 0x2f;
      const body = xml.slice(lt + 1, selfClosing ? end - 2 : end - 1);
      const space = body.search(/\s/);
      const name = localName(space < 0 ? body : body.slice(0, space));
      this.handler.open(name, space < 0 ? NO_ATTRIBUTES : attributesOf(body.slice(space)), selfClosing);
      if (selfClosing) this.handler.close(name);
    }
  }
}

function after(xml: string, terminator: string, from: number): number {
  const at = xml.indexOf(terminator, from);
  return at < 0 ? -1 : at + terminator.length;
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

function attributesOf(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(ATTRIBUTE)) attributes[match[1]] = decodeXml(match[2] ?? match[3]);
  return attributes;
}

export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (_, hex: string | undefined, decimal: string | undefined, named: string | undefined) =>
    named ? NAMED[named] : String.fromCodePoint(hex ? parseInt(hex, 16) : Number(decimal)),
  );
}
