import type { CellValue } from "../../../src/core/cell";
import type { IsSetSupported } from "../../../src/adapters/excel/excel-run";
import { createExcelSubmissionsHost } from "../../../src/adapters/excel/excel-submissions-host";
import { rosterCheckingInPage } from "../../../src/apps/standalone/roster-checking";
import { createInMemoryExcel } from "../../fakes/in-memory-excel";
import { generateRoster, ROSTER_HEADER } from "../../fakes/generate-roster";
import { readRegisterFiles } from "../../../src/adapters/xlsx/read-register";

export const TOWNSHIPS = ["清源镇", "城关镇", "南关乡"];
export const HOUSEHOLDS = 300;
export const ID_COLUMN = ROSTER_HEADER.indexOf("身份证号") + 1;
/** The sheet row of a township's `n`-th household (title and header above). */
export const dataRow = (n: number) => n + 2;

/**
 * A county's workbook as the in-memory Excel: a 封面, three township sheets of 300 households each
 * (no one shared, 城关镇 with planted defects), and 南关乡's 5th household the same person as
 * 清源镇's 1st (重复慰问 across sheets).
 */
export function countyWorkbook({ apiVersion = "1.18", households = HOUSEHOLDS } = {}) {
  const excel = createInMemoryExcel();
  excel.model.addGrid("封面", [["巴里坤县2026年送温暖名册"], [], ["报送单位：巴里坤县总工会"]]);
  const grids: CellValue[][][] = TOWNSHIPS.map((_, i) => generateRoster(households, { seed: 11 + i, firstPerson: i * 10_000, defectRate: i === 1 ? 0.1 : 0 }).rows);
  grids[2][dataRow(5) - 1][ID_COLUMN - 1] = grids[0][dataRow(1) - 1][ID_COLUMN - 1];
  TOWNSHIPS.forEach((name, i) => excel.model.addGrid(name, grids[i]));
  const isSetSupported: IsSetSupported = (name, version) => name === "ExcelApi" && Number(version.split(".")[1]) <= Number(apiVersion.split(".")[1]);
  // Picked files are read on the test's thread, as the page's reading worker reads them.
  const host = createExcelSubmissionsHost({
    run: excel.run,
    isSetSupported,
    createWorkbook: excel.createWorkbook,
    documentBytes: excel.documentBytes,
    checkRosters: rosterCheckingInPage.check,
    readRegister: readRegisterFiles,
  });
  return { excel, model: excel.model, stats: excel.model.stats, host, isSetSupported };
}
