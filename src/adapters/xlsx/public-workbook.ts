import { cellAddress } from "../../core/address";
import type { CellValue } from "../../core/cell";
import { isCellError } from "../../core/cell";
import type { CheckResult } from "../../core/check/types";
import { ReportError } from "../../core/errors";
import type { FieldKey } from "../../core/fields";
import { fenToYuan } from "../../core/format/fen";
import { maskNumberRuns, maskSensitive } from "../../core/format/mask";
import { formatWanYuan } from "../../core/format/wan-yuan";
import { AMOUNT_INVALID, parseAmountFen, type AmountScale } from "../../core/rows/parse-amount";
import type { Template } from "../../core/template/schema";
import { NEW_WORKBOOK_BOLD, writeNewWorkbook } from "./package/new-workbook";
import type { NewSheet, TableCell } from "./package/worksheet-xml";
import type { ByteSink } from "./package/zip-writer";
import { publicFields, type PublicFields } from "./public-fields";
import { labelOf } from "../../core/workbook/results-tables";
import { looksLikePersonalNumber } from "../../core/rows/parse-amount";

export const PUBLIC_SHEET = "公示名单";

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
  const roles = publicFields(template);
  const fields = [roles.region, roles.unit, roles.name, roles.id, ...roles.amounts].filter(
    (key): key is FieldKey => key !== null && result.columns[key] !== undefined,
  );
  const wanted = new Set([result.headerRow, ...result.dataRowNumbers]);
  const kept = new Map<number, CellValue[]>();
  // The one reader reads asynchronously (inflating natively): every row is in before anything is kept.
  await rows((rowNumber, cells) => {
    if (wanted.has(rowNumber)) kept.set(rowNumber, fields.map((key) => cells[result.columns[key]! - 1] ?? null));
  });
  refuseDigitsInNames(result, fields, roles.name, kept);
  const headers = fields.map((key, i) => {
    const heading = headerText(kept.get(result.headerRow)?.[i] ?? null) ?? labelOf(template, key);
    // Amounts read in 万元 by a 单位：万元 line, which is not published: the heading carries the unit the cells are in.
    return result.amountScale === 10000 && roles.amounts.includes(key) && !/万元/.test(heading) ? `${heading}（万元）` : heading;
  });
  const lines: TableCell[][] = [["序号", ...headers.map(maskNumberRuns)]];
  result.dataRowNumbers.forEach((rowNumber, n) => {
    const values = kept.get(rowNumber) ?? [];
    lines.push([n + 1, ...fields.map((key, i) => publicValue(key, roles, values[i] ?? null))]);
  });
  const amountColumns = roles.amounts.map((key) => fields.indexOf(key)).filter((column) => column >= 0);
  if (amountColumns.length > 0) {
    const unread = result.dataRowNumbers.filter((rowNumber) => amountColumns.some((column) => amountUnreadable(kept.get(rowNumber)?.[column] ?? null))).length;
    const total: TableCell[] = [totalLabel(unread), ...fields.map(() => null)];
    const inWan = (column: number) => /万元/.test(headers[column]);
    if (amountColumns.length === 1) {
      const [column] = amountColumns;
      total[column + 1] = inWan(column) ? Number(formatWanYuan(result.total.amountFen)) : fenToYuan(result.total.amountFen);
    } else {
      // Each money column's own sum, in its own unit, exact in fen: the row totals are the check's.
      for (const column of amountColumns) {
        const fen = columnFen(result.dataRowNumbers, kept, column, inWan(column) ? 10000 : 1);
        total[column + 1] = inWan(column) ? Number(formatWanYuan(fen)) : fenToYuan(fen);
      }
    }
    lines.push(total);
  }
  return { name: PUBLIC_SHEET, rows: lines, widths: [6, ...fields.map(() => 20)], headerStyle: NEW_WORKBOOK_BOLD };
}

/** The 公示版 or 公示名单, marked as the product's own so a later 汇总 never counts it: `source` names what it lists. */
export function writePublicWorkbook(sheet: NewSheet, sink: ByteSink, source: string): void {
  writeNewWorkbook([sheet], sink, { kind: "public-list", source });
}

function refuseDigitsInNames(result: CheckResult, fields: readonly FieldKey[], name: FieldKey | null, kept: ReadonlyMap<number, CellValue[]>): void {
  const nameAt = name === null ? -1 : fields.indexOf(name);
  const cells = result.issues.filter((issue) => issue.code === "id-invalid" && issue.field === name).map((issue) => issue.cell);
  if (nameAt >= 0) cells.push(...namesWithDigits(result.dataRowNumbers, (rowNumber) => kept.get(rowNumber)?.[nameAt], result.columns[name!]!));
  refuseUnsafeNames(cells);
}

/** Text (壹仟), an error (#公式未计算), a negative number: an amount no total can count. */
function amountUnreadable(value: CellValue): boolean {
  return parseAmountFen(value, 1) === AMOUNT_INVALID;
}

/**
 * A published list's 合计 counts only the amounts it could read: with any left out, its label says
 * how many, so a reader never takes it for the whole list's sum.
 */
export function totalLabel(unreadable: number): string {
  return unreadable === 0 ? "合计" : `合计（不含 ${unreadable} 个无法识别的金额）`;
}

/** A money column's readable amounts summed, in fen of yuan. */
function columnFen(rowNumbers: readonly number[], kept: ReadonlyMap<number, CellValue[]>, column: number, scale: AmountScale): number {
  let fen = 0;
  for (const rowNumber of rowNumbers) {
    const value = parseAmountFen(kept.get(rowNumber)?.[column] ?? null, scale);
    if (value > 0) fen += value;
  }
  return fen;
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

function publicValue(key: FieldKey, roles: PublicFields, value: CellValue): TableCell {
  if (value === null) return null;
  // An amount that cannot be read shows what stands in its cell (#公式未计算), never a blank taken for none.
  if (isCellError(value)) return roles.amounts.includes(key) ? value.error : null;
  if (key === roles.id) return maskSensitive(String(value));
  // A phone or ID typed as the amount is no amount (an error in the check): never published as one.
  if (typeof value === "number") return roles.amounts.includes(key) && !looksLikePersonalNumber(value) ? value : maskNumberRuns(String(value));
  return maskNumberRuns(String(value));
}
