import { cellAddressParts } from "../cell-reference";
import { escapeXml, MAIN_NS, XML_DECLARATION } from "./xml-text";

/** A note this product adds: the cell and its text (the flagged cell's messages). */
export interface Note {
  readonly cell: string;
  readonly text: string;
  /** The cell has a threaded comment: the note is a reply in it, and its legacy placeholder mirrors the reply. */
  readonly inThread?: boolean;
}

export const NOTE_AUTHOR = "报表助手";

/** A new comments part for a sheet that had no notes. */
export function* newCommentsXml(notes: readonly Note[]): Generator<string> {
  yield `${XML_DECLARATION}<comments xmlns="${MAIN_NS}"><authors><author>${NOTE_AUTHOR}</author></authors><commentList>`;
  for (const note of notes) yield commentXml(note, 0);
  yield "</commentList></comments>";
}

/**
 * The sheet's own comments part with ours added: a cell with a clerk's note keeps it, and our
 * text follows it in the same note; the other cells get a note of their own.
 */
export function mergeCommentsXml(existing: string, notes: readonly Note[]): string {
  const authors = existing.match(/<(?:[\w.-]+:)?author(?=[\s>])[^>]*>/g) ?? [];
  let xml = existing;
  if (authors.length) xml = xml.replace(/(<\/(?:[\w.-]+:)?authors>)/, `<author>${NOTE_AUTHOR}</author>$1`);
  else xml = xml.replace(/(<(?:[\w.-]+:)?comments\b[^>]*>)/, `$1<authors><author>${NOTE_AUTHOR}</author></authors>`);
  const authorId = authors.length;
  const added: string[] = [];
  for (const note of notes) {
    const own = new RegExp(`(<(?:[\\w.-]+:)?comment\\b[^>]*\\sref\\s*=\\s*["']${note.cell}["'][^>]*>[\\s\\S]*?)(<(?:[\\w.-]+:)?rPh\\b|<(?:[\\w.-]+:)?phoneticPr\\b|<\\/(?:[\\w.-]+:)?text>)`);
    // Under a threaded comment, as Excel mirrors a reply into its placeholder.
    const appended = note.inThread ? `\nReply:\n    ${note.text}` : `\n${note.text}`;
    if (own.test(xml)) xml = xml.replace(own, (_, before: string, next: string) => `${before}${runXml(appended)}${next}`);
    else added.push(commentXml(note, authorId));
  }
  if (/<\/(?:[\w.-]+:)?commentList>/.test(xml)) return xml.replace(/(<\/(?:[\w.-]+:)?commentList>)/, `${added.join("")}$1`);
  return xml.replace(/(<\/(?:[\w.-]+:)?comments>)/, `<commentList>${added.join("")}</commentList>$1`);
}

function commentXml(note: Note, authorId: number): string {
  return `<comment ref="${note.cell}" authorId="${authorId}"><text>${runXml(note.text)}</text></comment>`;
}

function runXml(text: string): string {
  return `<r><rPr><sz val="9"/></rPr><t xml:space="preserve">${escapeXml(text)}</t></r>`;
}

const VML_HEAD =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">';
const NOTE_SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** The legacy drawing Excel needs to show notes: one hidden box per note. `block` keeps shape ids apart from other sheets'. */
export function* newVmlXml(notes: readonly Note[], block: number): Generator<string> {
  yield `${VML_HEAD}<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${NOTE_SHAPE_TYPE}`;
  let id = block * 1024;
  for (const note of notes) yield shapeXml(note, ++id);
  yield "</xml>";
}

/** The sheet's own drawing with a box for each note added (a cell that already had a note already has one). */
export function mergeVmlXml(existing: string, notes: readonly Note[]): string {
  const shown = new Set<string>();
  for (const match of existing.matchAll(/<x:Row>\s*(\d+)\s*<\/x:Row>\s*<x:Column>\s*(\d+)\s*<\/x:Column>/g)) shown.add(`${match[1]}:${match[2]}`);
  let id = 1024;
  for (const match of existing.matchAll(/_x0000_s(\d+)/g)) id = Math.max(id, Number(match[1]));
  const shapes = notes
    .filter((note) => {
      const { row, column } = cellAddressParts(note.cell);
      return !shown.has(`${row - 1}:${column - 1}`);
    })
    .map((note) => shapeXml(note, ++id));
  const type = existing.includes("_x0000_t202") ? "" : NOTE_SHAPE_TYPE;
  const end = existing.lastIndexOf("</xml>");
  return end < 0 ? existing : existing.slice(0, end) + type + shapes.join("") + existing.slice(end);
}

function shapeXml(note: Note, id: number): string {
  const { row, column } = cellAddressParts(note.cell);
  const [r, c] = [row - 1, column - 1];
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:60pt;z-index:${id % 1024};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${c + 1}, 15, ${Math.max(0, r - 1)}, 10, ${c + 4}, 15, ${r + 3}, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`
  );
}
