import { strFromU8, unzipSync } from "fflate";
import mammoth from "mammoth";

/** The document's text as mammoth reads it: paragraphs (and table cells) one to a line, blank lines dropped. */
export async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value.split("\n").filter((line) => line.trim() !== "");
}

/** A part of the package as text (word/document.xml, word/footer1.xml…). */
export function docxPart(bytes: Uint8Array, name: string): string {
  const part = unzipSync(bytes)[name];
  if (part === undefined) throw new Error(`no ${name} in the .docx`);
  return strFromU8(part);
}

const unescape = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

/** Each Word table of the body as rows of cell texts, read from the XML (a merged cell's continuation reads as ""). */
export function docxTables(bytes: Uint8Array): string[][][] {
  const xml = docxPart(bytes, "word/document.xml");
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, table]) =>
    [...table.matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map(([, row]) =>
      [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell]) => unescape([...cell.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""))),
    ),
  );
}
