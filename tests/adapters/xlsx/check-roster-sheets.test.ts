import type ExcelJS from "exceljs";
import { checkRosterSheets } from "../../../src/adapters/xlsx/check-roster-sheets";
import { openWorkbookFile } from "../../../src/adapters/xlsx/workbook-file";
import { ReportError } from "../../../src/core/errors";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { xlsxBytes } from "./workbook-files";

const HEADER = ["序号", "地区", "姓名", "身份证号", "人员类别", "慰问金额", "发放方式"];
const IDS = ["11010519491231002X", "440524188001010014", "34052419800101001X"];

/** A township's sheet: title, 填报单位 line (when given), header, rows, 合计. */
function township(workbook: ExcelJS.Workbook, name: string, people: [string, string, number][], unitLine?: string): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow([`${name}送温暖名单`]);
  sheet.addRow([unitLine ?? null]);
  sheet.addRow(HEADER);
  people.forEach(([person, id, yuan], i) => sheet.addRow([i + 1, name, person, id, "一线职工", yuan, "现金"]));
  sheet.addRow(["合计", null, null, null, null, people.reduce((sum, [, , yuan]) => sum + yuan, 0)]);
  return sheet;
}

/** A county workbook: a cover, three townships (the last hidden), a 汇总 sheet and an old 校验结果. */
async function countyWorkbook(): Promise<Uint8Array> {
  return xlsxBytes((workbook) => {
    workbook.addWorksheet("封面").getCell("A1").value = "巴里坤县2024年送温暖名册";
    township(workbook, "清源镇", [["张三", IDS[0], 1000], ["李四", IDS[1], 800]], "填报单位：清源镇工会");
    township(workbook, "城关镇", [["王五", IDS[2], 600], ["张三", IDS[0], 1000]]);
    township(workbook, "旧表", [["赵六", IDS[1], 500]]).state = "hidden";
    const summary = workbook.addWorksheet("汇总");
    summary.addRow(["乡镇", "户数", "金额"]);
    summary.addRow(["清源镇", 2, 1800]);
    workbook.addWorksheet("校验结果").addRow(["序号", "单元格", "行", "字段", "问题"]);
  });
}

describe("checkRosterSheets", () => {
  it("checks every roster sheet and lists every other sheet with the reason", async () => {
    const { checked, skipped } = await checkRosterSheets(await openWorkbookFile(await countyWorkbook(), "巴里坤县.xlsx"), SONGWENNUAN_TEMPLATE, { collectPeople: true });
    expect(checked.map((result) => [result.sheet, result.dataRows, result.total.amountFen, result.statedTotalFen])).toEqual([
      ["清源镇", 2, 180_000, 180_000],
      ["城关镇", 2, 160_000, 160_000],
    ]);
    expect(skipped).toEqual([
      { sheet: "封面", reason: "no-header" },
      { sheet: "旧表", reason: "hidden" },
      { sheet: "汇总", reason: "no-header" },
      { sheet: "校验结果", reason: "results" },
    ]);
    expect(checked.map((result) => result.fillingUnit)).toEqual(["清源镇工会", undefined]);
    expect(checked[1].people?.map((p) => p.idKey)).toEqual([IDS[2], IDS[0]]);
  });

  it("passes over the settings sheet as the product's own even when a clerk has made it visible", async () => {
    const bytes = await xlsxBytes((workbook) => {
      township(workbook, "清源镇", [["张三", IDS[0], 1000]]);
      // A header-like first line: as a roster it would be checked, and its settings JSON reported as rows.
      workbook.addWorksheet("报表助手设置").addRows([["姓名", "身份证号", "慰问金额"], ['~{"savedAt":"2026-01-01"}']]);
    });
    const { checked, skipped } = await checkRosterSheets(await openWorkbookFile(bytes, "清源镇.xlsx"), SONGWENNUAN_TEMPLATE);
    expect(checked.map((result) => result.sheet)).toEqual(["清源镇"]);
    expect(skipped).toEqual([{ sheet: "报表助手设置", reason: "results" }]);
  });

  it("passes over a received copy of the results under Excel's or WPS's copy names, as the Excel add-in does", async () => {
    const bytes = await xlsxBytes((workbook) => {
      township(workbook, "清源镇", [["张三", IDS[0], 1000]]);
      for (const name of ["校验结果 (2)", "校验结果(3)", "校验结果（4）"]) workbook.addWorksheet(name).addRow(["序号", "单元格", "行", "字段", "问题"]);
      workbook.addWorksheet("分地区汇总 (2)").addRow(["地区", "户数", "劳模户数", "金额（元）"]);
    });
    const { checked, skipped } = await checkRosterSheets(await openWorkbookFile(bytes, "收到的.xlsx"), SONGWENNUAN_TEMPLATE);
    expect(checked.map((result) => result.sheet)).toEqual(["清源镇"]);
    expect(skipped).toEqual(["校验结果 (2)", "校验结果(3)", "校验结果（4）", "分地区汇总 (2)"].map((sheet) => ({ sheet, reason: "results" })));
  });

  it("keeps people only when there is someone to compare them with: another sheet, or other files", async () => {
    const one = await xlsxBytes((workbook) => township(workbook, "清源镇", [["张三", IDS[0], 1000]]));
    expect((await checkRosterSheets(await openWorkbookFile(one, "清源镇.xlsx"), SONGWENNUAN_TEMPLATE)).checked[0].people).toBeUndefined();
    expect((await checkRosterSheets(await openWorkbookFile(one, "清源镇.xlsx"), SONGWENNUAN_TEMPLATE, { collectPeople: true })).checked[0].people).toHaveLength(1);
    expect((await checkRosterSheets(await openWorkbookFile(await countyWorkbook(), "巴里坤县.xlsx"), SONGWENNUAN_TEMPLATE)).checked[0].people).toHaveLength(2);
  });

  it("checks exactly the sheets named (--sheet, repeated), a hidden one included", async () => {
    const { checked, skipped } = await checkRosterSheets(await openWorkbookFile(await countyWorkbook(), "巴里坤县.xlsx"), SONGWENNUAN_TEMPLATE, { sheets: ["旧表", "城关镇"] });
    expect(checked.map((result) => result.sheet)).toEqual(["旧表", "城关镇"]);
    expect(skipped).toEqual([]);
  });

  it("refuses a named sheet without a roster header, and a name that is not there, listing the sheets", async () => {
    const bytes = await countyWorkbook();
    await expect(checkRosterSheets(await openWorkbookFile(bytes, "巴里坤县.xlsx"), SONGWENNUAN_TEMPLATE, { sheets: ["汇总"] })).rejects.toEqual(
      expect.objectContaining({ code: "header-not-found" }),
    );
    await expect(checkRosterSheets(await openWorkbookFile(bytes, "巴里坤县.xlsx"), SONGWENNUAN_TEMPLATE, { sheets: ["清源镇", "南山乡"] })).rejects.toEqual(
      expect.objectContaining({ code: "sheet-not-found", messageZh: expect.stringContaining("“城关镇”") }),
    );
  });

  it("refuses a workbook where no sheet holds a roster, naming the sheets looked at", async () => {
    const bytes = await xlsxBytes((workbook) => {
      workbook.addWorksheet("封面").getCell("A1").value = "名册";
      workbook.addWorksheet("说明").getCell("A1").value = "请按表头填写";
    });
    let error: unknown;
    try {
      await checkRosterSheets(await openWorkbookFile(bytes, "空.xlsx"), SONGWENNUAN_TEMPLATE);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).messageZh).toContain("“封面”、“说明”");
  });

  it("checks a county workbook whose township sheets all lack 地区: each sheet one error on its header, its rows checked", async () => {
    const bytes = await xlsxBytes((workbook) => {
      workbook.addWorksheet("封面").getCell("A1").value = "送温暖名册";
      for (const name of ["清源镇", "城关镇"]) {
        const sheet = workbook.addWorksheet(name);
        sheet.addRow(["序号", "姓名", "身份证号", "慰问金额"]);
        sheet.addRow([1, "张三", IDS[0], 1000]);
      }
    });
    const { checked } = await checkRosterSheets(await openWorkbookFile(bytes, "巴里坤县.xlsx"), SONGWENNUAN_TEMPLATE);
    expect(checked.map((result) => [result.sheet, result.dataRows, result.issues.map((issue) => `${issue.cell} ${issue.code}`)])).toEqual([
      ["清源镇", 1, ["A1 column-missing"]],
      ["城关镇", 1, ["A1 column-missing"]],
    ]);
  });
});

describe("checkRosterSheets: a roster named like the product's results sheet", () => {
  it("checks a roster sheet named 校验结果 when no other sheet is a roster", async () => {
    const bytes = await xlsxBytes((workbook) => {
      workbook.addWorksheet("说明").addRow(["本表为清源镇送温暖名单"]);
      const sheet = township(workbook, "校验结果", [["张三", IDS[0], 1000], ["李四", "12345", 800]]);
      sheet.getCell("B4").value = null;
    });
    const { checked, skipped } = await checkRosterSheets(await openWorkbookFile(bytes, "清源镇.xlsx"), SONGWENNUAN_TEMPLATE);
    expect(checked.map((result) => [result.sheet, result.dataRows])).toEqual([["校验结果", 2]]);
    expect(checked[0].issues.map((issue) => issue.cell)).toEqual(expect.arrayContaining(["B4", "D5"]));
    expect(skipped).toEqual([{ sheet: "说明", reason: "no-header" }]);
  });

  it("still passes over the product's own 校验结果 (no roster header) and names only the sheets tried as rosters", async () => {
    const bytes = await xlsxBytes((workbook) => {
      workbook.addWorksheet("说明").addRow(["本表为清源镇送温暖名单"]);
      workbook.addWorksheet("校验结果").addRows([["序号", "单元格", "行", "字段", "问题", "代码", "级别", "说明", "内容"], [1, "D5", 5, "身份证号", "身份证号有误"]]);
    });
    const file = await openWorkbookFile(bytes, "清源镇.xlsx");
    const error: ReportError = await checkRosterSheets(file, SONGWENNUAN_TEMPLATE).then(
      () => {
        throw new Error("expected a refusal");
      },
      (refusal: ReportError) => refusal,
    );
    expect(error.code).toBe("header-not-found");
    expect(error.messageZh).not.toContain("校验结果");
  });
});
