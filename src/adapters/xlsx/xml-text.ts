/** UTF-8 bytes of XML text or an attribute value → the string they mean. */
/** Made on first use: jsdom-based tests install the Encoding API only after importing. */
let utf8: TextDecoder | null = null;
const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|(lt|gt|amp|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
/** Short ASCII runs (numbers, style ids, most names) skip the decoder's per-call cost. */
const SHORT_ASCII = 64;
const AMPERSAND = 0x26;

export function xmlText(bytes: Uint8Array, start: number, end: number, cdata = false): string {
  let ascii = end - start <= SHORT_ASCII;
  let entities = false;
  for (let i = start; i < end; i++) {
    const byte = bytes[i];
    if (byte >= 0x80) {
      ascii = false;
      if (cdata) break;
    } else if (byte === AMPERSAND) entities = !cdata;
  }
  const text = ascii ? String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]) : (utf8 ??= new TextDecoder("utf-8")).decode(bytes.subarray(start, end));
  return entities ? decodeXml(text) : text;
}

/** Entities in XML text → characters; one naming no character (&#0;, &#x110000;) is left as written, as exceljs leaves it. */
export function decodeXml(text: string): string {
  return text.replace(ENTITY, (whole, hex: string | undefined, decimal: string | undefined, named: string | undefined) => {
    if (named) return NAMED[named];
    const code = hex ? parseInt(hex, 16) : Number(decimal);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const XSTRING_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Cell text (ST_Xstring) stores characters XML cannot carry, such as control codes, as _xHHHH_;
 * Excel and exceljs show the character.
 */
export function unescapeXstring(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(XSTRING_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
