import type { CellValue } from "../../../src/core/cell";
import { createExcelHost } from "../../../src/adapters/excel/excel-host";
import type { IsSetSupported } from "../../../src/adapters/excel/excel-run";
import { createInMemoryExcel } from "../../fakes/in-memory-excel";

export const ROSTER = "名单";

/** The real adapter over a fresh in-memory workbook holding `rows` on sheet 名单. */
export function excelHostWith(rows: readonly (readonly CellValue[])[], { apiVersion = "1.18" } = {}) {
  const excel = createInMemoryExcel();
  excel.model.addGrid(ROSTER, rows);
  const isSetSupported: IsSetSupported = (name, version) => name === "ExcelApi" && Number(version.split(".")[1]) <= Number(apiVersion.split(".")[1]);
  const host = createExcelHost({ run: excel.run, isSetSupported });
  return { excel, model: excel.model, host, stats: excel.model.stats };
}
