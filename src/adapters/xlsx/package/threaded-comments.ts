import { NOTE_AUTHOR } from "./notes-parts";
import { attributeOf, decodeXml, escapeXml } from "./xml-text";

/**
 * Excel 365's threaded comments (批注 as a conversation): the thread lives in a sheet's
 * threadedComments part, by people of the workbook's persons part; the sheet's legacy comment on
 * the same cell is a placeholder older programs show ("[Threaded comment] … Comment: … Reply: …").
 * Excel 365 shows the thread, not the placeholder: our note on such a cell is a reply in the
 * thread, by 报表助手, mirrored into the placeholder as Excel mirrors replies.
 */
export const THREADED_COMMENT_REL = "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment";
export const PERSON_REL = "http://schemas.microsoft.com/office/2017/10/relationships/person";

/** The id of each cell's thread: its first comment, the one with no parentId. */
export function threadRoots(threadedXml: string): Map<string, string> {
  const roots = new Map<string, string>();
  for (const tag of threadedXml.match(/<(?:[\w.-]+:)?threadedComment\b[^>]*>/g) ?? []) {
    const ref = attributeOf(tag, "ref");
    const id = attributeOf(tag, "id");
    if (ref !== null && id !== null && attributeOf(tag, "parentId") === null && !roots.has(ref)) roots.set(ref, decodeXml(id));
  }
  return roots;
}

/** The persons part with 报表助手 in it (added once, found again on a copy of a copy), and its id. */
export function withProductPerson(personsXml: string): { xml: string; id: string } {
  for (const tag of personsXml.match(/<(?:[\w.-]+:)?person\b[^>]*>/g) ?? []) {
    const id = attributeOf(tag, "id");
    if (id !== null && decodeXml(attributeOf(tag, "displayName") ?? "") === NOTE_AUTHOR) return { xml: personsXml, id: decodeXml(id) };
  }
  const id = newGuid();
  const prefix = rootPrefix(personsXml, "personList");
  const person = `<${prefix}person displayName="${NOTE_AUTHOR}" id="${id}" userId="${NOTE_AUTHOR}" providerId="None"/>`;
  return { xml: personsXml.replace(new RegExp(`(<\\/${prefix}personList>)`), `${person}$1`), id };
}

/** One reply per note, after the thread's comments, timed now. */
export function withReplies(threadedXml: string, replies: readonly { cell: string; parentId: string; text: string }[], personId: string, now: Date): string {
  const prefix = rootPrefix(threadedXml, "ThreadedComments");
  // Excel writes local time with hundredths and no zone.
  const time = now.toISOString().slice(0, 22);
  const elements = replies.map(
    (reply) =>
      `<${prefix}threadedComment ref="${reply.cell}" dT="${time}" personId="${escapeXml(personId)}" id="${newGuid()}" parentId="${escapeXml(reply.parentId)}"><${prefix}text>${escapeXml(reply.text)}</${prefix}text></${prefix}threadedComment>`,
  );
  return threadedXml.replace(new RegExp(`(<\\/${prefix}ThreadedComments>)`), `${elements.join("")}$1`);
}

/** The namespace prefix the part's root element is written with ("" for the default namespace, as Excel writes it). */
function rootPrefix(xml: string, root: string): string {
  return new RegExp(`<([\\w.-]+:)?${root}\\b`).exec(xml)?.[1] ?? "";
}

/** A random GUID as Excel writes them, {XXXXXXXX-XXXX-4XXX-YXXX-XXXXXXXXXXXX}: crypto.getRandomValues runs in Node, pages and workers alike. */
function newGuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0").toUpperCase()).join("");
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}}`;
}
