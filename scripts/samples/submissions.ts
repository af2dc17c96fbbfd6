import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { hamiRoster, type Household } from "./hami-roster";
import { columnOf, isSumFormula, layOutSheet, type SampleCell, type SampleSheet } from "./sheet-layout";
import { addSampleSheet, excelValue, sampleWorkbook, workbookBytes } from "./write-workbook";

/** A unit's file: its name (numbered, so a folder lists them in the 地区's order) and bytes. */
interface SubmissionFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const UNIT_LINE_ROW = 1;

/**
 * The four units of seed summary 篇3 as they send their rosters up, each laid out its own way:
 * 地直 with 小计 rows, 哈密市 with its 地区 typed once in a merged column, 巴里坤县 in two sheets
 * (县直 and 乡镇) behind a 填表说明 sheet, 伊吾县 as a CSV. Consolidated, they give the seed's
 * figures: 地直 55/2/61,000, 哈密市 125/25/70,000, 巴里坤县 176/48/107,000, 伊吾县 44/0/36,000.
 */
export async function submissionFiles(households: readonly Household[] = hamiRoster()): Promise<SubmissionFile[]> {
  const of = (region: string) => households.filter((h) => h.region === region);
  const barkol = of("巴里坤县");
  const townUnits = new Set(["巴里坤县煤矿", "巴里坤县建材厂", "巴里坤县供销社"]);
  return [
    { name: "01-地直.xlsx", bytes: await oneSheet(unitSheet(of("地直"), "地直")) },
    { name: "02-哈密市.xlsx", bytes: await mergedRegionColumn(unitSheet(of("哈密市"), "哈密市")) },
    {
      name: "03-巴里坤县.xlsx",
      bytes: await twoSheets(
        unitSheet(barkol.filter((h) => !townUnits.has(h.unit)), "巴里坤县"),
        unitSheet(barkol.filter((h) => townUnits.has(h.unit)), "巴里坤县"),
      ),
    },
    { name: "04-伊吾县.csv", bytes: csvBytes(unitSheet(of("伊吾县"), "伊吾县")) },
  ];
}

/** The same four files, 伊吾县's last household replaced by one 哈密市 already pays: a 重复慰问 across submissions. */
export async function submissionFilesWithDuplicate(): Promise<{ files: SubmissionFile[]; duplicate: Household }> {
  const households = hamiRoster();
  const duplicate = households.filter((h) => h.region === "哈密市")[7];
  const yiwu = households.filter((h) => h.region === "伊吾县");
  const planted = yiwu[yiwu.length - 1];
  const spoiled = households.map((h) =>
    h === planted ? { ...planted, name: duplicate.name, idNumber: duplicate.idNumber, account: duplicate.account, accountHolder: duplicate.name } : h,
  );
  return { files: await submissionFiles(spoiled), duplicate };
}

export async function writeSubmissions(folder: string, files: readonly SubmissionFile[]): Promise<void> {
  mkdirSync(folder, { recursive: true });
  for (const file of files) writeFileSync(join(folder, file.name), file.bytes);
}

/** The 统计表 of one unit, its own 填报单位 on the line above the header. */
function unitSheet(households: readonly Household[], unit: string): SampleSheet {
  const sheet = layOutSheet(households);
  sheet.rows[UNIT_LINE_ROW][0] = `填报单位：${unit}`;
  return sheet;
}

async function oneSheet(sheet: SampleSheet): Promise<Uint8Array> {
  const workbook = sampleWorkbook();
  addSampleSheet(workbook, sheet, "送温暖统计表");
  return workbookBytes(workbook);
}

/** 地区 typed once and merged down over the data rows, as many clerks lay out a single-region sheet. */
async function mergedRegionColumn(sheet: SampleSheet): Promise<Uint8Array> {
  const region = columnOf("region") - 1;
  const rows = sheet.households.map((h) => h.row);
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  for (const row of rows) if (row !== first) sheet.rows[row - 1][region] = null;
  const workbook = sampleWorkbook();
  addSampleSheet(workbook, sheet, "花名册").mergeCells(first, region + 1, last, region + 1);
  return workbookBytes(workbook);
}

async function twoSheets(county: SampleSheet, towns: SampleSheet): Promise<Uint8Array> {
  const workbook = sampleWorkbook();
  const notes = workbook.addWorksheet("填表说明");
  notes.getCell("A1").value = "填表说明：县直单位和乡镇分表填写，身份证号、银行卡号请设为文本格式。";
  addSampleSheet(workbook, county, "县直单位");
  addSampleSheet(workbook, towns, "乡镇");
  return workbookBytes(workbook);
}

/** A CSV as Excel saves it ("CSV UTF-8", with a byte-order mark): formulas become their values. */
function csvBytes(sheet: SampleSheet): Uint8Array {
  const text = sheet.rows.map((cells) => cells.map((cell) => csvField(csvValue(cell, sheet))).join(",")).join("\r\n") + "\r\n";
  return new TextEncoder().encode("\uFEFF" + text);
}

function csvValue(cell: SampleCell, sheet: SampleSheet): string {
  if (cell === null) return "";
  return String(isSumFormula(cell) ? (excelValue(cell, sheet) as { result: number }).result : cell);
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
