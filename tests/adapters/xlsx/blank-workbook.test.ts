import type ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { blankFormSpec } from "../../../src/core/blank-form/blank-form-spec";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import type { Template } from "../../../src/core/template/schema";
import { LISTS_SHEET, writeBlankWorkbook } from "../../../src/adapters/xlsx/blank-workbook";
import { readSavedSettings } from "../../../src/adapters/xlsx/saved-settings";
import { SETTINGS_SHEET } from "../../../src/core/workbook/sheet-names";
import { loadXlsx } from "./workbook-files";

const SAVED_AT = new Date("2026-01-10T08:00:00Z");

async function blank(template: Template = SONGWENNUAN_TEMPLATE, rows = 200): Promise<{ bytes: Uint8Array; workbook: ExcelJS.Workbook }> {
  const bytes = await writeBlankWorkbook(blankFormSpec(template, rows), SAVED_AT);
  return { bytes, workbook: await loadXlsx(bytes) };
}

/** Column letter of a field on the 送温暖 form. */
const at = (key: string) => String.fromCharCode(64 + SONGWENNUAN_TEMPLATE.fields.findIndex((f) => f.key === key) + 1);

describe("writeBlankWorkbook", () => {
  it("has the form first, then 填报说明, and the template copy veryHidden", async () => {
    const { workbook } = await blank();
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ["送温暖慰问花名册", "visible"],
      ["填报说明", "visible"],
      [SETTINGS_SHEET, "veryHidden"],
    ]);
  });

  it("writes title, unit line and header, and freezes the pane under the header", async () => {
    const sheet = (await blank()).workbook.worksheets[0];
    expect(sheet.getCell("A1").value).toBe("送温暖慰问花名册");
    expect(String(sheet.getCell("A2").value)).toMatch(/^填报单位.*单位：元$/);
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(SONGWENNUAN_TEMPLATE.fields.map((f) => f.label));
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
  });

  it("formats the ID, account, phone and archive-number cells as text on every blank row, and no others", async () => {
    const sheet = (await blank()).workbook.worksheets[0];
    for (const key of ["idNumber", "account", "phone", "archiveNo"]) {
      expect([sheet.getCell(`${at(key)}4`).numFmt, sheet.getCell(`${at(key)}203`).numFmt]).toEqual(["@", "@"]);
    }
    expect(sheet.getCell(`${at("amount")}4`).numFmt).not.toBe("@");
    expect(sheet.getCell(`${at("name")}4`).numFmt).not.toBe("@");
  });

  it("puts Excel data validation with prompts and alerts on the data rows, and only there", async () => {
    const sheet = (await blank()).workbook.worksheets[0];
    const validation = (address: string) => sheet.getCell(address).dataValidation as ExcelJS.DataValidation & { type: string };
    expect(validation(`${at("idNumber")}4`)).toMatchObject({
      type: "textLength",
      operator: "equal",
      formulae: [18],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: "身份证号码",
      showErrorMessage: true,
      errorStyle: "warning",
    });
    expect(validation(`${at("amount")}203`)).toMatchObject({ type: "decimal", formulae: [0, 20000], errorStyle: "stop", errorTitle: "金额有误" });
    expect(validation(`${at("amount")}4`).prompt).toContain("最低标准：全总每户不低于 1,000 元");
    expect(validation(`${at("group")}4`)).toMatchObject({ type: "list", formulae: ['"困难职工,困难劳模,困难农民工"'] });
    expect(validation(`${at("payMethod")}100`)).toMatchObject({ type: "list", formulae: ['"银行卡,存折,现金"'] });
    expect(validation(`${at("archiveLevel")}4`)).toMatchObject({ type: "list", formulae: ['"全总,省总,市总"'] });
    expect(validation(`${at("account")}4`)).toMatchObject({ type: "textLength", formulae: [16, 19] });
    expect(validation(`${at("accountHolder")}4`)).toMatchObject({ type: "any", prompt: "户名必须与姓名相同（严禁代签代领）。" });
    expect(sheet.getCell(`${at("amount")}204`).dataValidation).toBeUndefined();
    expect(sheet.getCell(`${at("amount")}3`).dataValidation).toBeUndefined();
    expect(sheet.getCell(`${at("remark")}4`).dataValidation).toBeUndefined();
  });

  it("writes one validation per column range (small files that WPS and LibreOffice read whole)", async () => {
    const { bytes } = await blank(SONGWENNUAN_TEMPLATE, 5000);
    const xml = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]);
    const ranges = [...xml.matchAll(/<dataValidation\b[^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(ranges).toContain(`${at("idNumber")}4:${at("idNumber")}5003`);
    const validated = blankFormSpec(SONGWENNUAN_TEMPLATE).columns.filter((c) => c.validation !== null);
    expect(ranges).toHaveLength(validated.length);
    expect(validated).toHaveLength(12);
    expect(xml).toMatch(/<pane [^>]*ySplit="3"[^>]*state="frozen"/);
  });

  it("lists the rules in 填报说明", async () => {
    const sheet = (await blank()).workbook.getWorksheet("填报说明")!;
    const lines: string[] = [];
    sheet.getColumn(1).eachCell((cell) => lines.push(String(cell.value)));
    expect(lines[0]).toBe("送温暖慰问花名册 填报说明");
    expect(lines).toContain("2. 必填：地区、姓名、慰问金额（元）。");
    expect(lines.join("\n")).toContain("先建档、后帮扶");
  });

  it("carries the template it was made from, equal to the one used", async () => {
    const province = { ...SONGWENNUAN_TEMPLATE, rules: { ...SONGWENNUAN_TEMPLATE.rules, minimums: [{ level: "全总", minYuan: 1500 }] } };
    expect(await readSavedSettings((await blank(province)).bytes)).toEqual(province);
  });

  it("puts a list longer than Excel's 255 inline characters on a hidden 填写选项 sheet and refers to it", async () => {
    const groups = Array.from({ length: 40 }, (_, i) => `第${i + 1}类困难职工家庭`);
    const many = { ...SONGWENNUAN_TEMPLATE, rules: { ...SONGWENNUAN_TEMPLATE.rules, archiveGroups: groups } };
    const { workbook } = await blank(many);
    const lists = workbook.getWorksheet(LISTS_SHEET)!;
    expect(lists.state).toBe("hidden");
    expect(lists.getCell("A1").value).toBe("第1类困难职工家庭");
    expect(lists.getCell("A40").value).toBe("第40类困难职工家庭");
    expect(workbook.worksheets[0].getCell(`${at("group")}4`).dataValidation).toMatchObject({
      type: "list",
      formulae: [`'${LISTS_SHEET}'!$A$1:$A$40`],
    });
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["送温暖慰问花名册", "填报说明", LISTS_SHEET, SETTINGS_SHEET]);
  });
});
