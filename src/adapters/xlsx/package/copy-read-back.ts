import { ReportError } from "../../../core/errors";
import { cellAddressParts } from "../cell-reference";
import { XmlTokenizer, type XmlHandler } from "../xml-tokenizer";
import { partTextChunks } from "./part-bytes";
import { openPackage, type WorkbookPackage } from "./workbook-package";

/**
 * The read-back check of an annotated copy: every worksheet of the original is in the copy with
 * every cell's value, formula, type and style index as it was (a flagged cell's style index
 * excepted), and the shared strings and existing cell styles are unchanged. Each sheet is read
 * as a stream and kept as one number per row, so the check needs no more memory than a part.
 *
 * This is the one place the writer reads sheet XML with the reader's tokenizer.
 */
export function verifyCopy(original: Uint8Array, copy: Uint8Array, fileName: string, flagged: { sheet: string; cells: ReadonlySet<string> }): void {
  const before = openPackage(original, fileName);
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
    const cells = sheet.name === flagged.sheet ? flagged.cells : new Set<string>();
    const want = rowDigests(before, sheet.path, cells);
    const got = rowDigests(after, copied!.path, cells);
    for (const [row, digest] of want) {
      if (got.get(row) !== digest) fail(`工作表“${sheet.name}”第${row}行`, `sheet "${sheet.name}" row ${row}`);
      got.delete(row);
    }
    const extra = got.keys().next();
    if (!extra.done) fail(`工作表“${sheet.name}”第${extra.value}行`, `sheet "${sheet.name}" row ${extra.value}`);
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

function rowDigests(pkg: WorkbookPackage, path: string, flagged: ReadonlySet<string>): Map<number, number> {
  const rows = new Map<number, number>();
  const keys = new Set([...flagged].map((cell) => {
    const { row, column } = cellAddressParts(cell);
    return row * MAX_COLUMNS + column;
  }));
  const tokenizer = new XmlTokenizer(new CellRecords(keys, (row, digest) => rows.set(row, digest)));
  for (const chunk of partTextChunks(pkg.byName.get(path)!, pkg.fileName)) tokenizer.write(chunk);
  tokenizer.end();
  return rows;
}

const CAPTURED = new Set(["v", "f", "t"]);
/** Columns per row in a cell key (XFD is 16,384). */
const MAX_COLUMNS = 16_384;

/** Each row's cells as one string (column, type, style, formula, value), hashed. */
class CellRecords implements XmlHandler {
  private row = 0;
  private rowText = "";
  private column = 0;
  private cellHead = "";
  private flaggedCell = false;
  private content = "";
  private capturing = 0;
  private inSheetData = false;

  constructor(
    /** Flagged cells as row × MAX_COLUMNS + column. */
    private readonly flagged: ReadonlySet<number>,
    private readonly sink: (row: number, digest: number) => void,
  ) {}

  open(name: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean): void {
    if (name === "sheetData") this.inSheetData = !selfClosing;
    if (!this.inSheetData) return;
    if (name === "row") {
      this.row = attributes.r ? Number(attributes.r) : this.row + 1;
      this.column = 0;
      let text = "";
      for (const key in attributes) if (key !== "r" && key !== "spans") text += ` ${key}=${attributes[key]}`;
      this.rowText = text;
    } else if (name === "c") {
      this.column = attributes.r ? cellAddressParts(attributes.r).column : this.column + 1;
      this.flaggedCell = this.flagged.has(this.row * MAX_COLUMNS + this.column);
      let head = String(this.column);
      for (const key in attributes) if (key !== "r" && !(key === "s" && this.flaggedCell)) head += ` ${key}=${attributes[key]}`;
      this.cellHead = head;
      this.content = "";
    } else if (CAPTURED.has(name)) {
      this.capturing++;
      this.content += `<${name}`;
      if (name === "f") for (const key in attributes) this.content += ` ${key}=${attributes[key]}`;
      this.content += ">";
    }
  }

  text(text: string): void {
    if (this.capturing) this.content += text;
  }

  close(name: string): void {
    if (!this.inSheetData) return;
    if (name === "sheetData") this.inSheetData = false;
    else if (CAPTURED.has(name)) this.capturing = Math.max(0, this.capturing - 1);
    else if (name === "c") {
      // A flagged empty cell may exist in one file and not the other (the copy adds it to fill it).
      if (!(this.flaggedCell && this.content === "" && this.cellHead === String(this.column))) this.rowText += `|${this.cellHead}${this.content}`;
    } else if (name === "row" && this.rowText !== "") this.sink(this.row, hash(this.rowText));
  }
}

/** A 53-bit hash of a row's text (cyrb53): a changed row is told from its original with certainty for practical purposes. */
function hash(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
