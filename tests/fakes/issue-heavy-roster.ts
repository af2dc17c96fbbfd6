import ExcelJS from "exceljs";
import type { CellValue } from "../../src/core/cell";
import { idCheckCharacter } from "../../scripts/samples/check-digits";
import { ROSTER_HEADER } from "./generate-roster";

/** The seven codes every row of an issue-heavy roster carries, one each. */
export const SEVEN_FINDINGS = [
  "id-invalid",
  "archive-missing",
  "amount-below-minimum",
  "pay-method-not-bank",
  "account-invalid",
  "account-holder-mismatch",
  "phone-invalid",
] as const;

export const ISSUE_HEAVY_HEADER = [...ROSTER_HEADER, "联系电话"];

/**
 * Household `i` with seven findings: an ID whose check character is wrong (unique per row, so no
 * duplicate adds an eighth), a 困难职工 without archive number, 300 元 under the minimum, cash,
 * a 12-digit card, another holder and a 5-digit phone.
 */
export function issueHeavyRow(i: number): CellValue[] {
  const day = Math.floor(i / 1000);
  const first17 = `652201${1950 + (day % 50)}0${1 + (Math.floor(day / 50) % 9)}1${Math.floor(day / 450) % 9}${String(i % 1000).padStart(3, "0")}`;
  const wrong = idCheckCharacter(first17) === "0" ? "1" : "0";
  return [
    i, "伊州区", "哈密市第一工会", "张建国", first17 + wrong, "困难职工", "深度困难", "省总",
    null, 300, "现金", "农业银行", `6228${String(i).padStart(8, "0")}`, "代领人", "12345",
  ];
}

/** Writes `households` such rows under a title and the header, streaming (1M rows in under a minute). */
export async function writeIssueHeavyXlsx(path: string, households: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet("名单");
  sheet.addRow(["2026年元旦春节送温暖慰问名单"]).commit();
  sheet.addRow(ISSUE_HEAVY_HEADER).commit();
  for (let i = 1; i <= households; i++) sheet.addRow(issueHeavyRow(i)).commit();
  sheet.commit();
  await workbook.commit();
}
