import ExcelJS from "exceljs";
import type { CellValue } from "../../core/cell";
import { isCellError } from "../../core/cell";
import type { CheckResult } from "../../core/check/types";
import type { FieldKey } from "../../core/fields";
import { fenToYuan } from "../../core/format/fen";
import { maskSensitive } from "../../core/format/mask";
import { formatWanYuan } from "../../core/format/wan-yuan";
import type { Template } from "../../core/template/schema";
import type { OpenedWorkbook, SheetGrid } from "./opened-workbook";
import { labelOf } from "./results-tables";

export const PUBLIC_SHEET = "公示名单";

/**
 * The columns a 公示 list may show. 人员类别 and 困难类别 are left out with the account, phone
 * and archive columns: a group such as 困难职工 is hardship data, which is sensitive personal
 * information and must not be published.
 */
const PUBLIC_FIELDS: readonly FieldKey[] = ["region", "unit", "name", "idNumber", "amount"];

/** 公示版: one line per data row with 序号, the public columns (ID masked) and a 合计 line. */
export async function writePublicWorkbook(opened: OpenedWorkbook, result: CheckResult, template: Template): Promise<Uint8Array> {
  const grid = opened.sheets.find((sheet) => sheet.name === result.sheet);
  if (!grid) throw new Error(`sheet ${result.sheet} is not in ${opened.fileName}`);
  const fields = PUBLIC_FIELDS.filter((key) => result.columns[key] !== undefined);
  const valueAt = (row: number, key: FieldKey): CellValue => cellAt(grid, row, result.columns[key]!);
  const headers = fields.map((key) => headerText(valueAt(result.headerRow, key)) ?? labelOf(template, key));

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(PUBLIC_SHEET);
  sheet.addRow(["序号", ...headers]);
  result.dataRowNumbers.forEach((rowNumber, i) => {
    sheet.addRow([i + 1, ...fields.map((key) => publicValue(key, valueAt(rowNumber, key)))]);
  });
  const amountColumn = fields.indexOf("amount");
  if (amountColumn >= 0) {
    const total: (string | number | null)[] = ["合计", ...fields.map(() => null)];
    total[amountColumn + 1] = /万元/.test(headers[amountColumn]) ? Number(formatWanYuan(result.total.amountFen)) : fenToYuan(result.total.amountFen);
    sheet.addRow(total);
  }
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 6 : 20));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function cellAt(grid: SheetGrid, row: number, column: number): CellValue {
  return grid.rows[row - grid.firstRow]?.[column - grid.firstColumn] ?? null;
}

function headerText(value: CellValue): string | null {
  return typeof value === "string" ? value.trim() || null : null;
}

function publicValue(key: FieldKey, value: CellValue): string | number | null {
  if (value === null || isCellError(value)) return null;
  if (key === "idNumber") return maskSensitive(String(value));
  return typeof value === "boolean" ? String(value) : value;
}
