import { strToU8, unzipSync, zipSync } from "fflate";
import { checkOpenedWorkbook } from "../../../src/adapters/xlsx/check-opened-workbook";
import { embedSavedSettings } from "../../../src/adapters/xlsx/embed-saved-settings";
import { openWorkbook } from "../../../src/adapters/xlsx/open-workbook";
import { readSavedSettings } from "../../../src/adapters/xlsx/saved-settings";
import { SETTINGS_CHUNK_CHARS, SETTINGS_NAMESPACE } from "../../../src/core/workbook/settings-envelope";
import { readZipRecords } from "../../../src/adapters/xlsx/package/zip-records";
import { SETTINGS_SHEET } from "../../../src/core/workbook/sheet-names";
import { applySavedSettings } from "../../../src/core/settings/saved-settings";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { loadXlsx, xlsxBytes } from "./workbook-files";

const COUNTY_REGION = "所属辖区";
const SETTINGS = { rules: { archiveGroups: ["困难职工"] }, columnMap: { [COUNTY_REGION]: "region" } };

/** A county roster whose region column no alias knows. */
const roster = () =>
  xlsxBytes((workbook) => {
    const sheet = workbook.addWorksheet("花名册");
    sheet.addRow(["序号", COUNTY_REGION, "姓名", "身份证号码", "人员类别", "慰问金额（元）", "发放方式"]);
    sheet.addRow([1, "城关镇", "张三", "11010519491231002X", "一线职工", 800, "现金"]);
    sheet.addRow([2, "花园乡", "李四", "440524188001010014", "一线职工", "八百块", "现金"]);
  });

describe("settings saved inside an .xlsx", () => {
  it("a workbook without them has none", async () => {
    expect(await readSavedSettings(await roster())).toBeNull();
    expect(await readSavedSettings(strToU8("not a zip"))).toBeNull();
  });

  it("embedded, they are read back, and the roster checks with the saved 列对应", async () => {
    const original = await roster();
    const saved = embedSavedSettings(original, SETTINGS, new Date("2026-01-05T08:00:00Z"));
    expect(await readSavedSettings(saved)).toEqual(SETTINGS);
    const opened = await openWorkbook(saved, "county.xlsx");
    expect(checkOpenedWorkbook(opened, SONGWENNUAN_TEMPLATE).issues[0].code).toBe("column-missing");
    const { template, columnMap } = applySavedSettings(SONGWENNUAN_TEMPLATE, await readSavedSettings(saved));
    const result = checkOpenedWorkbook(opened, template, undefined, columnMap);
    expect(result.sheet).toBe("花名册");
    expect(result.regions.map((tally) => tally.region)).toEqual(["城关镇", "花园乡"]);
    expect(result.issues.map((issue) => `${issue.cell} ${issue.code}`)).toContain("F3 amount-invalid");
  });

  it("keep the roster as it was, in a veryHidden sheet Excel opens, and in a custom XML part", async () => {
    const saved = embedSavedSettings(await roster(), SETTINGS, new Date());
    const workbook = await loadXlsx(saved);
    expect(workbook.getWorksheet("花名册")!.getRow(2).values).toEqual([undefined, 1, "城关镇", "张三", "11010519491231002X", "一线职工", 800, "现金"]);
    expect(workbook.getWorksheet(SETTINGS_SHEET)!.state).toBe("veryHidden");
    const parts = unzipSync(saved);
    const part = Object.keys(parts).find((name) => /^customXml\/item\d+\.xml$/.test(name))!;
    expect(new TextDecoder().decode(parts[part])).toContain(SETTINGS_NAMESPACE);
    expect(new TextDecoder().decode(parts["[Content_Types].xml"])).toContain("customXmlProperties+xml");
  });

  it("copy every part of the clerk's with its compressed bytes as they were, changing only the lists that name the new parts", async () => {
    const original = await roster();
    const saved = embedSavedSettings(original, SETTINGS, new Date());
    const after = new Map(readZipRecords(saved, "saved.xlsx").map((record) => [record.name, record]));
    const changed = readZipRecords(original, "roster.xlsx")
      .filter((record) => {
        const copy = after.get(record.name)!;
        return copy.crc !== record.crc || Buffer.compare(Buffer.from(copy.data), Buffer.from(record.data)) !== 0;
      })
      .map((record) => record.name);
    expect(changed.sort()).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/workbook.xml"]);
  });

  it("saved again, both copies are replaced, not added", async () => {
    const once = embedSavedSettings(await roster(), SETTINGS, new Date("2026-01-05T08:00:00Z"));
    const twice = embedSavedSettings(once, { columnMap: { [COUNTY_REGION]: null } }, new Date("2026-01-06T08:00:00Z"));
    expect(await readSavedSettings(twice)).toEqual({ columnMap: { [COUNTY_REGION]: null } });
    const names = Object.keys(unzipSync(twice));
    expect(names.filter((name) => /^customXml\/item\d+\.xml$/.test(name))).toHaveLength(1);
    expect((await loadXlsx(twice)).worksheets.map((sheet) => sheet.name)).toEqual(["花名册", SETTINGS_SHEET]);
  });

  it("where a host dropped or kept a stale custom XML part, the newer copy wins", async () => {
    const both = embedSavedSettings(await roster(), SETTINGS, new Date("2026-01-05T08:00:00Z"));
    const parts = unzipSync(both);
    const part = Object.keys(parts).find((name) => /^customXml\/item\d+\.xml$/.test(name))!;
    // An older part (bare JSON, as the pane wrote before envelopes) beside the newer sheet.
    parts[part] = strToU8(`<data xmlns="${SETTINGS_NAMESPACE}">{"columnMap":{"旧表头":"region"}}</data>`);
    expect(await readSavedSettings(zipSync(parts))).toEqual(SETTINGS);
    delete parts[part];
    expect(await readSavedSettings(zipSync(parts))).toEqual(SETTINGS);
  });

  it("settings longer than one cell holds are split across rows and joined back", async () => {
    const long = { columnMap: Object.fromEntries(Array.from({ length: 4000 }, (_, i) => [`自定义表头${i}号`, null])) };
    expect(JSON.stringify(long).length).toBeGreaterThan(SETTINGS_CHUNK_CHARS * 2);
    const saved = embedSavedSettings(await roster(), long, new Date());
    expect(await readSavedSettings(saved)).toEqual(long);
    const sheet = (await loadXlsx(saved)).getWorksheet(SETTINGS_SHEET)!;
    expect(sheet.rowCount).toBeGreaterThanOrEqual(3);
    sheet.eachRow((row) => expect(String(row.getCell(1).value).length).toBeLessThanOrEqual(32767));
  });
});
