import ExcelJS from "exceljs";
import { createExcelHost } from "../../../src/adapters/excel/excel-host";
import { ROSTER_SHEET } from "../../../src/adapters/xlsx/consolidated-workbook";
import { cellAddress } from "../../../src/core/address";
import { columnMapKey } from "../../../src/core/check/column-map";
import { Consolidation } from "../../../src/core/consolidate/consolidation";
import type { CheckedSubmission, PickedFile } from "../../../src/core/ports/submissions-host";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { generateRoster } from "../../fakes/generate-roster";
import { loadXlsx, xlsxBytes } from "../xlsx/workbook-files";
import { countyWorkbook, dataRow, HOUSEHOLDS, ID_COLUMN, TOWNSHIPS } from "./county-workbook";

const RED = "#FFC7CE";

function checkedSheets(submission: CheckedSubmission) {
  if ("error" in submission) throw submission.error;
  return submission;
}

function consolidate(submissions: readonly CheckedSubmission[]) {
  const consolidation = new Consolidation();
  for (const submission of submissions.map(checkedSheets)) {
    for (const result of submission.checked) consolidation.add(submission.file, result);
    consolidation.skip(submission.file, submission.skipped);
  }
  return consolidation.finish();
}

/** 伊吾县's submission on disk: 40 households, its 3rd the person 清源镇 paid first in the open workbook. */
async function pickedSubmission(model: ReturnType<typeof countyWorkbook>["model"]): Promise<PickedFile> {
  const rows = generateRoster(40, { seed: 3, firstPerson: 50_000, defectRate: 0 }).rows;
  rows[dataRow(3) - 1][ID_COLUMN - 1] = model.sheet("清源镇")!.value(dataRow(1), ID_COLUMN) as string;
  const bytes = await xlsxBytes((workbook) => {
    workbook.addWorksheet("说明").addRow(["本表由伊吾县总工会填报"]);
    workbook.addWorksheet("伊吾县").addRows(rows);
  });
  return { name: "伊吾县.xlsx", bytes: async () => bytes };
}

describe("Excel SubmissionsHost", () => {
  it("reads files picked in the pane without one Office.js call, and finds the person the open workbook also paid", async () => {
    const { host, model, stats } = countyWorkbook();
    const picked = await pickedSubmission(model);
    const damaged: PickedFile = { name: "坏文件.xlsx", bytes: async () => new TextEncoder().encode("not a workbook") };
    const progress: number[] = [];

    const files = await host.checkFiles([picked, damaged], SONGWENNUAN_TEMPLATE, { onProgress: (p) => progress.push(p.filesDone) });
    expect(stats.syncs).toBe(0);
    expect(stats.runOptions).toEqual([]);
    expect(stats.otherCalls).toEqual([]);
    expect(progress[progress.length - 1]).toBe(2);
    expect(checkedSheets(files[0]).skipped).toEqual([{ sheet: "说明", reason: "no-header" }]);
    expect("error" in files[1] && files[1].error).toMatchObject({ code: "file-not-xlsx" });

    const open = await host.checkOpenWorkbook!(SONGWENNUAN_TEMPLATE);
    const duplicates = consolidate([open, files[0]]).issues.filter((issue) => issue.code === "duplicate-person");
    expect(duplicates.map((issue) => [issue.file, issue.sheet, issue.cell])).toEqual([
      [model.fileName, "南关乡", cellAddress(dataRow(5), ID_COLUMN)],
      ["伊吾县.xlsx", "伊吾县", cellAddress(dataRow(3), ID_COLUMN)],
    ]);
    expect(duplicates[1].message).toContain(`${model.fileName} › 清源镇!${cellAddress(dataRow(1), ID_COLUMN)}`);
  });

  it("checks a picked file whose header needs the clerk's 列对应 with the mapping made for this workbook", async () => {
    const { host } = countyWorkbook();
    const bytes = await xlsxBytes((workbook) =>
      workbook.addWorksheet("名单").addRows([
        ["地区", "姓名", "身份证号", "发放数"],
        ["伊吾县", "张三", "11010519491231002X", 1500],
      ]),
    );
    const picked: PickedFile = { name: "伊吾县.xlsx", bytes: async () => bytes };
    const [unmapped] = await host.checkFiles([picked], SONGWENNUAN_TEMPLATE);
    // Without the mapping its 金额 column is missing: one error on the header, the rest still checked.
    const missing = checkedSheets(unmapped).checked[0].issues.filter((issue) => issue.code === "column-missing");
    expect(missing.map((issue) => issue.field)).toEqual(["amount"]);
    const [mapped] = await host.checkFiles([picked], SONGWENNUAN_TEMPLATE, { columnMap: { [columnMapKey("发放数")]: "amount" } });
    expect(checkedSheets(mapped).checked[0].total.amountFen).toBe(150_000);
  });

  it("marks each issue on its own sheet of the open workbook, and one 清除标记 restores every sheet", async () => {
    const { host, model } = countyWorkbook();
    const before = TOWNSHIPS.map((sheet) => model.snapshot(sheet));
    const open = checkedSheets(await host.checkOpenWorkbook!(SONGWENNUAN_TEMPLATE));
    const consolidated = consolidate([open, await host.checkFiles([await pickedSubmission(model)], SONGWENNUAN_TEMPLATE).then(([file]) => file)]);

    await host.markOpenWorkbook(open.file, consolidated.issues);
    const duplicateCell = [dataRow(5), ID_COLUMN] as const;
    expect(model.sheet("南关乡")!.fill(...duplicateCell)?.color).toBe(RED);
    expect(model.sheet("清源镇")!.fill(...duplicateCell)).toBeUndefined();
    expect(model.sheet("清源镇")!.fill(dataRow(1), ID_COLUMN)).toBeUndefined(); // the first occurrence is not the fault
    const defect = open.checked[1].issues[0];
    expect(model.sheet("城关镇")!.fill(defect.row, defect.col)).toBeDefined();
    expect(model.sheet("南关乡")!.notes.get(cellAddress(...duplicateCell))).toContain("清源镇");

    await host.clearMarks();
    expect(TOWNSHIPS.map((sheet) => model.snapshot(sheet))).toEqual(before);
    expect(model.xmlParts).toEqual([]);
  });

  it("undoes a marking of several sheets when one sheet is checked and marked again", async () => {
    const { host, model, excel, isSetSupported } = countyWorkbook();
    const before = model.snapshot("南关乡");
    const open = checkedSheets(await host.checkOpenWorkbook!(SONGWENNUAN_TEMPLATE));
    await host.markOpenWorkbook(open.file, consolidate([open]).issues);
    expect(model.snapshot("南关乡")).not.toEqual(before);

    const single = createExcelHost({ run: excel.run, isSetSupported });
    await single.markIssues(await single.check(SONGWENNUAN_TEMPLATE, "城关镇"));
    expect(model.snapshot("南关乡")).toEqual(before);
  });

  it("refuses to mark before changing anything when one of the sheets is protected", async () => {
    const { host, model } = countyWorkbook();
    const open = checkedSheets(await host.checkOpenWorkbook!(SONGWENNUAN_TEMPLATE));
    const before = TOWNSHIPS.map((sheet) => model.snapshot(sheet));
    model.sheet("南关乡")!.protection = { protected: true, allowFormatCells: false };
    await expect(host.markOpenWorkbook(open.file, consolidate([open]).issues)).rejects.toMatchObject({ code: "sheet-protected", messageZh: expect.stringContaining("南关乡") });
    expect(TOWNSHIPS.map((sheet) => model.snapshot(sheet))).toEqual(before);
  });

  it("opens the 汇总 workbook in Excel: 汇总名册 with the open workbook's rows and the picked file's, 校验结果, 统计表, 各单位核对", async () => {
    const { host, model } = countyWorkbook();
    const picked = await pickedSubmission(model);
    const consolidated = consolidate([await host.checkOpenWorkbook!(SONGWENNUAN_TEMPLATE), ...(await host.checkFiles([picked], SONGWENNUAN_TEMPLATE))]);

    const told = await host.saveConsolidated(consolidated, SONGWENNUAN_TEMPLATE, [picked]);
    expect(told).toContain("新开的工作簿");
    expect(model.createdWorkbooks).toHaveLength(1);
    const workbook = await loadXlsx(model.createdWorkbooks[0]);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([ROSTER_SHEET, "校验结果", "统计表", "各单位核对"]);
    const roster = workbook.getWorksheet(ROSTER_SHEET)!;
    expect(roster.rowCount).toBe(1 + 3 * HOUSEHOLDS + 40);
    const sources = new Set<string>();
    roster.eachRow((row, n) => n > 1 && sources.add(`${row.getCell(2).value} › ${row.getCell(3).value}`));
    expect([...sources]).toEqual([...TOWNSHIPS.map((sheet) => `${model.fileName} › ${sheet}`), "伊吾县.xlsx › 伊吾县"]);
    const duplicateRow = findRow(roster, model.fileName, "南关乡", dataRow(5));
    const idCell = duplicateRow.getCell(4 + SONGWENNUAN_TEMPLATE.fields.findIndex((field) => field.key === "idNumber") + 1);
    expect((idCell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
  });

  it("says where to get the 汇总 workbook where Excel cannot open one, writing nothing", async () => {
    const { host, model } = countyWorkbook({ apiVersion: "1.7" });
    const consolidated = consolidate([await host.checkOpenWorkbook!(SONGWENNUAN_TEMPLATE)]);
    await expect(host.saveConsolidated(consolidated, SONGWENNUAN_TEMPLATE, [])).rejects.toMatchObject({
      code: "output-unwritable",
      messageZh: expect.stringContaining("ExcelApi 1.8"),
    });
    expect(model.createdWorkbooks).toEqual([]);
  });
});

function findRow(sheet: ExcelJS.Worksheet, file: string, from: string, row: number): ExcelJS.Row {
  for (let n = 2; n <= sheet.rowCount; n++) {
    const candidate = sheet.getRow(n);
    if (candidate.getCell(2).value === file && candidate.getCell(3).value === from && candidate.getCell(4).value === row) return candidate;
  }
  throw new Error(`no row ${from}!${row} in ${sheet.name}`);
}

