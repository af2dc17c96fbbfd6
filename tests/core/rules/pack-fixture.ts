import type { CellValue } from "../../../src/core/cell";
import { checkGrid } from "../../../src/core/check/check-grid";
import type { CheckResult } from "../../../src/core/check/types";
import { parsePack } from "../../../src/core/template/load-pack";
import { packToTemplate } from "../../../src/core/template/pack-to-template";

/** A 金秋助学-like pack with one field of every type; each test adds the rules it is about. */
const FIELDS = [
  { key: "studentName", label: "学生姓名", type: "name", required: true },
  { key: "studentId", label: "学生身份证号", type: "id-number" },
  { key: "parentName", label: "家长姓名", type: "name" },
  { key: "parentId", label: "家长身份证号", type: "id-number" },
  { key: "level", label: "入学层次", type: "one-of", values: ["本科", "专科", "高中"] },
  { key: "archiveLevel", label: "建档级别", type: "text" },
  { key: "archiveNo", label: "档案编号", type: "text" },
  { key: "amount", label: "资助金额（元）", type: "money", required: true },
  { key: "account", label: "银行卡号", type: "bank-account" },
  { key: "holder", label: "户名", type: "name" },
  { key: "phone", label: "联系电话", type: "phone" },
  { key: "enrolled", label: "入学时间", type: "date" },
  { key: "members", label: "家庭人口", type: "integer" },
  { key: "isModel", label: "是否劳模", type: "yes-no", yes: ["是"], no: ["否"] },
] as const;

export type Row = Partial<Record<(typeof FIELDS)[number]["key"], CellValue>>;

/** Column letters, A onwards, in FIELDS order. */
export const COLUMN = Object.fromEntries(FIELDS.map((field, i) => [field.key, String.fromCharCode(65 + i)])) as Record<keyof Row, string>;

/** A row every type check passes. */
export const GOOD: Row = {
  studentName: "李明", studentId: "652201200501011231", parentName: "李强", parentId: "652201197501011237",
  level: "本科", archiveLevel: "全总", archiveNo: "QZ100001", amount: 5000, account: "6222021234567894",
  holder: "李强", phone: "13812345678", enrolled: "2024-09-01", members: 3, isModel: "否",
};

export function packJson(rules: unknown[] = [], fields: readonly object[] = FIELDS): Record<string, unknown> {
  return {
    format: "baobiao-template",
    version: 1,
    id: "zhuxue-test",
    name: "助学测试",
    fields,
    person: { name: "studentName", id: "studentId" },
    payment: { account: "account", holder: "holder" },
    dimensions: [{ name: "入学层次", field: "level", role: "group" }],
    rules,
    summaries: [{ id: "default", name: "默认", text: "共资助{户数}名。" }],
  };
}

/** Header on row 1, the given rows (over GOOD) from row 2. */
export function checkPack(rules: unknown[], rows: Row[]): CheckResult {
  const template = packToTemplate(parsePack(packJson(rules)));
  const grid = [FIELDS.map((field) => field.label), ...rows.map((row) => FIELDS.map((field) => ({ ...GOOD, ...row })[field.key] ?? null))];
  return checkGrid(template, { sheet: "名单", rows: grid, today: new Date(2025, 0, 15) });
}

/** What the clerk sees in the issue list: cell, code and severity. */
export function seen(result: CheckResult): string[] {
  return result.issues.map((issue) => `${issue.cell} ${issue.code} ${issue.severity}`);
}

/** A 医疗互助-like pack: stays in hospital with dates, money and a rate, for the rules over several fields. */
export const STAY_FIELDS = [
  { key: "name", label: "姓名", type: "name", required: true },
  { key: "idNumber", label: "身份证号码", type: "id-number" },
  { key: "admitted", label: "入院日期", type: "date" },
  { key: "discharged", label: "出院日期", type: "date" },
  { key: "totalCost", label: "医疗总费用（元）", type: "money", sum: false },
  { key: "selfPaid", label: "自付金额（元）", type: "money", sum: false },
  { key: "rate", label: "给付比例", type: "number" },
  { key: "mutualAid", label: "互助金额（元）", type: "money", sum: true },
] as const;

export type StayRow = Partial<Record<(typeof STAY_FIELDS)[number]["key"], CellValue>>;

export const STAY_COLUMN = Object.fromEntries(STAY_FIELDS.map((field, i) => [field.key, String.fromCharCode(65 + i)])) as Record<keyof StayRow, string>;

/** A stay every rule passes: 3,000 元 paid by the worker, 80% of it back. */
export const GOOD_STAY: StayRow = {
  name: "王芳", idNumber: "652201197501011237", admitted: "2025-03-01", discharged: "2025-03-08",
  totalCost: 12000, selfPaid: 3000, rate: 0.8, mutualAid: 2400,
};

export function stayPackJson(rules: unknown[] = []): Record<string, unknown> {
  return { ...packJson(rules, STAY_FIELDS), person: { name: "name", id: "idNumber" }, payment: undefined, dimensions: [] };
}

/** Header on row 1, the given stays (over GOOD_STAY) from row 2. */
export function checkStays(rules: unknown[], rows: StayRow[]): CheckResult {
  const template = packToTemplate(parsePack(JSON.parse(JSON.stringify(stayPackJson(rules)))));
  const grid = [STAY_FIELDS.map((field) => field.label), ...rows.map((row) => STAY_FIELDS.map((field) => ({ ...GOOD_STAY, ...row })[field.key] ?? null))];
  return checkGrid(template, { sheet: "给付明细", rows: grid, today: new Date(2025, 5, 15) });
}
