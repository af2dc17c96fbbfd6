import type { CellValue } from "../../../src/core/cell";
import { checkGrid } from "../../../src/core/check/check-grid";
import { ReportError } from "../../../src/core/errors";
import { applyRuleOverrides, parseTemplate } from "../../../src/core/template/load-template";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import type { Template } from "../../../src/core/template/schema";

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

describe("applyRuleOverrides: fields merge with the built-in ones", () => {
  const region = (template: Template) => template.fields.find((field) => field.key === "region")!;

  it("adds an alias and keeps the other sixteen fields and the region's own aliases", () => {
    const template = applyRuleOverrides(SONGWENNUAN_TEMPLATE, { fields: [{ key: "region", label: "地区", aliases: ["社区"], required: true }] });
    expect(template.fields.map((field) => field.key)).toEqual(SONGWENNUAN_TEMPLATE.fields.map((field) => field.key));
    expect(region(template).aliases).toEqual([...region(SONGWENNUAN_TEMPLATE).aliases, "社区"]);
    expect(template.fields.filter((field) => field.key !== "region")).toEqual(SONGWENNUAN_TEMPLATE.fields.filter((field) => field.key !== "region"));
  });

  it("gives a roster the same verdict as the full alias list plus that alias", () => {
    const rows: CellValue[][] = [
      ["序号", "社区", "姓名", "身份证号码", "人员类别", "建档级别", "档案编号", "慰问金额（元）", "发放方式", "银行卡号", "户名", "联系电话"],
      [1, "东街", "张三", "652201198001011235", "困难职工", "全总", "QZ1", 800, "银行卡", "6222021234567894", "张三", "13812345678"],
      [2, "东街", "李四", "652201198001011236", "困难职工", "全总", null, 1000, "银行卡", "6222021234567894", "李四", "123"],
      [3, null, "王五", "652201197506120045", "困难职工", "省总", "QZ3", "壹仟", "银行卡", null, "赵六", "13812345678"],
      [4, "西街", "孙七", "652201197506120045", "困难职工", "全总", "QZ4", 1200, "现金", null, "孙七", "13812345678"],
      [null, "小计", null, null, null, null, null, 9999, null, null, null, null],
    ];
    const overridden = applyRuleOverrides(SONGWENNUAN_TEMPLATE, { fields: [{ key: "region", label: "地区", aliases: ["社区"], required: true }] });
    const full: Template = { ...SONGWENNUAN_TEMPLATE, fields: SONGWENNUAN_TEMPLATE.fields.map((f) => (f.key === "region" ? { ...f, aliases: [...f.aliases, "社区"] } : f)) };
    const verdict = (template: Template) => checkGrid(template, { sheet: "花名册", rows, today: new Date(2025, 0, 15) });
    const expected = verdict(full);
    expect(expected.issues.filter((issue) => issue.severity === "error")).toHaveLength(9);
    expect(verdict(overridden)).toEqual(expected);
  });

  it("replaces a label, and the old label still names the column", () => {
    const template = applyRuleOverrides(SONGWENNUAN_TEMPLATE, { fields: [{ key: "amount", label: "慰问金（元）" }] });
    const amount = template.fields.find((field) => field.key === "amount")!;
    expect(amount.label).toBe("慰问金（元）");
    expect(checkGrid(template, { sheet: "s", rows: [["地区", "姓名", "慰问金额"], ["地直", "张三", 1000]] }).total.amountFen).toBe(100000);
  });

  it("moves a header text the clerk gives another field: 类别 meaning 困难类别", () => {
    const template = applyRuleOverrides(SONGWENNUAN_TEMPLATE, { fields: [{ key: "hardshipType", aliases: ["类别"] }] });
    const result = checkGrid(template, { sheet: "s", rows: [["地区", "姓名", "金额", "类别"], ["地直", "张三", 1000, "深度困难"]] });
    expect(result.columns).toMatchObject({ hardshipType: 4 });
    expect(result.columns.group).toBeUndefined();
  });

  it("removes a field only when told to, and never a required one", () => {
    const template = applyRuleOverrides(SONGWENNUAN_TEMPLATE, { fields: [{ key: "phone", remove: true }] });
    expect(template.fields.map((field) => field.key)).not.toContain("phone");
    const error = thrown(() => applyRuleOverrides(SONGWENNUAN_TEMPLATE, { fields: [{ key: "region", remove: true }] }));
    expect(error.code).toBe("rules-invalid");
    expect(error.messageZh).toContain("fields[0].remove: “地区”是必填列，不能删除");
  });

  it("refuses an override that leaves a required field no header to be found by", () => {
    const error = thrown(() => applyRuleOverrides(SONGWENNUAN_TEMPLATE, { fields: [{ key: "remark", aliases: ["姓名"] }] }));
    expect(error.messageZh).toContain("“姓名”是“name”列的列名，不能再给别的列");
    const taken = thrown(() =>
      applyRuleOverrides(SONGWENNUAN_TEMPLATE, {
        fields: [{ key: "region", label: "所属片区" }, { key: "remark", aliases: ["地区", "所属地区", "所在地区", "县(市、区)", "县市区", "县区", "片区", "乡镇", "街道", "乡镇(街道)", "所属片区"] }],
      }),
    );
    expect(taken.messageZh).toContain("fields[1].aliases: “所属片区”是“region”列的列名");
  });

  it("names a misspelt key and a wrong type inside a fields entry", () => {
    const error = thrown(() => applyRuleOverrides(SONGWENNUAN_TEMPLATE, { fields: [{ key: "region", alias: ["乡"] }, { key: "phone", aliases: "手机" }] }));
    expect(error.messageZh).toContain("fields[0].alias: 未知的键");
    expect(error.messageZh).toContain("fields[1].aliases: 应为列表");
  });
});

describe("applyRuleOverrides: every minimum switched off", () => {
  it("refuses a table whose every level is unknown (全总 read in the wrong encoding), naming each", () => {
    const error = thrown(() =>
      applyRuleOverrides(SONGWENNUAN_TEMPLATE, { rules: { minimums: [{ level: "ȫ��", minYuan: 1500 }, { level: "ʡ��", minYuan: 1500 }] } }),
    );
    expect(error.code).toBe("rules-invalid");
    expect(error.messageZh).toContain("rules.minimums[0].level: 建档级别“ȫ��”不是 archiveLevels 中的级别（全总、省总、市总）");
    expect(error.messageZh).toContain("rules.minimums[1].level");
    expect(error.messageEn).toContain("no minimum would ever apply");
  });

  it("is named together with every other problem of the file", () => {
    const error = thrown(() => applyRuleOverrides(SONGWENNUAN_TEMPLATE, { fields: [{ key: "name", remove: true }], rules: { minimums: [{ level: "区县", minYuan: 800 }] } }));
    expect(error.messageZh).toContain("fields[0].remove: “姓名”是必填列，不能删除；rules.minimums[0].level: 建档级别“区县”不是 archiveLevels 中的级别");
  });

  it("refuses an empty table, saying how to state that there is no minimum", () => {
    expect(thrown(() => applyRuleOverrides(SONGWENNUAN_TEMPLATE, { rules: { minimums: [] } })).messageZh).toContain('[{"minYuan": 0}]');
    expect(applyRuleOverrides(SONGWENNUAN_TEMPLATE, { rules: { minimums: [{ minYuan: 0 }] } }).rules.minimums).toEqual([{ minYuan: 0 }]);
  });

  it("accepts a table with one entry it knows beside a local level, and levels added to archiveLevels", () => {
    expect(() => applyRuleOverrides(SONGWENNUAN_TEMPLATE, { rules: { minimums: [{ level: "区县", minYuan: 800 }, { level: "全总级", minYuan: 1500 }] } })).not.toThrow();
    expect(() => applyRuleOverrides(SONGWENNUAN_TEMPLATE, { rules: { archiveLevels: ["全总", "区县"], minimums: [{ level: "区县", minYuan: 800 }] } })).not.toThrow();
    expect(() => applyRuleOverrides(SONGWENNUAN_TEMPLATE, { rules: { minimums: [{ group: "特困职工", minYuan: 1200 }] } })).not.toThrow();
  });
});
