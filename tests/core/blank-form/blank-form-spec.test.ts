import { blankFormSpec, MAX_BLANK_ROWS, type BlankColumn } from "../../../src/core/blank-form/blank-form-spec";
import { MAX_ALERT_CHARS, MAX_PROMPT_CHARS, MAX_PROMPT_TITLE_CHARS } from "../../../src/core/blank-form/data-validation";
import type { FieldKey } from "../../../src/core/fields";
import { applyRuleOverrides } from "../../../src/core/template/load-template";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";

const spec = blankFormSpec(SONGWENNUAN_TEMPLATE);
const column = (key: FieldKey, columns: readonly BlankColumn[] = spec.columns) => columns.find((c) => c.key === key)!;

describe("blankFormSpec", () => {
  it("lays out title, unit line and the template's labels as the header, 200 blank rows by default", () => {
    expect(spec.title).toBe("送温暖慰问花名册");
    expect(spec.unitLine).toMatch(/^填报单位.*单位：元$/);
    expect([spec.headerRow, spec.firstDataRow, spec.lastDataRow]).toEqual([3, 4, 203]);
    expect(spec.columns.map((c) => c.header)).toEqual(SONGWENNUAN_TEMPLATE.fields.map((f) => f.label));
    expect(spec.columns.map((c) => c.column)).toEqual(SONGWENNUAN_TEMPLATE.fields.map((_, i) => i + 1));
    expect(blankFormSpec(SONGWENNUAN_TEMPLATE, 5).lastDataRow).toBe(8);
  });

  it("formats ID, account, phone and archive-number columns as text, and only those", () => {
    expect(spec.columns.filter((c) => c.textFormat).map((c) => c.key)).toEqual(["idNumber", "archiveNo", "account", "phone"]);
    expect(spec.columns.filter((c) => c.sensitive).map((c) => c.key)).toEqual(["idNumber", "account", "phone"]);
  });

  it("ID: text length exactly 18, a warning (15-digit numbers stay possible, as the check only warns)", () => {
    const id = column("idNumber").validation!;
    expect(id.rule).toEqual({ type: "textLength", min: 18, max: 18 });
    expect(id.alert).toMatchObject({ style: "warning" });
    expect(id.alert!.message).toContain("15 位");
  });

  it("money: a number from 0 to the default ceiling of 20,000 yuan, refused otherwise; the minimums in the prompt", () => {
    const amount = column("amount").validation!;
    expect(amount.rule).toEqual({ type: "decimal", min: 0, max: 20000 });
    expect(amount.alert).toMatchObject({ style: "stop" });
    expect(amount.prompt.message).toContain("必填");
    expect(amount.prompt.message).toContain("全总每户不低于 1,000 元");
  });

  it("money: a template's own ceiling wins over the default", () => {
    const withCeiling = { ...SONGWENNUAN_TEMPLATE, rules: { ...SONGWENNUAN_TEMPLATE.rules, amountCeilingYuan: 5000 } };
    const amount = column("amount", blankFormSpec(withCeiling).columns).validation!;
    expect(amount.rule).toEqual({ type: "decimal", min: 0, max: 5000 });
    expect(amount.alert!.message).toContain("5,000");
  });

  it("one-of fields: dropdowns of the values the template's rules already know", () => {
    expect(column("archiveLevel").validation!.rule).toEqual({ type: "list", values: ["全总", "省总", "市总"] });
    expect(column("group").validation!.rule).toEqual({ type: "list", values: ["困难职工", "困难劳模", "困难农民工"] });
    expect(column("payMethod").validation!.rule).toEqual({ type: "list", values: ["银行卡", "存折", "现金"] });
    expect(column("modelWorker").validation!.rule).toEqual({ type: "list", values: ["是", "否"] });
  });

  it("a province's own rules change the form: its levels, groups and minimums", () => {
    const province = applyRuleOverrides(SONGWENNUAN_TEMPLATE, {
      rules: {
        archiveLevels: ["全总级", "省总", "区县级"],
        minimums: [{ level: "全总", minYuan: 1500 }, { level: "市总", group: "一线职工", minYuan: 800 }],
      },
    });
    const form = blankFormSpec(province);
    // 全总 folds onto 全总级: one entry, the first spelling.
    expect(column("archiveLevel", form.columns).validation!.rule).toEqual({ type: "list", values: ["全总级", "省总", "区县级", "市总"] });
    expect(column("group", form.columns).validation!.rule).toMatchObject({ values: ["困难职工", "困难劳模", "困难农民工", "一线职工"] });
    expect(form.instructions.join("\n")).toContain("市总一线职工每户不低于 800 元");
  });

  it("account and phone: length bounds as warnings, mirroring the check", () => {
    expect(column("account").validation).toMatchObject({ rule: { type: "textLength", min: 16, max: 19 }, alert: { style: "warning" } });
    expect(column("phone").validation).toMatchObject({ rule: { type: "textLength", min: 10, max: 13 }, alert: { style: "warning" } });
    expect(column("account").validation!.prompt.message).toContain("发放方式为银行卡、存折或未填的，必须填写银行卡号");
  });

  it("户名 says it must equal 姓名; free columns with nothing to say get no validation", () => {
    expect(column("accountHolder").validation).toEqual({ rule: { type: "any" }, prompt: { title: "户名", message: "户名必须与姓名相同（严禁代签代领）。" } });
    expect(column("seq").validation).toBeNull();
    expect(column("remark").validation).toBeNull();
    expect(column("region").validation!.prompt.message).toBe("必填。");
  });

  it("keeps every prompt and alert within Excel's limits", () => {
    for (const { validation } of spec.columns) {
      if (!validation) continue;
      expect(validation.prompt.title.length).toBeLessThanOrEqual(MAX_PROMPT_TITLE_CHARS);
      expect(validation.prompt.message.length).toBeLessThanOrEqual(MAX_PROMPT_CHARS);
      expect(validation.alert?.title.length ?? 0).toBeLessThanOrEqual(MAX_PROMPT_TITLE_CHARS);
      expect(validation.alert?.message.length ?? 0).toBeLessThanOrEqual(MAX_ALERT_CHARS);
    }
  });

  it("refuses a row count outside 1..MAX_BLANK_ROWS", () => {
    expect(() => blankFormSpec(SONGWENNUAN_TEMPLATE, 0)).toThrow(RangeError);
    expect(() => blankFormSpec(SONGWENNUAN_TEMPLATE, MAX_BLANK_ROWS + 1)).toThrow(RangeError);
  });
});
