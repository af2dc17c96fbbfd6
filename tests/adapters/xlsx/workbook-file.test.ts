import * as zipDirectory from "../../../src/adapters/xlsx/zip-directory";
import * as zipPart from "../../../src/adapters/xlsx/zip-part";
import { checkRosterSheets } from "../../../src/adapters/xlsx/check-roster-sheets";
import { embedSavedSettings } from "../../../src/adapters/xlsx/embed-saved-settings";
import { openWorkbookFile } from "../../../src/adapters/xlsx/workbook-file";
import { applySavedSettings } from "../../../src/core/settings/saved-settings";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { xlsxBytes } from "./workbook-files";

const COUNTY_REGION = "所属辖区";
const SETTINGS = { rules: { archiveGroups: ["困难职工"] }, columnMap: { [COUNTY_REGION]: "region" } };

/** A county roster whose region column only its saved 列对应 names, with settings in both copies (custom XML part and veryHidden sheet). */
const savedRoster = async () =>
  embedSavedSettings(
    await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet("花名册");
      sheet.addRow(["序号", COUNTY_REGION, "姓名", "身份证号码", "人员类别", "慰问金额（元）", "发放方式"]);
      sheet.addRow([1, "城关镇", "张三", "11010519491231002X", "一线职工", 800, "现金"]);
      sheet.addRow([2, "花园乡", "李四", "440524188001010014", "一线职工", "八百块", "现金"]);
    }),
    SETTINGS,
    new Date("2026-01-05T08:00:00Z"),
  );

afterEach(() => jest.restoreAllMocks());

describe("a workbook opened once", () => {
  it("gives the saved settings, the top rows and the checked sheets from one read of its zip directory and one parse of its shared strings", async () => {
    const bytes = await savedRoster();
    const directoryReads = jest.spyOn(zipDirectory, "readZipDirectory");
    const partReads = jest.spyOn(zipPart, "partChunks");

    const file = await openWorkbookFile(bytes, "县.xlsx");
    const saved = await file.savedSettings();
    expect(saved).toEqual(SETTINGS);
    const top = await file.topRows();
    expect(top).toHaveLength(1); // the veryHidden settings sheet is not a sheet a check tries
    expect(top[0][0].cells.slice(0, 3)).toEqual(["序号", COUNTY_REGION, "姓名"]);
    const { template, columnMap } = applySavedSettings(SONGWENNUAN_TEMPLATE, saved);
    const { checked, skipped } = await checkRosterSheets(file, template, { columnMap });
    expect(checked.map((result) => [result.sheet, result.dataRows])).toEqual([["花名册", 2]]);
    expect(skipped.map((sheet) => sheet.reason)).toEqual(["veryHidden"]);

    expect(directoryReads).toHaveBeenCalledTimes(1);
    const sharedStringParses = partReads.mock.calls.filter(([, entry]) => entry.name === "xl/sharedStrings.xml");
    expect(sharedStringParses).toHaveLength(1);
    // Asked again, the settings are not read again.
    await file.savedSettings();
    expect(directoryReads).toHaveBeenCalledTimes(1);
  });

  it("a .csv has one sheet and no saved settings", async () => {
    const file = await openWorkbookFile(new TextEncoder().encode("序号,地区,姓名\n1,哈密市,张三\n"), "名单.csv");
    expect(file.sheets.map((sheet) => sheet.name)).toEqual(["名单"]);
    expect(await file.savedSettings()).toBeNull();
  });
});
