import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SETTINGS_SHEET } from "../../../src/core/workbook/sheet-names";
import { OfficeError } from "../../fakes/in-memory-excel";
import { FakeCustomXmlPartCollection } from "../../fakes/in-memory-excel/workbook";
import { FakeWorksheetCollection } from "../../fakes/in-memory-excel/worksheet";
import { excelHostWith, ROSTER } from "./harness";

const SETTINGS = { rules: { archiveGroups: ["困难职工"] }, columnMap: { 所属辖区: "region" } };

describe("settings saved in the open workbook", () => {
  afterEach(() => jest.restoreAllMocks());

  it("are kept twice: a custom XML part and a veryHidden 报表助手设置 sheet that is never offered as a roster", async () => {
    const { host, model } = excelHostWith([["x"]]);
    await host.saveSettings(SETTINGS);
    expect(model.xmlParts).toHaveLength(1);
    expect(model.sheet(SETTINGS_SHEET)?.visibility).toBe("VeryHidden");
    expect(String(model.sheet(SETTINGS_SHEET)?.value(1, 1))).toContain("所属辖区");
    expect(await host.listSheets()).toEqual([ROSTER]);
    expect(await host.loadSettings()).toEqual(SETTINGS);
  });

  it("survive a host that drops custom XML parts: the sheet still has them", async () => {
    const { host, model } = excelHostWith([["x"]]);
    await host.saveSettings(SETTINGS);
    model.xmlParts.length = 0;
    expect(await host.loadSettings()).toEqual(SETTINGS);
  });

  it("are saved and read where custom XML parts fail, through the sheet alone", async () => {
    jest.spyOn(FakeCustomXmlPartCollection.prototype, "getByNamespace").mockImplementation(() => {
      throw new OfficeError("AccessDenied", "customXmlParts is not available on this host");
    });
    const { host, model } = excelHostWith([["x"]]);
    await host.saveSettings(SETTINGS);
    expect(model.xmlParts).toHaveLength(0);
    expect(await host.loadSettings()).toEqual(SETTINGS);
  });

  it("carry a whole pack (a province's own form, some KiB of JSON) through the sheet alone", async () => {
    jest.spyOn(FakeCustomXmlPartCollection.prototype, "getByNamespace").mockImplementation(() => {
      throw new OfficeError("AccessDenied", "customXmlParts is not available on this host");
    });
    const pack = JSON.parse(readFileSync(join(__dirname, "../../../assets/templates/jinqiu-zhuxue.json"), "utf8")) as unknown;
    const { host } = excelHostWith([["x"]]);
    await host.saveSettings({ ...SETTINGS, pack });
    expect(await host.loadSettings()).toEqual({ ...SETTINGS, pack });
  });

  it("a shorter save leaves no piece of the longer one behind, and the newer copy wins over a stale part", async () => {
    const { host, model } = excelHostWith([["x"]]);
    const long = { columnMap: Object.fromEntries(Array.from({ length: 4000 }, (_, i) => [`自定义表头${i}号`, null])) };
    await host.saveSettings(long);
    expect(model.sheet(SETTINGS_SHEET)?.value(2, 1)).toBeDefined();
    const stalePart = [...model.xmlParts];
    await host.saveSettings(SETTINGS);
    expect(model.sheet(SETTINGS_SHEET)?.value(2, 1) ?? "").toBe("");
    // A host that kept an old part (and did not take the new one) beside the newer sheet.
    model.xmlParts.length = 0;
    model.xmlParts.push(...stalePart);
    expect(await host.loadSettings()).toEqual(SETTINGS);
  });
});

describe("settings in a workbook whose structure is protected", () => {
  afterEach(() => jest.restoreAllMocks());

  it("are kept in the custom XML part when no sheet can be added", async () => {
    const { host, model } = excelHostWith([["x"]]);
    jest.spyOn(FakeWorksheetCollection.prototype, "add").mockImplementation(() => {
      throw new OfficeError("AccessDenied", "The workbook structure is protected.");
    });
    await host.saveSettings(SETTINGS);
    expect(model.sheet(SETTINGS_SHEET)).toBeUndefined();
    expect(await host.loadSettings()).toEqual(SETTINGS);
  });
});
