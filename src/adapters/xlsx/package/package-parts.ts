import { attributeOf, decodeXml, escapeXml, REL_NS } from "./xml-text";

/** One relationship of a part (xl/_rels/workbook.xml.rels, a sheet's rels). */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target as a zip path. */
  readonly path: string;
}

export const RELATIONSHIP_TYPES = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
} as const;

export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vmlDrawing: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

/** The rels part that belongs to a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

export function parseRelationships(relsXml: string, ownerPath: string): Relationship[] {
  const base = ownerPath.slice(0, ownerPath.lastIndexOf("/") + 1);
  return (relsXml.match(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g) ?? []).flatMap((tag) => {
    const target = attributeOf(tag, "Target");
    if (target === null || attributeOf(tag, "TargetMode") === "External") return [];
    return [{ id: attributeOf(tag, "Id") ?? "", type: attributeOf(tag, "Type") ?? "", path: resolvePath(base, decodeXml(target)) }];
  });
}

/** A relative target from a part's folder, or an absolute one from the package root. */
function resolvePath(base: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : base + target).split("/");
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === "..") resolved.pop();
    else if (part !== "." && part !== "") resolved.push(part);
  }
  return resolved.join("/");
}

/**
 * The rels part of `ownerPath` with relationships added; `relsXml` null makes a new one. Targets
 * are written relative to the owner's folder, as Excel writes them (exceljs finds notes no other way).
 */
export function withRelationships(relsXml: string | null, ownerPath: string, added: readonly Relationship[]): string {
  const elements = added.map((rel) => `<Relationship Id="${rel.id}" Type="${rel.type}" Target="${escapeXml(relativeTarget(ownerPath, rel.path))}"/>`).join("");
  if (relsXml === null) {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${elements}</Relationships>`;
  }
  return insertBeforeClose(relsXml, "Relationships", elements);
}

function relativeTarget(ownerPath: string, path: string): string {
  const from = ownerPath.split("/").slice(0, -1);
  const to = path.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** An id no relationship of the part uses yet. */
export function freeRelationshipId(taken: Iterable<string>, start = 1): string {
  const used = new Set(taken);
  let n = start;
  while (used.has(`rIdReport${n}`)) n++;
  return `rIdReport${n}`;
}

export function withOverrides(contentTypesXml: string, overrides: readonly { path: string; type: string }[]): string {
  const elements = overrides.map((part) => `<Override PartName="/${escapeXml(part.path)}" ContentType="${part.type}"/>`).join("");
  return insertBeforeClose(contentTypesXml, "Types", elements);
}

/** Sheet names as the workbook lists them (decoded), in tab order. */
export function workbookSheetNames(workbookXml: string): string[] {
  return (workbookXml.match(/<(?:[\w.-]+:)?sheet\b[^>]*>/g) ?? []).map((tag) => decodeXml(attributeOf(tag, "name") ?? ""));
}

/** workbook.xml with sheets appended to <sheets>, each with the next free sheetId (and its state when hidden). */
export function withWorkbookSheets(workbookXml: string, sheets: readonly { name: string; relationshipId: string; state?: "hidden" | "veryHidden" }[]): string {
  const ids = (workbookXml.match(/<(?:[\w.-]+:)?sheet\b[^>]*>/g) ?? []).map((tag) => Number(attributeOf(tag, "sheetId") ?? 0));
  let next = ids.reduce((max, id) => Math.max(max, id), 0);
  const elements = sheets
    .map((sheet) => `<sheet xmlns:r="${REL_NS}" name="${escapeXml(sheet.name)}" sheetId="${++next}"${sheet.state ? ` state="${sheet.state}"` : ""} r:id="${sheet.relationshipId}"/>`)
    .join("");
  return insertBeforeClose(workbookXml, "sheets", elements);
}

/** A part path `prefix{n}suffix` with the smallest n no part has. */
export function freePartPath(prefix: string, suffix: string, taken: ReadonlySet<string>): string {
  let n = 1;
  while (taken.has(`${prefix}${n}${suffix}`)) n++;
  return `${prefix}${n}${suffix}`;
}

function insertBeforeClose(xml: string, element: string, inserted: string): string {
  const close = new RegExp(`</(?:[\\w.-]+:)?${element}>`);
  const match = close.exec(xml);
  if (match) return xml.slice(0, match.index) + inserted + xml.slice(match.index);
  const empty = new RegExp(`<((?:[\\w.-]+:)?${element})\\b([^>]*?)/>`).exec(xml);
  if (!empty) throw new Error(`no <${element}> to add to`);
  return `${xml.slice(0, empty.index)}<${empty[1]}${empty[2]}>${inserted}</${empty[1]}>${xml.slice(empty.index + empty[0].length)}`;
}
