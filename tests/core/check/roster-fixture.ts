import type { CellValue } from "../../../src/core/cell";
import { checkGrid } from "../../../src/core/check/check-grid";
import type { CheckResult, IssueCode } from "../../../src/core/check/types";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import type { Template } from "../../../src/core/template/schema";

/** A roster header as a 哈密 unit would type it: columns A–M. */
export const HEADER = [
  "序号", "地区", "姓名", "身份证号码", "人员类别", "建档级别", "档案编号",
  "是否劳模", "慰问金额（元）", "发放方式", "银行卡号", "户名", "联系电话",
];

/** Column letters of the fixture's fields, for asserting issue cells. */
export const COL = { region: "B", name: "C", id: "D", group: "E", level: "F", archiveNo: "G", modelWorker: "H", amount: "I", payMethod: "J", account: "K", holder: "L", phone: "M" } as const;

/** Valid GB 11643 numbers, one per person. */
export const IDS = ["652201198001011235", "652201197506120045", "652202196811302218", "652222199002283159", "652223198507150062", "652201197001010019"];
export const CARD = "6222021234567894";

export type Person = Partial<Record<keyof typeof COL, CellValue>>;

let seq = 0;

/** A row that passes every rule; override what a test is about. */
export function person(overrides: Person = {}, index = 0): CellValue[] {
  const p: Record<keyof typeof COL, CellValue> = {
    region: "地直", name: "张三", id: IDS[index % IDS.length], group: "困难职工", level: "全总",
    archiveNo: `QZ${1000 + index}`, modelWorker: "否", amount: 1000, payMethod: "银行卡", account: CARD,
    holder: "张三", phone: "13812345678", ...overrides,
  };
  if (overrides.name !== undefined && overrides.holder === undefined) p.holder = overrides.name;
  return [++seq, p.region, p.name, p.id, p.group, p.level, p.archiveNo, p.modelWorker, p.amount, p.payMethod, p.account, p.holder, p.phone];
}

export const TODAY = new Date(2025, 0, 15);

/** Header on row 1, the given rows from row 2. */
export function checkRows(rows: CellValue[][], template: Template = SONGWENNUAN_TEMPLATE): CheckResult {
  return checkGrid(template, { sheet: "花名册", rows: [HEADER, ...rows], today: TODAY });
}

/** What the clerk sees in the issue list: cell and code. */
export function flagged(result: CheckResult, code?: IssueCode): string[] {
  return result.issues.filter((issue) => code === undefined || issue.code === code).map((issue) => `${issue.cell} ${issue.code}`);
}
