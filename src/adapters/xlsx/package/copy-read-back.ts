import { ReportError } from "../../../core/errors";
import { RowRecords } from "./cell-records";
import { partTextChunks } from "./part-bytes";
import { sheetSegments, type SheetSegment } from "./row-segments";
import type { ZipEntry } from "../zip-directory";
import { openPackage, type WorkbookPackage } from "./workbook-package";

/**
 * The read-back check of an annotated copy: every worksheet of the original is in the copy with
 * every cell's value, formula, type and style index as it was (a flagged cell's style index
 * of a checked sheet excepted), and the shared strings and existing cell styles are unchanged. A sheet whose part
 * was copied as it was is compared by its compressed bytes; a rewritten one is inflated from the
 * copy and walked row by row beside the original: equal text passes, and a row whose text differs
 * is compared cell by cell. Memory stays at a chunk and a row.
 */
export function verifyCopy(
  original: Uint8Array,
  copy: Uint8Array,
  fileName: string,
  flagged: ReadonlyMap<string, ReadonlySet<string>>,
  /** The original's zip directory as its opening parsed it, when there was one. */
  directory?: ReadonlyMap<string, ZipEntry>,
): void {
  const before = openPackage(original, fileName, directory);
  const after = openPackage(copy, fileName);
  const fail = (what: string, whatEn: string) => {
    throw new ReportError(
      "output-unverified",
      `写出的副本与原文件“${fileName}”不一致（${what}），已删除副本，原文件未改动：请把原文件发给维护人员。`,
      `The written copy differs from "${fileName}" (${whatEn}); the copy was deleted and the original is untouched: please send the original to the maintainers.`,
    );
  };
  for (const path of sharedStringParts(before)) {
    const [a, b] = [before.byName.get(path)!, after.byName.get(path)];
    if (!b || a.crc !== b.crc || a.size !== b.size) fail("共享字符串", "shared strings");
  }
  for (const sheet of before.sheets) {
    const copied = after.sheets.find((candidate) => candidate.name === sheet.name);
    if (!copied || !after.byName.has(copied.path)) fail(`缺少工作表“${sheet.name}”`, `sheet "${sheet.name}" is missing`);
    const [a, b] = [before.byName.get(sheet.path)!, after.byName.get(copied!.path)!];
    if (a.crc === b.crc && a.size === b.size && sameBytes(a.data, b.data)) continue;
    const records = new RowRecords(flagged.get(sheet.name) ?? new Set());
    let difference: number | null = 0;
    try {
      difference = firstDifference(sheetSegments(partTextChunks(a, fileName)), sheetSegments(partTextChunks(b, fileName)), records);
    } catch (error) {
      if (error instanceof ReportError) throw error; // a damaged part, named
      // XML the comparison cannot follow counts as a difference: the copy is not vouched for.
    }
    if (difference !== null) {
      const [zh, en] = difference === 0 ? ["表头或表尾部分", "outside the rows"] : [`第${difference}行`, `row ${difference}`];
      fail(`工作表“${sheet.name}”${zh}`, `sheet "${sheet.name}" ${en}`);
    }
  }
  if (!stylesKept(before, after)) fail("单元格样式", "cell styles");
}

function sharedStringParts(pkg: WorkbookPackage): string[] {
  return pkg.workbookRels.filter((rel) => rel.type.endsWith("/sharedStrings") && pkg.byName.has(rel.path)).map((rel) => rel.path);
}

/** The copy's styles start with the original's cell styles, each as it was. */
function stylesKept(before: WorkbookPackage, after: WorkbookPackage): boolean {
  const styles = (pkg: WorkbookPackage) => {
    const rel = pkg.workbookRels.find((candidate) => candidate.type.endsWith("/styles"));
    const xml = rel ? pkg.text(rel.path) : null;
    return /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(xml ?? "")?.[1] ?? "";
  };
  return styles(after).startsWith(styles(before));
}

/** The notes' drawing element the copy adds after the rows; the only change allowed there. */
const ADDED_DRAWING = /<legacyDrawing xmlns:r="[^"]*" r:id="rIdReport\d+"\/>/;

/** The first row (or 0: the parts around the rows) where the copy differs from the original; null when none does. */
function firstDifference(original: Iterator<SheetSegment>, copy: Iterator<SheetSegment>, records: RowRecords): number | null {
  let a = original.next();
  let b = copy.next();
  const empty = (segment: SheetSegment & { kind: "row" }) => records.record(segment.text, segment.row) === null;
  while (!a.done || !b.done) {
    const [x, y] = [a.done ? null : a.value, b.done ? null : b.value];
    if (x?.kind === "row" && y?.kind === "row") {
      if (y.row < x.row) {
        if (!empty(y)) return y.row; // a row the copy added may hold nothing but filled empty cells
        b = copy.next();
      } else if (x.row < y.row) {
        return x.row;
      } else {
        if (x.text !== y.text && records.record(x.text, x.row) !== records.record(y.text, y.row)) return x.row;
        [a, b] = [original.next(), copy.next()];
      }
    } else if (y?.kind === "row") {
      if (!empty(y)) return y.row;
      b = copy.next();
    } else if (x?.kind === "row") {
      return x.row;
    } else {
      const copied = y?.kind === "tail" ? y.text.replace(ADDED_DRAWING, "") : y?.text;
      if (x?.kind !== y?.kind || x?.text !== copied) return 0;
      [a, b] = [original.next(), copy.next()];
    }
  }
  return null;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
