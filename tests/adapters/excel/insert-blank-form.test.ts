import { insertBlankForm } from "../../../src/adapters/excel/insert-blank-form";
import { blankFormSpec } from "../../../src/core/blank-form/blank-form-spec";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { checkGrid } from "../../../src/core/check/check-grid";
import { createInMemoryExcel } from "../../fakes/in-memory-excel";

const spec = blankFormSpec(SONGWENNUAN_TEMPLATE);
const columnOf = (key: string) => SONGWENNUAN_TEMPLATE.fields.findIndex((f) => f.key === key) + 1;

function excelWithRoster() {
  const excel = createInMemoryExcel();
  excel.model.addGrid("名单", [["姓名", "金额"], ["张三", 1000]]);
  excel.model.resetStats();
  return excel;
}

describe("新建报表 (insertBlankForm)", () => {
  it("adds the form and 填报说明 in two syncs, leaving the clerk's sheet alone", async () => {
    const excel = excelWithRoster();
    const before = excel.model.snapshot("名单");
    const inserted = await insertBlankForm(excel.run, spec);
    expect(inserted).toEqual({ sheet: "送温暖慰问花名册", instructionsSheet: "填报说明", listsLeftOut: [] });
    expect(excel.model.stats.syncs).toBe(2);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["名单", "送温暖慰问花名册", "填报说明"]);
    expect(excel.model.activeSheet).toBe("送温暖慰问花名册");
    expect(excel.model.snapshot("名单")).toBe(before);
  });

  it("writes title, unit line, header and frozen header rows; the check finds its header", async () => {
    const excel = excelWithRoster();
    await insertBlankForm(excel.run, spec);
    const form = excel.model.sheet("送温暖慰问花名册")!;
    expect(form.value(1, 1)).toBe("送温暖慰问花名册");
    expect(form.value(2, 1)).toBe(spec.unitLine);
    expect(spec.columns.map((c) => form.value(3, c.column))).toEqual(SONGWENNUAN_TEMPLATE.fields.map((f) => f.label));
    expect(form.frozenRows).toBe(3);
    const rows = [1, 2, 3].map((row) => spec.columns.map((c) => (form.value(row, c.column) as string | undefined) ?? null));
    expect(checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "送温暖慰问花名册", rows }).headerRow).toBe(3);
  });

  it("formats ID and account cells as text on every blank row and puts each column's validation there", async () => {
    const excel = excelWithRoster();
    await insertBlankForm(excel.run, spec);
    const form = excel.model.sheet("送温暖慰问花名册")!;
    for (const row of [4, 203]) {
      expect(form.numberFormat(row, columnOf("idNumber"))).toBe("@");
      expect(form.numberFormat(row, columnOf("account"))).toBe("@");
      expect(form.numberFormat(row, columnOf("amount"))).toBe("General");
    }
    expect(form.validation(4, columnOf("idNumber"))).toMatchObject({
      rule: { textLength: { formula1: 18, operator: "EqualTo" } },
      prompt: { showPrompt: true, title: "身份证号码" },
      errorAlert: { showAlert: true, style: "Warning" },
    });
    expect(form.validation(203, columnOf("amount"))).toMatchObject({
      rule: { decimal: { formula1: 0, formula2: 20000, operator: "Between" } },
      errorAlert: { style: "Stop", title: "金额有误" },
    });
    expect(form.validation(4, columnOf("group"))?.rule).toEqual({ list: { inCellDropDown: true, source: "困难职工,困难劳模,困难农民工" } });
    expect(form.validation(4, columnOf("accountHolder"))).toMatchObject({ rule: null, prompt: { message: "户名必须与姓名相同（严禁代签代领）。" } });
    expect(form.validation(204, columnOf("amount"))).toBeUndefined();
    expect(form.validation(3, columnOf("amount"))).toBeUndefined();
    expect(form.validation(4, columnOf("remark"))).toBeUndefined();
  });

  it("lists the rules on 填报说明", async () => {
    const excel = excelWithRoster();
    await insertBlankForm(excel.run, spec);
    const notes = excel.model.sheet("填报说明")!;
    expect(notes.value(1, 1)).toBe("送温暖慰问花名册 填报说明");
    expect(spec.instructions.map((_, i) => notes.value(i + 3, 1))).toEqual(spec.instructions);
  });

  it("takes free names when the form exists already, and says which dropdowns Office.js could not take", async () => {
    const excel = excelWithRoster();
    await insertBlankForm(excel.run, spec);
    const groups = Array.from({ length: 40 }, (_, i) => `第${i + 1}类困难职工家庭`);
    const many = blankFormSpec({ ...SONGWENNUAN_TEMPLATE, rules: { ...SONGWENNUAN_TEMPLATE.rules, archiveGroups: groups } });
    const second = await insertBlankForm(excel.run, many);
    expect(second).toEqual({ sheet: "送温暖慰问花名册 (2)", instructionsSheet: "填报说明 (2)", listsLeftOut: ["人员类别"] });
    expect(excel.model.sheet("送温暖慰问花名册 (2)")!.validation(4, columnOf("group"))).toBeUndefined();
    const notes = excel.model.sheet("填报说明 (2)")!;
    expect(notes.value(many.instructions.length + 3, 1)).toMatch(/^注意：人员类别的选项超过下拉列表的 255 字上限/);
  });
});
