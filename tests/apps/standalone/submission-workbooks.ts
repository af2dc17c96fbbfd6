import ExcelJS from "exceljs";

/** Three units' submissions as they arrive: laid out a little differently, one person paid by two of them. */
export const HEADER = ["序号", "地区", "姓名", "身份证号", "人员类别", "建档级别", "档案编号", "慰问金额"];

type Row = (string | number | null)[];

/** A GB 11643 ID: the 17 digits given and their check character. */
export function validId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * weights[i], 0);
  return first17 + "10X98765432"[sum % 11];
}

export const PAID_TWICE = validId("65220119700101001");

export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly Row[];
  /** A 填报单位 line between the title and the header. */
  readonly unitLine?: string;
  /** A 合计 row under the data, as the unit typed it. */
  readonly statedTotal?: number;
}

export async function submissionXlsx(sheets: readonly SheetSpec[], notes?: string): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    sheet.addRow(["2024年元旦春节送温暖慰问名单"]);
    if (spec.unitLine !== undefined) sheet.addRow([`填报单位：${spec.unitLine}`]);
    sheet.addRow(HEADER);
    for (const row of spec.rows) sheet.addRow(row);
    if (spec.statedTotal !== undefined) sheet.addRow(["合计", null, null, null, null, null, null, spec.statedTotal]);
  }
  if (notes !== undefined) workbook.addWorksheet("说明").addRow([notes]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A CSV as Excel saves one (UTF-8 with BOM). */
export function submissionCsv(rows: readonly Row[]): Uint8Array<ArrayBuffer> {
  const text = "\ufeff" + [HEADER, ...rows].map((row) => row.map((cell) => cell ?? "").join(",")).join("\r\n") + "\r\n";
  return new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
}

/**
 * 地直 (its unit on a line, its 合计 right, a 说明 sheet), 哈密市 (no unit line, its 合计 wrong by
 * 500 元, and the person 地直 already paid on row 4) and 伊吾县 as a CSV.
 */
export async function threeSubmissions(): Promise<{ name: string; bytes: Uint8Array<ArrayBuffer> }[]> {
  return [
    {
      name: "地直.xlsx",
      bytes: await submissionXlsx(
        [
          {
            name: "名单",
            unitLine: "地直",
            rows: [
              [1, "地直", "张三", PAID_TWICE, "困难职工", "省总", "DZ-001", 1500],
              [2, "地直", "李四", validId("65220119800202002"), "困难职工", "省总", "DZ-002", 800],
            ],
            statedTotal: 2300,
          },
        ],
        "本表用于送温暖慰问，请勿改动表头",
      ),
    },
    {
      name: "哈密市.xlsx",
      bytes: await submissionXlsx([
        {
          name: "名单",
          rows: [
            [1, "伊州区", "王五", validId("65220119750303003"), "困难职工", "省总", "HM-001", 1000],
            [2, "伊州区", "张三", PAID_TWICE, "困难职工", "省总", "HM-002", 1500],
          ],
          statedTotal: 3000,
        },
      ]),
    },
    {
      name: "伊吾县.csv",
      bytes: submissionCsv([[1, "伊吾县", "赵六", validId("65222319650404004"), "困难职工", "省总", "YW-001", 1200]]),
    },
  ];
}

/**
 * A 劳模 roster as a county clerk types it by hand: its own title and column names (县区, 劳模姓名,
 * 荣誉级别, 持卡人), its money in 万元 — three 劳模, 1.3万元 in all (慰问金 0.5万元, 帮扶金 0.8万元).
 */
export async function handWrittenLaomoRoster(): Promise<{ name: string; bytes: Uint8Array<ArrayBuffer> }> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("劳模");
  sheet.addRow(["伊吾县春节慰问劳模名单"]);
  sheet.addRow(["序号", "县区", "劳模姓名", "身份证号", "荣誉级别", "是否困难劳模", "春节慰问金（万元）", "帮扶金（万元）", "银行账号", "持卡人"]);
  sheet.addRow([1, "伊吾县", "马建国", validId("65222319600301001"), "全国", "是", 0.2, 0.5, "6228480018000000011", "马建国"]);
  sheet.addRow([2, "伊吾县", "古丽", validId("65222319700402002"), "省部级", "否", 0.1, 0, "6228480018000000029", "古丽"]);
  sheet.addRow([3, "伊吾县", "王秀兰", validId("65222319650503003"), "省部级", "是", 0.2, 0.3, "6228480018000000037", "王秀兰"]);
  return { name: "伊吾县劳模.xlsx", bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) };
}
