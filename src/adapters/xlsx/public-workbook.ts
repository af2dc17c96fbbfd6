import { cellAddress } from "../../core/address";
import type { CellValue } from "../../core/cell";
import { isCellError } from "../../core/cell";
import type { CheckResult } from "../../core/check/types";
import { ReportError } from "../../core/errors";
import type { FieldKey } from "../../core/fields";
import { fenToYuan } from "../../core/format/fen";
import { maskNumberRuns, maskSensitive } from "../../core/format/mask";
import { formatWanYuan } from "../../core/format/wan-yuan";
import type { Template } from "../../core/template/schema";
import { NEW_WORKBOOK_BOLD, writeNewWorkbook } from "./package/new-workbook";
import type { NewSheet, TableCell } from "./package/worksheet-xml";
import type { ByteSink } from "./package/zip-writer";
import { labelOf } from "./results-tables";

export const PUBLIC_SHEET = "公示名单";

/**
 * The columns a 公示 list may show. 人员类别 and 困难类别 are left out with the account, phone
 * and archive columns: a group such as 困难职工 is hardship data, which is sensitive personal
 * information and must not be published.
 */
const PUBLIC_FIELDS: readonly FieldKey[] = ["region", "unit", "name", "idNumber", "amount"];

/**
 * The checked sheet's rows as the one reader hands them on (SheetReader.readRows, or the rows a
 * page already read): cells[0] is column A. A cells array may be reused once the sink returns.
 */
export type SourceRows = (sink: (rowNumber: number, cells: readonly CellValue[]) => void) => unknown;

/** Digits a name never has: six in a row, spaces and dashes between them ignored (an ID or card number typed under 姓名). */
const DIGITS_IN_NAME = /\d(?:[\s-]*\d){5,}/;

/**
 * 公示版: 序号, the public columns and a 合计 line, read from the checked sheet's rows. Every text
 * cell passes the number-run masking and the ID column is masked whole, so an ID typed after the
 * unit or under the wrong header is never published. Refused (ReportError "public-unsafe") while
 * the 姓名 column holds ID-like digits: the columns may be swapped.
 */
export async function publicSheet(rows: SourceRows, result: CheckResult, template: Template): Promise<NewSheet> {
  const fields = PUBLIC_FIELDS.filter((key) => result.columns[key] !== undefined);
  const wanted = new Set([result.headerRow, ...result.dataRowNumbers]);
  const kept = new Map<number, CellValue[]>();
  // The one reader reads asynchronously (inflating natively): every row is in before anything is kept.
  await rows((rowNumber, cells) => {
    if (wanted.has(rowNumber)) kept.set(rowNumber, fields.map((key) => cells[result.columns[key]! - 1] ?? null));
  });
  refuseDigitsInNames(result, fields, kept);
  const headers = fields.map((key, i) => headerText(kept.get(result.headerRow)?.[i] ?? null) ?? labelOf(template, key));
  const lines: TableCell[][] = [["序号", ...headers.map(maskNumberRuns)]];
  result.dataRowNumbers.forEach((rowNumber, n) => {
    const values = kept.get(rowNumber) ?? [];
    lines.push([n + 1, ...fields.map((key, i) => publicValue(key, values[i] ?? null))]);
  });
  const amountColumn = fields.indexOf("amount");
  if (amountColumn >= 0) {
    const total: TableCell[] = ["合计", ...fields.map(() => null)];
    total[amountColumn + 1] = /万元/.test(headers[amountColumn]) ? Number(formatWanYuan(result.total.amountFen)) : fenToYuan(result.total.amountFen);
    lines.push(total);
  }
  return { name: PUBLIC_SHEET, rows: lines, widths: [6, ...fields.map(() => 20)], headerStyle: NEW_WORKBOOK_BOLD };
}

export function writePublicWorkbook(sheet: NewSheet, sink: ByteSink): void {
  writeNewWorkbook([sheet], sink);
}

function refuseDigitsInNames(result: CheckResult, fields: readonly FieldKey[], kept: ReadonlyMap<number, CellValue[]>): void {
  const nameAt = fields.indexOf("name");
  const cells = result.issues.filter((issue) => issue.code === "id-invalid" && issue.field === "name").map((issue) => issue.cell);
  if (nameAt >= 0) cells.push(...namesWithDigits(result.dataRowNumbers, (rowNumber) => kept.get(rowNumber)?.[nameAt], result.columns.name!));
  refuseUnsafeNames(cells);
}

/** The 姓名 cells (A1) of `rowNumbers` holding ID- or card-like digits. */
export function namesWithDigits(rowNumbers: readonly number[], nameOf: (rowNumber: number) => CellValue | undefined, nameColumn: number): string[] {
  const cells: string[] = [];
  for (const rowNumber of rowNumbers) {
    const name = nameOf(rowNumber);
    if (name !== null && name !== undefined && DIGITS_IN_NAME.test(String(name))) cells.push(cellAddress(rowNumber, nameColumn));
  }
  return cells;
}

/** Throws ReportError("public-unsafe") naming the first few cells, when there are any. */
export function refuseUnsafeNames(cells: readonly string[]): void {
  if (cells.length === 0) return;
  const shown = [...new Set(cells)].slice(0, 5).join("、") + (cells.length > 5 ? ` 等 ${cells.length} 处` : "");
  const shownEn = [...new Set(cells)].slice(0, 5).join(", ") + (cells.length > 5 ? ` and ${cells.length - 5} more` : "");
  throw new ReportError(
    "public-unsafe",
    `没有生成公示版：姓名列有像身份证号或卡号的数字（${shown}），可能是姓名列和身份证号列放反了，或把号码填进了姓名。请改正后重新校验，再生成公示版。`,
    `No public list was written: the name column holds ID- or card-like digits (${shownEn}); the name and ID columns may be swapped. Correct them, check again, then write the public list.`,
  );
}

function headerText(value: CellValue): string | null {
  return typeof value === "string" ? value.trim() || null : null;
}

function publicValue(key: FieldKey, value: CellValue): TableCell {
  if (value === null || isCellError(value)) return null;
  if (key === "idNumber") return maskSensitive(String(value));
  if (typeof value === "number") return key === "amount" ? value : maskNumberRuns(String(value));
  return maskNumberRuns(String(value));
}
