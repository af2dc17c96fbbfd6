import { cellAddress } from "../../src/core/address";
import type { FieldKey } from "../../src/core/fields";
import type { Household } from "./hami-roster";

/** A SUM over the amount column of some rows; its result is computed when written, as Excel would. */
export interface SumFormula {
  readonly formula: string;
  readonly sumOfRows: readonly number[];
}

export type SampleCell = string | number | null | SumFormula;

export function isSumFormula(cell: SampleCell): cell is SumFormula {
  return typeof cell === "object" && cell !== null;
}

/** The header of the 统计表, in sheet order. */
export const COLUMNS: readonly { readonly field: FieldKey; readonly header: string; readonly width: number }[] = [
  { field: "seq", header: "序号", width: 6 },
  { field: "region", header: "地区", width: 10 },
  { field: "unit", header: "单位", width: 18 },
  { field: "name", header: "姓名", width: 16 },
  { field: "idNumber", header: "身份证号", width: 21 },
  { field: "group", header: "人员类别", width: 11 },
  { field: "hardshipType", header: "困难类别", width: 10 },
  { field: "archiveLevel", header: "建档级别", width: 9 },
  { field: "archiveNo", header: "档案编号", width: 13 },
  { field: "modelWorker", header: "是否劳模", width: 9 },
  { field: "amount", header: "慰问金额（元）", width: 12 },
  { field: "payMethod", header: "发放方式", width: 9 },
  { field: "bankName", header: "开户银行", width: 22 },
  { field: "account", header: "银行卡号", width: 22 },
  { field: "accountHolder", header: "户名", width: 16 },
  { field: "phone", header: "联系电话", width: 13 },
  { field: "remark", header: "备注", width: 12 },
];

export function columnOf(field: FieldKey): number {
  return COLUMNS.findIndex((c) => c.field === field) + 1;
}

export const TITLE = "哈密地区2018年元旦春节送温暖慰问花名册";
export const SHEET_NAME = "送温暖统计表";
export const HEADER_ROW = 3;

export interface SampleSheet {
  /** rows[0] is sheet row 1; each row's cells[0] is column A. */
  readonly rows: SampleCell[][];
  readonly households: readonly { readonly row: number; readonly household: Household }[];
  readonly subtotalRows: readonly { readonly region: string; readonly row: number }[];
  readonly totalRow: number;
  readonly footerRow: number;
}

/**
 * Lays the roster out as a unit's 统计表: title, 填报单位 line, header, each region's block
 * followed by its 小计, the 合计 over all data rows, a blank line and the signature footer.
 */
export function layOutSheet(households: readonly Household[]): SampleSheet {
  const width = COLUMNS.length;
  const blank = (): SampleCell[] => new Array<SampleCell>(width).fill(null);
  const withCells = (cells: Partial<Record<number, SampleCell>>): SampleCell[] => {
    const row = blank();
    for (const [column, value] of Object.entries(cells)) row[Number(column) - 1] = value ?? null;
    return row;
  };
  const amount = columnOf("amount");
  const sumOf = (sheetRows: number[], ranges: string): SumFormula => ({ formula: `SUM(${ranges})`, sumOfRows: sheetRows });
  const range = (from: number, to: number) => `${cellAddress(from, amount)}:${cellAddress(to, amount)}`;

  const rows: SampleCell[][] = [
    withCells({ 1: TITLE }),
    withCells({ 1: "填报单位：哈密地区总工会", [width - 1]: "单位：元" }),
    COLUMNS.map((c) => c.header),
  ];
  const placed: { row: number; household: Household }[] = [];
  const subtotalRows: { region: string; row: number }[] = [];
  const blocks: { from: number; to: number }[] = [];

  for (const region of [...new Set(households.map((h) => h.region))]) {
    const from = rows.length + 1;
    for (const household of households.filter((h) => h.region === region)) {
      placed.push({ row: rows.length + 1, household });
      rows.push(householdCells(household, placed.length));
    }
    const to = rows.length;
    blocks.push({ from, to });
    subtotalRows.push({ region, row: rows.length + 1 });
    rows.push(withCells({ 1: "小计", 2: region, [amount]: sumOf(rowsBetween(from, to), range(from, to)) }));
  }

  const totalRow = rows.length + 1;
  const allRows = blocks.flatMap((b) => rowsBetween(b.from, b.to));
  rows.push(withCells({ 1: "合计", [amount]: sumOf(allRows, blocks.map((b) => range(b.from, b.to)).join(",")) }));
  rows.push(blank());
  const footerRow = rows.length + 1;
  rows.push(withCells({ 1: "填表人：", 5: "审核人：", [amount]: "填报日期：2018年1月10日" }));
  return { rows, households: placed, subtotalRows, totalRow, footerRow };
}

function householdCells(h: Household, seq: number): SampleCell[] {
  const values: Record<FieldKey, SampleCell> = {
    seq,
    region: h.region,
    unit: h.unit,
    name: h.name,
    idNumber: h.idNumber,
    group: h.group,
    hardshipType: h.hardshipType || null,
    archiveLevel: h.archiveLevel || null,
    archiveNo: h.archiveNo || null,
    modelWorker: h.modelWorker,
    amount: h.amountYuan,
    payMethod: h.payMethod,
    bankName: h.bankName,
    account: h.account,
    accountHolder: h.accountHolder,
    phone: h.phone,
    remark: h.remark || null,
  };
  return COLUMNS.map((c) => values[c.field]);
}

function rowsBetween(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** "K4" style address of a field's cell in a sheet row. */
export function fieldCell(row: number, field: FieldKey): string {
  return cellAddress(row, columnOf(field));
}
