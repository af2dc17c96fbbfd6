import { ReportError } from "../../../src/core/errors";
import { applyRuleOverrides, parseTemplate } from "../../../src/core/template/load-template";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";

function thrown(action: () => unknown): ReportError {
  try {
    action();
  } catch (error) {
    if (error instanceof ReportError) return error;
  }
  throw new Error("expected a ReportError");
}

describe("parseTemplate", () => {
  it("accepts the built-in template as JSON", () => {
    expect(parseTemplate(JSON.parse(JSON.stringify(SONGWENNUAN_TEMPLATE)))).toEqual(SONGWENNUAN_TEMPLATE);
  });

  it("rejects a template without fields, naming the key", () => {
    const error = thrown(() => parseTemplate({ ...SONGWENNUAN_TEMPLATE, fields: [] }));
    expect(error.code).toBe("template-invalid");
    expect(error.messageZh).toContain("fields: 至少要有1项");
  });
});

describe("applyRuleOverrides", () => {
  it("replaces the minimum table and keeps every other rule", () => {
    const template = applyRuleOverrides(SONGWENNUAN_TEMPLATE, { rules: { minimums: [{ group: "困难职工", minYuan: 1500 }] } });
    expect(template.rules.minimums).toEqual([{ group: "困难职工", minYuan: 1500 }]);
    expect(template.rules.archiveLevels).toEqual(["全总", "省总", "市总"]);
    expect(template.fields).toEqual(SONGWENNUAN_TEMPLATE.fields);
  });

  it("sets an archive-number pattern", () => {
    expect(applyRuleOverrides(SONGWENNUAN_TEMPLATE, { rules: { archiveNoPattern: "QZ\\d{4}" } }).rules.archiveNoPattern).toBe("QZ\\d{4}");
  });

  it("names every bad key path and what is wrong, in both languages", () => {
    const error = thrown(() =>
      applyRuleOverrides(SONGWENNUAN_TEMPLATE, {
        rules: { minimums: [{ level: "全总", minYuan: "一千" }], minimun: [] },
        colour: "red",
      }),
    );
    expect(error.code).toBe("rules-invalid");
    expect(error.messageZh).toContain("rules.minimums[0].minYuan: 应为数字");
    expect(error.messageEn).toContain("rules.minimums[0].minYuan: expected a number");
    expect(error.messageZh).toContain("rules.minimun: 未知的键");
    expect(error.messageZh).toContain("colour: 未知的键");
  });

  it("rejects an invalid regular expression and a negative minimum", () => {
    const error = thrown(() =>
      applyRuleOverrides(SONGWENNUAN_TEMPLATE, { rules: { archiveNoPattern: "QZ(", minimums: [{ minYuan: -5 }] } }),
    );
    expect(error.messageZh).toContain("rules.archiveNoPattern: 不是有效的正则表达式");
    expect(error.messageEn).toContain("rules.archiveNoPattern: not a valid regular expression");
    expect(error.messageZh).toContain("rules.minimums[0].minYuan: 不能小于0");
  });

  it("rejects a rules file that is not an object", () => {
    expect(thrown(() => applyRuleOverrides(SONGWENNUAN_TEMPLATE, [1, 2])).code).toBe("rules-invalid");
  });
});
