import { addFillRules, clearFillRules } from "../../../src/adapters/excel/fill-rules";
import { FILL_RULES_NAMESPACE } from "../../../src/core/workbook/fill-rules-ledger";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { createInMemoryExcel } from "../../fakes/in-memory-excel";

/** A unit's roster as sent up: title row, header on row 2 in its own order and words, three rows. */
function roster() {
  const excel = createInMemoryExcel();
  excel.model.addGrid("名单", [
    ["2024年送温暖慰问名单"],
    ["序号", "地区", "姓名", "身份证号", "人员类别", "建档级别", "档案编号", "慰问金额", "发放方式", "备注"],
    [1, "哈密市", "张三", "11010519491231002X", "困难职工", "省总", "HM-001", 1500, "现金", null],
    [2, "哈密市", "李四", "440524188001010014", "一线职工", null, null, 800, "现金", null],
    [3, "伊吾县", "王五", "34052419800101001X", "困难职工", "全总", "YW-007", 1000, "现金", null],
  ]);
  excel.model.activeSheet = "名单";
  excel.model.resetStats();
  return excel;
}

describe("加上填写规则 (addFillRules)", () => {
  it("finds the columns by their headers and validates from below the header to 200 rows past the last", async () => {
    const excel = roster();
    const before = excel.model.snapshot("名单");
    const added = await addFillRules(excel.run, SONGWENNUAN_TEMPLATE);
    expect(added).toEqual({
      sheet: "名单",
      added: ["地区", "姓名", "身份证号码", "人员类别", "建档级别", "档案编号", "慰问金额（元）", "发放方式"],
      lastRow: 205,
      keptOwn: [],
      listsLeftOut: [],
    });
    const sheet = excel.model.sheet("名单")!;
    expect(sheet.validation(3, 8)?.rule).toEqual({ decimal: { formula1: 0, formula2: 20000, operator: "Between" } });
    expect(sheet.validation(205, 4)?.rule).toEqual({ textLength: { formula1: 18, operator: "EqualTo" } });
    expect(sheet.validation(3, 9)?.rule).toEqual({ list: { inCellDropDown: true, source: "银行卡,存折,现金" } });
    expect([sheet.validation(2, 8), sheet.validation(206, 8), sheet.validation(3, 10), sheet.validation(3, 1)]).toEqual([undefined, undefined, undefined, undefined]);
    // Values, formats, fills and notes are untouched: only validation was added.
    expect(excel.model.snapshot("名单")).toBe(before);
    expect(excel.model.stats.syncs).toBeLessThanOrEqual(4);
  });

  it("costs the same few syncs and small requests on a 20,000-row roster: nothing is sent per row", async () => {
    const excel = createInMemoryExcel();
    const rows = Array.from({ length: 20_000 }, (_, i) => [i + 1, "哈密市", `职工${i}`, 1000]);
    excel.model.addGrid("名单", [["序号", "地区", "姓名", "慰问金额"], ...rows]);
    excel.model.resetStats();
    const added = await addFillRules(excel.run, SONGWENNUAN_TEMPLATE);
    expect(added.lastRow).toBe(20_201);
    expect(excel.model.sheet("名单")!.validation(20_201, 4)?.rule).toMatchObject({ decimal: { formula2: 20000 } });
    expect(excel.model.stats.syncs).toBeLessThanOrEqual(4);
    expect(Math.max(...excel.model.stats.requestBytes)).toBeLessThan(20_000);
    expect(Math.max(...excel.model.stats.responseBytes)).toBeLessThan(20_000);
  });

  it("leaves a column with the clerk's own validation as it was, and says so", async () => {
    const excel = roster();
    const own = { rule: { list: { inCellDropDown: true, source: "哈密市,伊吾县" } }, prompt: null, errorAlert: null, ignoreBlanks: true };
    for (let row = 3; row <= 300; row++) excel.model.sheet("名单")!.setValidation(row, 2, own);
    const added = await addFillRules(excel.run, SONGWENNUAN_TEMPLATE);
    expect(added.keptOwn).toEqual(["地区"]);
    expect(added.added).not.toContain("地区");
    expect(excel.model.sheet("名单")!.validation(3, 2)).toBe(own);
  });

  it("says where no header is found, naming the sheet", async () => {
    const excel = createInMemoryExcel();
    excel.model.addGrid("杂项", [["随便写的"], ["没有表头"]]);
    await expect(addFillRules(excel.run, SONGWENNUAN_TEMPLATE)).rejects.toMatchObject({ code: "header-not-found", messageZh: expect.stringContaining("杂项") });
    expect(excel.model.xmlParts).toHaveLength(0);
  });
});

describe("清除 (clearFillRules)", () => {
  it("removes exactly what 加上填写规则 added, keeping the clerk's own validation, in at most three syncs", async () => {
    const excel = roster();
    const own = { rule: { list: { inCellDropDown: true, source: "哈密市,伊吾县" } }, prompt: null, errorAlert: null, ignoreBlanks: true };
    excel.model.sheet("名单")!.setValidation(3, 2, own);
    await addFillRules(excel.run, SONGWENNUAN_TEMPLATE);
    expect(excel.model.xmlParts.map((part) => part.namespaceUri)).toEqual([FILL_RULES_NAMESPACE]);
    excel.model.resetStats();
    expect(await clearFillRules(excel.run)).toBe(7);
    expect(excel.model.stats.syncs).toBeLessThanOrEqual(3);
    const sheet = excel.model.sheet("名单")!;
    expect([...sheet.validations.values()]).toEqual([own]);
    expect(excel.model.xmlParts).toHaveLength(0);
    expect(await clearFillRules(excel.run)).toBe(0);
  });

  it("adding twice replaces its own rules instead of keeping them as the clerk's; 清除 then removes them all", async () => {
    const excel = roster();
    await addFillRules(excel.run, SONGWENNUAN_TEMPLATE);
    const again = await addFillRules(excel.run, SONGWENNUAN_TEMPLATE, 10);
    expect(again.keptOwn).toEqual([]);
    expect(again.lastRow).toBe(15);
    const sheet = excel.model.sheet("名单")!;
    expect(sheet.validation(100, 8)).toBeUndefined();
    await clearFillRules(excel.run);
    expect(sheet.validations.size).toBe(0);
  });
});
