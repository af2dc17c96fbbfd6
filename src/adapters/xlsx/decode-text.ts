/** The encodings a clerk's text file arrives in, named as Notepad and WPS name them. */
export type TextEncoding = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "GB18030";

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

/**
 * A text file as Windows tools save it: UTF-16 with its byte-order mark (Notepad's "Unicode"),
 * UTF-8 with or without one, and otherwise GBK, which Chinese Excel, WPS and old Notepad write by
 * default (decoded as GB18030, its superset). TextDecoder drops the byte-order mark itself.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "UTF-16LE" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "UTF-16BE" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8" };
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
