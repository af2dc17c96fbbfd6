import { DamagedPart } from "../../../src/adapters/xlsx/damaged-part";
import { xmlText } from "../../../src/adapters/xlsx/xml-text";
import { XmlTokenizer, type XmlHandler } from "../../../src/adapters/xlsx/xml-tokenizer";

const XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<x:worksheet xmlns:x="urn:main">' +
  '<!-- a comment with <c> and > inside --><x:row r="1" note=\'a>b\' spans="1:3">' +
  '<x:c r="A1" t="inlineStr"><x:is><x:t>哈密 &amp; 伊州 &#x4E00;&#19968;</x:t></x:is></x:c>' +
  '<x:c r="B1" t="str"><x:v><![CDATA[<不是标签> & ]]>]]></x:v></x:c><x:c r="C1" s = "2" /></x:row>\n</x:worksheet>';

/** Every event as text, attributes as the handler would ask for them. */
function events(chunks: Uint8Array[]): string[] {
  const seen: string[] = [];
  const handler: XmlHandler = {
    open: (tag) => seen.push(`<${tag.name} r=${tag.value("r")} note=${tag.value("note")} s=${tag.value("s")}${tag.selfClosing ? "/" : ""}>`),
    text: (bytes, start, end, cdata) => seen.push(`${cdata ? "cdata" : "text"}:${xmlText(bytes, start, end, cdata)}`),
    close: (name) => seen.push(`</${name}>`),
  };
  const tokenizer = new XmlTokenizer(handler);
  for (const chunk of chunks) tokenizer.write(chunk);
  tokenizer.end();
  return seen;
}

function split(bytes: Uint8Array, size: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.slice(at, at + size));
  return chunks;
}

describe("the XML tokenizer", () => {
  const bytes = new TextEncoder().encode(XML);
  const whole = events([bytes]);

  it("reads names without prefixes, quoted `>` in values, entities, CDATA and self-closing tags", () => {
    expect(whole).toContain("<row r=1 note=a>b s=undefined>");
    expect(whole).toContain("text:哈密 & 伊州 一一");
    expect(whole).toContain("cdata:<不是标签> & ");
    expect(whole).toContain("<c r=C1 note=undefined s=2/>");
    expect(whole.at(-1)).toBe("</worksheet>");
  });

  // A token cut by a chunk's end (a tag, a quoted value, a UTF-8 character, an entity) arrives whole.
  it.each([1, 2, 3, 5, 7, 16, 64])("gives the same events when fed in chunks of %i bytes", (size) => {
    expect(events(split(bytes, size))).toEqual(whole);
  });

  it.each([
    ["a part cut inside a tag", XML.slice(0, XML.indexOf('r="B1"'))],
    ["elements left open", "<worksheet><sheetData>"],
    ["a document type declaration", '<!DOCTYPE x [<!ENTITY a "a">]><x/>'],
    ["an attribute without quotes", "<x a=1/>"],
  ])("refuses %s as damaged", (_, xml) => {
    expect(() => events([new TextEncoder().encode(xml)])).toThrow(DamagedPart);
  });
});
