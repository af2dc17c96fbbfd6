/** The encodings a clerk's text file arrives in, named as Notepad and WPS name them. */
export type TextEncoding = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "GB18030";

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

/** TextDecoder's label for each encoding. */
export const DECODER_LABELS: Readonly<Record<TextEncoding, string>> = { "UTF-8": "utf-8", "UTF-16LE": "utf-16le", "UTF-16BE": "utf-16be", "GB18030": "gb18030" };

/** How many bytes past the first non-ASCII one tell UTF-8 from GBK: thousands of Chinese characters. */
const SNIFF_BYTES = 64 * 1024;

/**
 * The encoding of a text file as Windows tools save it: UTF-16 with its byte-order mark (Notepad's
 * "Unicode"), UTF-8 with or without one, and otherwise GBK, which Chinese Excel, WPS and old
 * Notepad write by default (decoded as GB18030, its superset). Told from the first bytes that are
 * not ASCII (the two agree on ASCII), so a stream can be decoded from its start.
 */
export function textEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "UTF-16LE";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "UTF-16BE";
  const first = bytes.findIndex((byte) => byte >= 0x80);
  if (first < 0) return "UTF-8";
  try {
    // stream: a character cut at the window's end is no sign of GBK.
    new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(first, first + SNIFF_BYTES), { stream: true });
    return "UTF-8";
  } catch {
    return "GB18030";
  }
}

/** A whole text file decoded (TextDecoder drops the byte-order mark itself); UTF-8 only where all of it is UTF-8. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const encoding = textEncoding(bytes);
  if (encoding !== "UTF-8") return { text: new TextDecoder(DECODER_LABELS[encoding]).decode(bytes), encoding };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "GB18030" };
  }
}

/** U+FFFD (bytes the encoding has no character for), NUL (UTF-16 read as bytes), private-use code points. */
const GARBAGE = /[\ufffd\u0000\ue000-\uf8ff]/;

/**
 * Where decoded text stops being text: the index of the first character no clerk typed, or -1.
 * A file in an encoding other than the four above decodes to these.
 */
export function garbageAt(text: string): number {
  return text.search(GARBAGE);
}
