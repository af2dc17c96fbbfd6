import { decodeText, garbageAt } from "../../../src/adapters/xlsx/decode-text";
import { gbkBytes } from "./workbook-files";

const TEXT = '{"rules":{"minimums":[{"level":"全总","minYuan":1500}]}}';

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const le = Buffer.from(`\ufeff${text}`, "utf16le");
  if (bigEndian) for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return new Uint8Array(le);
}

describe("decodeText", () => {
  it.each([
    ["UTF-8", new TextEncoder().encode(TEXT), "UTF-8"],
    ["UTF-8 with a byte-order mark", new TextEncoder().encode(`\ufeff${TEXT}`), "UTF-8"],
    ["UTF-16 LE with a byte-order mark", utf16(TEXT, false), "UTF-16LE"],
    ["UTF-16 BE with a byte-order mark", utf16(TEXT, true), "UTF-16BE"],
    ["GBK (Notepad's ANSI on Chinese Windows)", gbkBytes(TEXT), "GB18030"],
  ])("reads %s", (_name, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding });
  });
});

describe("garbageAt", () => {
  it("finds bytes no encoding could place, UTF-16 without its mark, and private-use code points", () => {
    expect(garbageAt(decodeText(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d])).text)).toBe(2);
    expect(garbageAt(decodeText(new Uint8Array(Buffer.from("{}", "utf16le"))).text)).toBe(1);
    expect(garbageAt("全总\ue4c6")).toBe(2);
  });

  it("finds nothing in ordinary Chinese text", () => {
    expect(garbageAt(TEXT)).toBe(-1);
  });
});
