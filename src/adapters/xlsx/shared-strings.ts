import { unescapeXstring, xmlText } from "./xml-text";
import type { XmlHandler, XmlTag } from "./xml-tokenizer";

/**
 * Collects xl/sharedStrings.xml as plain strings: rich-text runs joined, phonetic guides (<rPh>,
 * the furigana/pinyin Excel stores beside East Asian text) left out as they are not cell text.
 */
export class SharedStringsHandler implements XmlHandler {
  readonly strings: string[] = [];
  private current = "";
  private inText = false;
  private inPhonetic = false;

  open(tag: XmlTag): void {
    if (tag.name === "si") this.current = "";
    else if (tag.name === "t") this.inText = !this.inPhonetic;
    else if (tag.name === "rPh") this.inPhonetic = true;
  }

  text(bytes: Uint8Array, start: number, end: number, cdata: boolean): void {
    if (this.inText) this.current += xmlText(bytes, start, end, cdata);
  }

  close(name: string): void {
    if (name === "si") this.strings.push(unescapeXstring(this.current));
    else if (name === "t") this.inText = false;
    else if (name === "rPh") this.inPhonetic = false;
  }
}
