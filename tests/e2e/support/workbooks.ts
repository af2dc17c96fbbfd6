import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkOpenedWorkbook } from "../../../src/adapters/xlsx/check-opened-workbook";
import { openWorkbook } from "../../../src/adapters/xlsx/open-workbook";
import type { CheckResult } from "../../../src/core/check/types";
import { renderSummary } from "../../../src/core/summary/render-summary";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";

export const SAMPLES_DIR = path.join(__dirname, "..", "..", "..", "assets", "samples");
export const CLEAN_SAMPLE = path.join(SAMPLES_DIR, "songwennuan-hami.xlsx");
export const DEFECTS_SAMPLE = path.join(SAMPLES_DIR, "songwennuan-hami-defects.xlsx");

/** assets/samples/README.md: the cells and codes planted in the defects copy (10 errors, 3 warnings). */
export const PLANTED_DEFECTS: readonly { cell: string; code: string; severity: "error" | "warning" }[] = [
  { cell: "I4", code: "archive-missing", severity: "error" },
  { cell: "L5", code: "pay-method-not-bank", severity: "warning" },
  { cell: "K15", code: "amount-below-minimum", severity: "error" },
  { cell: "E60", code: "id-invalid", severity: "error" },
  { cell: "E61", code: "id-invalid", severity: "error" },
  { cell: "N62", code: "account-checksum", severity: "warning" },
  { cell: "K185", code: "total-mismatch", severity: "error" },
  { cell: "E186", code: "duplicate-person", severity: "error" },
  { cell: "N187", code: "bank-account-missing", severity: "error" },
  { cell: "O188", code: "account-holder-mismatch", severity: "error" },
  { cell: "D363", code: "required-missing", severity: "error" },
  { cell: "K364", code: "amount-invalid", severity: "error" },
  { cell: "P365", code: "phone-invalid", severity: "warning" },
];

/** The seed paragraph of assets/samples/README.md for the clean roster. */
export const CLEAN_SUMMARY =
  "本次全地区共走访慰问400名困难劳模及职工，其中：地直55户（劳模2户）、哈密市125户（劳模25户）、巴里坤县176户（劳模48户）、伊吾县44户（劳模0户）。将发放慰问金27.4万元，其中：地直6.1万元、哈密市7万元、巴里坤县10.7万元、伊吾县3.6万元。";

/** What the CLI's engine finds in a file, run here in the test process (Node, exceljs). */
export async function checkInNode(file: string): Promise<{ result: CheckResult; summary: string }> {
  const opened = await openWorkbook(new Uint8Array(readFileSync(file)), path.basename(file));
  const result = checkOpenedWorkbook(opened, SONGWENNUAN_TEMPLATE);
  const summary = renderSummary(SONGWENNUAN_TEMPLATE.summaries[0].text, result).text;
  return { result, summary };
}

export async function loadWorkbook(bytes: Buffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** A cell's value in a comparable form (rich text and formulas included as they are stored). */
function comparable(cell: ExcelJS.Cell): string {
  return JSON.stringify(cell.value ?? null);
}

function fillOf(cell: ExcelJS.Cell): string {
  return JSON.stringify(cell.fill ?? null);
}

function isFilled(cell: ExcelJS.Cell): boolean {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.type === "pattern" && fill.pattern !== "none" && fill.fgColor !== undefined;
}

/**
 * Differences between the input and the annotated copy that a clerk would call lost data: a value
 * changed or gone, a sheet gone, a fill on a cell that was not flagged, a flagged cell without a
 * fill. Returns one line per problem (first 20).
 */
export function annotatedCopyProblems(
  input: ExcelJS.Workbook,
  output: ExcelJS.Workbook,
  flagged: { sheet: string; cells: ReadonlySet<string> },
): string[] {
  const problems: string[] = [];
  for (const sheet of input.worksheets) {
    const copy = output.getWorksheet(sheet.name);
    if (!copy) {
      problems.push(`sheet ${sheet.name} is missing from the download`);
      continue;
    }
    const rows = Math.max(sheet.rowCount, copy.rowCount);
    const columns = Math.max(sheet.columnCount, copy.columnCount);
    for (let row = 1; row <= rows; row++) {
      for (let column = 1; column <= columns; column++) {
        const before = sheet.getCell(row, column);
        const after = copy.getCell(row, column);
        const address = before.address;
        if (comparable(before) !== comparable(after)) {
          problems.push(`${sheet.name}!${address}: value ${comparable(before)} became ${comparable(after)}`);
        }
        if (sheet.name !== flagged.sheet) continue;
        if (flagged.cells.has(address)) {
          if (!isFilled(after)) problems.push(`${sheet.name}!${address} is flagged but has no fill (${fillOf(after)})`);
        } else if (fillOf(before) !== fillOf(after)) {
          problems.push(`${sheet.name}!${address} is not flagged but its fill changed: ${fillOf(before)} → ${fillOf(after)}`);
        }
      }
    }
  }
  return problems.slice(0, 20);
}

/** Text of every cell of every sheet, row by row. */
export function sheetTexts(workbook: ExcelJS.Workbook): { sheet: string; header: string[]; rows: string[][] }[] {
  return workbook.worksheets.map((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => cells.push(cell.text ?? ""));
      rows.push(cells);
    });
    return { sheet: sheet.name, header: rows[0] ?? [], rows: rows.slice(1) };
  });
}
