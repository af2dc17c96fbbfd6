import type { CheckResult, Severity } from "../../../core/check/types";
import { TallyMerge } from "../../../core/consolidate/merge-tallies";
import { ReportError } from "../../../core/errors";
import { maskNumberRuns } from "../../../core/format/mask";
import type { Template } from "../../../core/template/schema";
import { ISSUE_HEADER, groupSubtotalRows, issueRow, moneyAsNumbers, regionSubtotalRows, type TableRow } from "../../../core/workbook/results-tables";
import { tallyLabels } from "../../../core/subtotals/tally-labels";
import { freeSheetName, ISSUES_SHEET, SUBTOTALS_SHEET } from "../../../core/workbook/sheet-names";
import { FillStyles } from "./fill-styles";
import { NEW_WORKBOOK_STYLES } from "./new-workbook";
import { FlaggedCellsRewriter, type RowMarks } from "./flagged-cells-rewriter";
import { mergeCommentsXml, mergeVmlXml, newCommentsXml, newVmlXml, type Note } from "./notes-parts";
import {
  CONTENT_TYPES,
  freePartPath,
  freeRelationshipId,
  parseRelationships,
  RELATIONSHIP_TYPES,
  relsPathOf,
  withOverrides,
  withRelationships,
  withWorkbookSheets,
  type Relationship,
} from "./package-parts";
import { partTextChunks } from "./part-bytes";
import { PERSON_REL, THREADED_COMMENT_REL, threadRoots, withProductPerson, withReplies } from "./threaded-comments";
import { markerEdits } from "./product-marker";
import { openPackage, type WorkbookPackage } from "./workbook-package";
import { worksheetXml, type NewSheet, type TableCell } from "./worksheet-xml";
import { REL_NS } from "./xml-text";
import type { ZipEntry } from "../zip-directory";
import { deflatePart as deflateWith, ZipWriter, type ByteSink, type DeflatedPart, type DeflaterFactory } from "./zip-writer";

/** A part a caller adds to the copy as it is (e.g. the clerk's saved settings), with its content type. */
export interface ExtraPart {
  readonly path: string;
  readonly contentType: string;
  readonly content: string | Uint8Array;
  /** When set, the workbook part gets a relationship of this type to it. */
  readonly relationshipType?: string;
}

export interface AnnotateOptions {
  /** Parts added as they are: a hook for e.g. settings saved in the workbook. */
  readonly extraParts?: readonly ExtraPart[];
  /** Sheets added after the results sheets (the page's 总结), each under a name no sheet has. */
  readonly extraSheets?: readonly NewSheet[];
  /** The deflater for changed and new parts (Node passes its native one). */
  readonly deflater?: DeflaterFactory;
  /** The original's zip directory as its opening parsed it (WorkbookFile.zipDirectory): the copy takes its parts over from it. */
  readonly directory?: ReadonlyMap<string, ZipEntry>;
}

/** What the copy changed, for the read-back comparison. */
export interface AnnotatedCopy {
  /** Each checked sheet's flagged cells (A1), whose style index differs in the copy, by sheet name. */
  readonly flagged: ReadonlyMap<string, ReadonlySet<string>>;
  /** The names the added sheets got (校验结果 or 校验结果(2)…, 分地区汇总…, then any extra sheets). */
  readonly addedSheets: readonly string[];
}

const ISSUE_WIDTHS = [6, 9, 7, 14, 16, 22, 7, 60, 24];
/** With several sheets checked, 校验结果 names each issue's 工作表 after its 序号. */
const SHEET_COLUMN_WIDTH = 14;
const SUBTOTAL_WIDTHS = [16, 9, 10, 16, 14];

/**
 * The clerk's .xlsx streamed to `sink` part by part: every part copied with its compressed bytes
 * as they were, except the checked sheets (flagged cells' `s` pointed at fill styles), the styles
 * (fills and styles appended), the notes parts, and the lists that name the two results sheets
 * added under names no sheet of the clerk's has.
 */
export function writeAnnotatedPackage(
  original: Uint8Array,
  fileName: string,
  checked: CheckResult | readonly CheckResult[],
  template: Template,
  sink: ByteSink,
  options: AnnotateOptions = {},
): AnnotatedCopy {
  try {
    return writePackage(original, fileName, "sheet" in checked ? [checked] : checked, template, sink, options);
  } catch (error) {
    if (error instanceof ReportError) throw error;
    // A part this writer cannot follow (XML cut short, a list element missing): say so, never a stack.
    throw new ReportError(
      "file-unreadable",
      `无法为“${fileName}”写出标注副本（文件结构异常：${(error as Error).message}）：请在 Excel 中打开并另存为 .xlsx 后再试。`,
      `Cannot write a marked copy of "${fileName}" (unexpected structure: ${(error as Error).message}): open it in Excel, save it as .xlsx and try again.`,
    );
  }
}

function writePackage(
  original: Uint8Array,
  fileName: string,
  results: readonly CheckResult[],
  template: Template,
  sink: ByteSink,
  options: AnnotateOptions,
): AnnotatedCopy {
  const pkg = openPackage(original, fileName, options.directory);
  const deflatePart = (name: string, pieces: Iterable<string | Uint8Array>) => deflateWith(name, pieces, options.deflater);
  const replaced = new Map<string, DeflatedPart>();
  const added: DeflatedPart[] = [];
  const overrides: { path: string; type: string }[] = [];
  const taken = new Set(pkg.records.map((record) => record.name));
  const reserve = (prefix: string, suffix: string) => {
    const path = freePartPath(prefix, suffix, taken);
    taken.add(path);
    return path;
  };

  const xlFolder = pkg.workbookPath.slice(0, pkg.workbookPath.lastIndexOf("/") + 1);
  // A workbook without a styles part (Excel opens one) gets the plain styles of our own workbooks.
  const stylesRel = pkg.workbookRels.find((rel) => rel.type === RELATIONSHIP_TYPES.styles && pkg.byName.has(rel.path));
  const stylesPath = stylesRel?.path ?? reserve(`${xlFolder}styles`, ".xml");
  const styles = new FillStyles(stylesRel ? pkg.text(stylesRel.path)! : NEW_WORKBOOK_STYLES);
  const flagged = new Map<string, ReadonlySet<string>>();
  // 报表助手 as a person of the workbook, added once for the threads of every sheet.
  const personsRel = pkg.workbookRels.find((rel) => rel.type === PERSON_REL && pkg.byName.has(rel.path));
  let personId: string | null = null;
  const productPerson = (): string => {
    if (personId !== null || personsRel === undefined) return personId!;
    const person = withProductPerson(pkg.text(personsRel.path)!);
    if (person.xml !== pkg.text(personsRel.path)) replaced.set(personsRel.path, deflatePart(personsRel.path, [person.xml]));
    return (personId = person.id);
  };
  for (const result of results) {
    const { marks, notes } = flaggedCells(result);
    flagged.set(result.sheet, new Set(notes.map((note) => note.cell)));
    const sheet = pkg.sheets.find((candidate) => candidate.name === result.sheet);
    if (sheet && pkg.byName.has(sheet.path) && marks.size > 0) {
      const legacyDrawing = addNotes(pkg, sheet.path, notes, { replaced, added, overrides, reserve, deflatePart, productPerson: personsRel === undefined ? null : productPerson });
      replaced.set(sheet.path, deflatePart(sheet.path, rewrittenSheet(pkg, sheet.path, marks, styles.styleFor, legacyDrawing)));
    }
  }

  const bold = styles.boldStyle();
  const names = pkg.sheets.map((candidate) => candidate.name);
  const severalSheets = results.length > 1;
  const tallies = results.length === 1 ? results[0] : mergedTallies(results);
  const labels = tallyLabels(template);
  const newSheets = [
    { name: ISSUES_SHEET, rows: issueTable(results, template), widths: severalSheets ? [6, SHEET_COLUMN_WIDTH, ...ISSUE_WIDTHS.slice(1)] : ISSUE_WIDTHS, headerStyle: bold },
    { name: SUBTOTALS_SHEET, rows: maskedRows([...regionSubtotalRows(tallies, moneyAsNumbers, labels), [], ...groupSubtotalRows(tallies, moneyAsNumbers, labels)]), widths: SUBTOTAL_WIDTHS, headerStyle: bold },
    ...(options.extraSheets ?? []),
  ].map((newSheet) => {
    const name = freeSheetName(newSheet.name, names);
    names.push(name);
    return { ...newSheet, name };
  });
  const workbookRelsAdded: Relationship[] = [];
  if (!stylesRel) {
    workbookRelsAdded.push({ id: freeRelationshipId(pkg.workbookRels.map((rel) => rel.id)), type: RELATIONSHIP_TYPES.styles, path: stylesPath });
    overrides.push({ path: stylesPath, type: CONTENT_TYPES.styles });
  }
  const sheetsAdded: { name: string; relationshipId: string }[] = [];
  const relIds = pkg.workbookRels.map((rel) => rel.id);
  for (const newSheet of newSheets) {
    const path = reserve(`${xlFolder}worksheets/sheet`, ".xml");
    const id = freeRelationshipId([...relIds, ...workbookRelsAdded.map((rel) => rel.id)]);
    workbookRelsAdded.push({ id, type: RELATIONSHIP_TYPES.worksheet, path });
    sheetsAdded.push({ name: newSheet.name, relationshipId: id });
    overrides.push({ path, type: CONTENT_TYPES.worksheet });
    added.push(deflatePart(path, worksheetXml(newSheet)));
  }
  for (const extra of options.extraParts ?? []) {
    overrides.push({ path: extra.path, type: extra.contentType });
    if (extra.relationshipType) {
      const id = freeRelationshipId([...relIds, ...workbookRelsAdded.map((rel) => rel.id)]);
      workbookRelsAdded.push({ id, type: extra.relationshipType, path: extra.path });
    }
    added.push(deflatePart(extra.path, [extra.content]));
  }

  const replaceText = (path: string, xml: string) => replaced.set(path, deflatePart(path, [xml]));
  if (stylesRel) replaceText(stylesPath, styles.xml());
  else added.push(deflatePart(stylesPath, [styles.xml()]));
  replaceText(pkg.workbookPath, withWorkbookSheets(pkg.workbookXml, sheetsAdded));
  replaceText(relsPathOf(pkg.workbookPath), withRelationships(pkg.workbookRelsXml, pkg.workbookPath, workbookRelsAdded));
  // The copy says what it is, so a later 汇总 holding both it and its original counts the roster once.
  const marker = markerEdits(pkg.text, { kind: "checked-copy", source: fileName });
  if (marker.override !== null) overrides.push(marker.override);
  if (marker.rootRels !== null) replaceText("_rels/.rels", marker.rootRels);
  if (pkg.byName.has(marker.path)) replaceText(marker.path, marker.xml);
  else added.push(deflatePart(marker.path, [marker.xml]));
  replaceText("[Content_Types].xml", withOverrides(pkg.text("[Content_Types].xml") ?? "", overrides));

  const zip = new ZipWriter(sink);
  for (const record of pkg.records) {
    const part = replaced.get(record.name);
    if (part) zip.put(part);
    else zip.copy(record);
    replaced.delete(record.name);
  }
  for (const part of [...replaced.values(), ...added]) zip.put(part);
  zip.finish();
  return { flagged, addedSheets: newSheets.map((newSheet) => newSheet.name) };
}

/** Where the parts of the copy are collected before it is written. */
interface CopyPlan {
  readonly replaced: Map<string, DeflatedPart>;
  readonly added: DeflatedPart[];
  readonly overrides: { path: string; type: string }[];
  reserve(prefix: string, suffix: string): string;
  deflatePart(name: string, pieces: Iterable<string | Uint8Array>): DeflatedPart;
  /** 报表助手's person id for replies in threads, or null when the workbook has no persons part (then no thread is readable). */
  readonly productPerson: (() => string) | null;
}

/** Fills by row and column (an error outranks a warning in the same cell) and one note per cell with all its messages. */
function flaggedCells(result: CheckResult): { marks: Map<number, RowMarks>; notes: Note[] } {
  const marks = new Map<number, RowMarks>();
  const messages = new Map<string, string[]>();
  for (const issue of result.issues) {
    let row = marks.get(issue.row);
    if (!row) marks.set(issue.row, (row = new Map()));
    const severity: Severity = row.get(issue.col) === "error" ? "error" : issue.severity;
    row.set(issue.col, severity);
    const cell = messages.get(issue.cell);
    const message = maskNumberRuns(issue.message);
    if (!cell) messages.set(issue.cell, [message]);
    else if (!cell.includes(message)) cell.push(message);
  }
  return { marks, notes: [...messages].map(([cell, lines]) => ({ cell, text: lines.join("\n") })) };
}

function* rewrittenSheet(
  pkg: WorkbookPackage,
  path: string,
  marks: ReadonlyMap<number, RowMarks>,
  styleFor: (original: number, severity: Severity) => number,
  legacyDrawing: string | null,
): Generator<string> {
  const rewriter = new FlaggedCellsRewriter(marks, styleFor, legacyDrawing);
  for (const chunk of partTextChunks(pkg.byName.get(path)!, pkg.fileName)) yield rewriter.write(chunk);
  yield rewriter.end();
}

/**
 * Adds the notes: into the sheet's own comments and drawing parts when it has them (the clerk's
 * notes stay), else as new parts related to the sheet. Returns the <legacyDrawing> element the
 * sheet needs, or null when it has one already.
 */
function addNotes(pkg: WorkbookPackage, sheetPath: string, sheetNotes: readonly Note[], copy: CopyPlan): string | null {
  const { replaced, added, overrides, reserve, deflatePart } = copy;
  const relsPath = relsPathOf(sheetPath);
  const relsXml = pkg.text(relsPath);
  const rels = relsXml === null ? [] : parseRelationships(relsXml, sheetPath);
  const notes = withThreadReplies(pkg, rels, sheetNotes, copy);
  const relsAdded: Relationship[] = [];
  const newId = () => freeRelationshipId([...rels, ...relsAdded].map((rel) => rel.id));
  const xlFolder = pkg.workbookPath.slice(0, pkg.workbookPath.lastIndexOf("/") + 1);

  const comments = rels.find((rel) => rel.type === RELATIONSHIP_TYPES.comments && pkg.byName.has(rel.path));
  if (comments) replaced.set(comments.path, deflatePart(comments.path, [mergeCommentsXml(pkg.text(comments.path)!, notes)]));
  else {
    const path = reserve(`${xlFolder}comments`, ".xml");
    relsAdded.push({ id: newId(), type: RELATIONSHIP_TYPES.comments, path });
    overrides.push({ path, type: CONTENT_TYPES.comments });
    added.push(deflatePart(path, newCommentsXml(notes)));
  }

  let legacyDrawing: string | null = null;
  const vml = rels.find((rel) => rel.type === RELATIONSHIP_TYPES.vmlDrawing && pkg.byName.has(rel.path));
  if (vml) replaced.set(vml.path, deflatePart(vml.path, [mergeVmlXml(pkg.text(vml.path)!, notes)]));
  else {
    // Each drawing's shapes are numbered in a block of their own: after the file's drawings and those added to other sheets.
    const drawings = pkg.records.filter((record) => record.name.endsWith(".vml")).length + overrides.filter((part) => part.type === CONTENT_TYPES.vmlDrawing).length;
    const path = reserve(`${xlFolder}drawings/vmlDrawing`, ".vml");
    const id = newId();
    relsAdded.push({ id, type: RELATIONSHIP_TYPES.vmlDrawing, path });
    overrides.push({ path, type: CONTENT_TYPES.vmlDrawing });
    added.push(deflatePart(path, newVmlXml(notes, drawings + 1)));
    legacyDrawing = `<legacyDrawing xmlns:r="${REL_NS}" r:id="${id}"/>`;
  }
  const relsPart = deflatePart(relsPath, [withRelationships(relsXml, sheetPath, relsAdded)]);
  if (relsXml === null) {
    overrides.push({ path: relsPath, type: CONTENT_TYPES.relationships });
    added.push(relsPart);
  } else replaced.set(relsPath, relsPart);
  return legacyDrawing;
}

/**
 * A note on a cell with a threaded comment becomes a reply in that thread (Excel 365 shows the
 * thread, not the legacy note under it); the notes come back marked so the legacy placeholder
 * mirrors the reply rather than taking a second note.
 */
function withThreadReplies(pkg: WorkbookPackage, rels: readonly Relationship[], notes: readonly Note[], copy: CopyPlan): readonly Note[] {
  const thread = rels.find((rel) => rel.type === THREADED_COMMENT_REL && pkg.byName.has(rel.path));
  if (thread === undefined || copy.productPerson === null) return notes;
  const threadedXml = pkg.text(thread.path)!;
  const roots = threadRoots(threadedXml);
  const replies = notes.flatMap((note) => {
    const parentId = roots.get(note.cell);
    return parentId === undefined ? [] : [{ cell: note.cell, parentId, text: note.text }];
  });
  if (replies.length === 0) return notes;
  copy.replaced.set(thread.path, copy.deflatePart(thread.path, [withReplies(threadedXml, replies, copy.productPerson(), new Date())]));
  return notes.map((note) => (roots.has(note.cell) ? { ...note, inThread: true } : note));
}

/** One line per issue; with several sheets checked each line names its 工作表, the sheets in the order checked. */
function* issueTable(results: readonly CheckResult[], template: Template): Generator<TableCell[]> {
  const severalSheets = results.length > 1;
  yield severalSheets ? [ISSUE_HEADER[0], "工作表", ...ISSUE_HEADER.slice(1)] : ISSUE_HEADER;
  let index = 0;
  for (const result of results) {
    for (const issue of result.issues) {
      const row = masked(issueRow(issue, index++, template));
      yield severalSheets ? [row[0], maskNumberRuns(result.sheet), ...row.slice(1)] : row;
    }
  }
}

/** 分地区汇总 over every sheet checked: each 地区 and 人员类别 summed across them, in order of first appearance. */
function mergedTallies(results: readonly CheckResult[]): Pick<CheckResult, "regions" | "groups" | "total"> {
  const regions = new TallyMerge();
  const groups = new TallyMerge();
  const total = new TallyMerge();
  for (const result of results) {
    for (const region of result.regions) regions.add(region.region, region);
    for (const group of result.groups) groups.add(group.group, group);
    total.add("", result.total);
  }
  return {
    regions: regions.entries().map(([region, tally]) => ({ region, ...tally })),
    groups: groups.entries().map(([group, tally]) => ({ group, ...tally })),
    total: total.get(""),
  };
}

function maskedRows(rows: readonly TableRow[]): TableCell[][] {
  return rows.map(masked);
}

/** Every text cell of a results sheet passes the number-run masking, whatever column it came from. */
function masked(row: TableRow): TableCell[] {
  return row.map((value) => (typeof value === "string" ? maskNumberRuns(value) : value));
}
