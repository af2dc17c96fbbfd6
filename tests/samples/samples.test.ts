import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { hamiRoster } from "../../scripts/samples/hami-roster";
import { plantDefects } from "../../scripts/samples/planted-defects";
import { COLUMNS, HEADER_ROW, SHEET_NAME, TITLE, isSumFormula, layOutSheet, type SampleCell } from "../../scripts/samples/sheet-layout";
import type { FieldKey } from "../../src/core/fields";

const SAMPLES = join(__dirname, "../../assets/samples");
const CLEAN = join(SAMPLES, "songwennuan-hami.xlsx");
const DEFECTS = join(SAMPLES, "songwennuan-hami-defects.xlsx");

const SEED_FIGURES = [
  { region: "地直", households: 55, modelWorkers: 2, yuan: 61_000 },
  { region: "哈密市", households: 125, modelWorkers: 25, yuan: 70_000 },
  { region: "巴里坤县", households: 176, modelWorkers: 48, yuan: 107_000 },
  { region: "伊吾县", households: 44, modelWorkers: 0, yuan: 36_000 },
];

type Read = string | number | { formula: string; result: unknown } | null;

async function readSheet(path: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(SHEET_NAME);
  if (!sheet) throw new Error(`${path} has no sheet ${SHEET_NAME}`);
  return sheet;
}

/** A cell's own value: exceljs echoes a merge's master value in every merged cell, the file does not. */
function valueAt(sheet: ExcelJS.Worksheet, row: number, column: number): Read {
  const cell = sheet.getCell(row, column);
  if (cell.isMerged && cell.master !== cell) return null;
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === "object" && "formula" in value) return { formula: value.formula ?? "", result: value.result };
  if (typeof value === "string" || typeof value === "number") return value;
  throw new Error(`unexpected cell value at ${row},${column}: ${JSON.stringify(value)}`);
}

const column = (field: FieldKey) => COLUMNS.findIndex((c) => c.field === field) + 1;

/** Data rows: those whose 序号 is a number. */
function dataRows(sheet: ExcelJS.Worksheet): Record<FieldKey, Read>[] {
  const rows: Record<FieldKey, Read>[] = [];
  for (let r = HEADER_ROW + 1; r <= sheet.rowCount; r++) {
    if (typeof valueAt(sheet, r, 1) !== "number") continue;
    rows.push(Object.fromEntries(COLUMNS.map((c, i) => [c.field, valueAt(sheet, r, i + 1)])) as Record<FieldKey, Read>);
  }
  return rows;
}

function idValid(id: string): boolean {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const birth = new Date(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}T00:00:00Z`);
  if (Number.isNaN(birth.getTime()) || birth.toISOString().slice(0, 10).replace(/-/g, "") !== id.slice(6, 14)) return false;
  const sum = weights.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return "10X98765432"[sum % 11] === id[17];
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

describe("the clean sample songwennuan-hami.xlsx", () => {
  let sheet: ExcelJS.Worksheet;
  let rows: Record<FieldKey, Read>[];
  beforeAll(async () => {
    sheet = await readSheet(CLEAN);
    rows = dataRows(sheet);
  });

  it("looks like a unit's 统计表: title, 填报单位 line, the header, footer", () => {
    expect(valueAt(sheet, 1, 1)).toBe(TITLE);
    expect(valueAt(sheet, 2, 1)).toBe("填报单位：哈密地区总工会");
    expect(sheet.getRow(2).values).toContain("单位：元");
    expect(COLUMNS.map((_, i) => valueAt(sheet, HEADER_ROW, i + 1))).toEqual([
      "序号", "地区", "单位", "姓名", "身份证号", "人员类别", "困难类别", "建档级别", "档案编号", "是否劳模",
      "慰问金额（元）", "发放方式", "开户银行", "银行卡号", "户名", "联系电话", "备注",
    ]);
    expect(valueAt(sheet, sheet.rowCount, 1)).toBe("填表人：");
  });

  it("reproduces the seed figures per region", () => {
    const figures = SEED_FIGURES.map(({ region }) => {
      const mine = rows.filter((r) => r.region === region);
      return {
        region,
        households: mine.length,
        modelWorkers: mine.filter((r) => r.modelWorker === "是").length,
        yuan: mine.reduce((sum, r) => sum + (r.amount as number), 0),
      };
    });
    expect(figures).toEqual(SEED_FIGURES);
    expect(rows).toHaveLength(400);
  });

  it("has a 小计 after each region block and a 合计 that Excel computes right", () => {
    const totals: [string, unknown][] = [];
    for (let r = HEADER_ROW + 1; r <= sheet.rowCount; r++) {
      const label = valueAt(sheet, r, 1);
      if (label !== "小计" && label !== "合计") continue;
      const amount = valueAt(sheet, r, column("amount"));
      totals.push([label === "小计" ? `${valueAt(sheet, r, 2)}小计` : "合计", (amount as { result: unknown }).result]);
    }
    expect(totals).toEqual([["地直小计", 61_000], ["哈密市小计", 70_000], ["巴里坤县小计", 107_000], ["伊吾县小计", 36_000], ["合计", 274_000]]);
  });

  it("keeps every row within the rules of the 送温暖 notice", () => {
    const problems: string[] = [];
    const ids = new Set<string>();
    for (const r of rows) {
      const who = `${r.seq}`;
      if (typeof r.idNumber !== "string" || !idValid(r.idNumber)) problems.push(`${who} id`);
      if (ids.has(String(r.idNumber))) problems.push(`${who} duplicate`);
      ids.add(String(r.idNumber));
      if (!/^(652201|652222|652223)/.test(String(r.idNumber))) problems.push(`${who} area`);
      if (String(r.group).startsWith("困难") && (!r.archiveLevel || !r.archiveNo)) problems.push(`${who} archive`);
      if (!String(r.group).startsWith("困难") && r.archiveLevel) problems.push(`${who} level without archive`);
      if ((r.archiveLevel === "全总" || r.archiveLevel === "省总") && (r.amount as number) < 1_000) problems.push(`${who} minimum`);
      if (typeof r.account !== "string" || !/^\d{16,19}$/.test(r.account) || !luhnValid(r.account)) problems.push(`${who} account`);
      if (r.payMethod !== "银行卡" && r.payMethod !== "存折") problems.push(`${who} pay method`);
      if (!r.name || r.accountHolder !== r.name) problems.push(`${who} holder`);
      if (typeof r.phone !== "string" || !/^1[3-9]\d{9}$/.test(r.phone)) problems.push(`${who} phone`);
      if ((r.modelWorker === "是") !== String(r.group).includes("劳模")) problems.push(`${who} model worker`);
    }
    expect(problems).toEqual([]);
  });

  it("is what the generator makes now (regenerate with npm run samples)", () => {
    expect(differences(sheet, layOutSheet(hamiRoster()).rows)).toEqual([]);
  });
});

describe("the defects sample songwennuan-hami-defects.xlsx", () => {
  const { sheet: planted, defects } = plantDefects(layOutSheet(hamiRoster()));
  let clean: ExcelJS.Worksheet;
  let spoiled: ExcelJS.Worksheet;
  beforeAll(async () => {
    [clean, spoiled] = await Promise.all([readSheet(CLEAN), readSheet(DEFECTS)]);
  });

  it("plants one or two defects per rule, a handful in all", () => {
    expect(defects.filter((d) => d.severity === "error").map((d) => d.code).sort()).toEqual([
      "account-holder-mismatch", "amount-below-minimum", "amount-invalid", "archive-missing", "bank-account-missing",
      "duplicate-person", "id-invalid", "id-invalid", "required-missing", "total-mismatch",
    ]);
    expect(defects.filter((d) => d.severity === "warning").map((d) => d.code).sort()).toEqual(["account-checksum", "pay-method-not-bank", "phone-invalid"]);
  });

  it("differs from the clean sample only in the planted cells (and the sums Excel recomputes)", () => {
    const changed = differences(clean, sheetRowsOf(spoiled, clean));
    expect(changed.map((d) => d.split(" ")[0]).sort()).toEqual(defects.flatMap((d) => d.changedCells).sort());
  });

  it("is what the generator makes now", () => {
    expect(differences(spoiled, planted.rows)).toEqual([]);
  });

  it("keeps each SUM's cached result equal to what Excel computes: text like 壹仟 is not counted", () => {
    const amount = column("amount");
    const yiwuSubtotal = Array.from({ length: spoiled.rowCount }, (_, i) => i + 1).find(
      (r) => valueAt(spoiled, r, 1) === "小计" && valueAt(spoiled, r, 2) === "伊吾县",
    )!;
    expect(valueAt(spoiled, yiwuSubtotal, amount)).toEqual({ formula: `SUM(K363:K${yiwuSubtotal - 1})`, result: 35_000 });
    expect((valueAt(spoiled, yiwuSubtotal + 1, amount) as { result: unknown }).result).toBe(273_000);
  });

  it("has an ID typed as a number, cut to 15 significant digits as Excel does", () => {
    const defect = defects.find((d) => d.description.includes("15 位"))!;
    const value = spoiled.getCell(defect.cell).value;
    expect(typeof value).toBe("number");
    expect(String(value)).toMatch(/^\d{15}000$/);
  });

  it("lists every planted defect in assets/samples/README.md", () => {
    // This sample's section: the other packs' samples have tables of their own further down.
    const readme = readFileSync(join(SAMPLES, "README.md"), "utf8").split("\n## songwennuan-hami-defects.xlsx")[1].split("\n## ")[0];
    const listed = [...readme.matchAll(/^\| ([A-Q]\d+) \| `([a-z-]+)` \|/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(listed).toEqual(defects.map((d) => `${d.cell} ${d.code}`));
  });
});

/** The grid of a read sheet in the generator's shape, with formulas by their text. */
function sheetRowsOf(sheet: ExcelJS.Worksheet, like: ExcelJS.Worksheet): SampleCell[][] {
  return Array.from({ length: Math.max(sheet.rowCount, like.rowCount) }, (_, r) =>
    COLUMNS.map((_, c) => {
      const value = valueAt(sheet, r + 1, c + 1);
      return value !== null && typeof value === "object" ? { formula: value.formula, sumOfRows: [] } : value;
    }),
  );
}

/** Addresses (with both values) where a sheet differs from an expected grid; formulas compare by text. */
function differences(sheet: ExcelJS.Worksheet, expected: readonly SampleCell[][]): string[] {
  const found: string[] = [];
  const rowCount = Math.max(sheet.rowCount, expected.length);
  for (let r = 1; r <= rowCount; r++) {
    for (let c = 1; c <= COLUMNS.length; c++) {
      const want = expected[r - 1]?.[c - 1] ?? null;
      const got = valueAt(sheet, r, c);
      const same = isSumFormula(want)
        ? got !== null && typeof got === "object" && got.formula === want.formula
        : got === want;
      if (!same) found.push(`${sheet.getCell(r, c).address} ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }
  }
  return found;
}
