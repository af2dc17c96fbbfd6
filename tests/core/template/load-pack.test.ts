import laomoJson from "../../../assets/templates/laomo-weiwen.json";
import songwennuanJson from "../../../assets/templates/songwennuan.json";
import { ReportError } from "../../../src/core/errors";
import { parsePack } from "../../../src/core/template/load-pack";

function thrown(action: () => unknown): ReportError {
  try {
    action();
  } catch (error) {
    if (error instanceof ReportError) return error;
  }
  throw new Error("expected a ReportError");
}

/** A copy of the bundled 送温暖 pack a test may spoil. */
function songwennuan(): Record<string, any> {
  return JSON.parse(JSON.stringify(songwennuanJson));
}

/** The "path: problem" lines of a refused pack, in Chinese. */
function problemLines(json: unknown): string[] {
  const error = thrown(() => parsePack(json));
  expect(error.code).toBe("template-invalid");
  return error.messageZh.replace(/^模板有误：/, "").split("；");
}

describe("parsePack", () => {
  it("accepts the bundled 送温暖 pack", () => {
    const pack = parsePack(songwennuan());
    expect(pack.id).toBe("songwennuan");
    expect(pack.fields.map((field) => field.key)).toContain("idNumber");
  });

  it("names a rule's unknown field and a payment field of the wrong type, one line each", () => {
    const json = songwennuan();
    json.rules[4].equals = ["nmae"];
    json.payment.account = "phone";
    expect(problemLines(json)).toEqual(["payment.account: 字段 phone 的类型是 phone，这里须为 bank-account", "rules[4].equals[0]: 未知字段 nmae"]);
  });

  it("says the same in English", () => {
    const json = songwennuan();
    json.dimensions[0].field = "county";
    expect(thrown(() => parsePack(json)).messageEn).toBe("Invalid template: dimensions[0].field: unknown field county");
  });

  it("names a misspelt key inside a rule, judged against the rule's own kind", () => {
    const json = songwennuan();
    json.rules[2].yaun = 5;
    expect(problemLines(json)).toEqual(["rules[2].yaun: 未知的键，可用：kind、field、yuan、code、severity"]);
  });

  it("lists the rule kinds when a rule's kind is unknown", () => {
    const json = songwennuan();
    json.rules[0].kind = "archive";
    expect(problemLines(json)[0]).toMatch(/^rules\[0\]\.kind: 应为以下之一：required、required-if、.*archive-required/);
  });

  it("refuses a one-of field without values, type options on the wrong type, and a duplicate key", () => {
    const json = songwennuan();
    json.fields[5].type = "one-of";
    json.fields[0].unit = "元";
    json.fields[16].key = "seq";
    expect(problemLines(json)).toEqual([
      "fields[0].unit: 仅 money 类型的字段可用此项",
      "fields[5].values: one-of 类型的字段须列出可选值",
      "fields[16].key: 字段“seq”重复",
    ]);
  });

  it("refuses a minimum entry keyed by a field its rule does not list in by, and an unknown issue code", () => {
    const json = songwennuan();
    json.rules[1].table[0].when = { region: "地直" };
    json.rules[5].code = "duplicate-persons";
    expect(problemLines(json)).toEqual(["rules[1].table[0].when.region: 字段 region 不在 by 中", "rules[5].code: 未知的问题代码 duplicate-persons"]);
  });

  it("refuses a ceiling on a field that is not money and a code whose severity contradicts the catalogue", () => {
    const json = songwennuan();
    json.rules[2].field = "remark";
    json.rules[6].severity = "error";
    expect(problemLines(json)).toEqual(["rules[2].field: 字段 remark 的类型是 text，这里须为 money", "rules[6].severity: 问题代码 account-shared 的级别是 warning"]);
  });

  it("accepts a near miss: the same references spelt right", () => {
    const json = songwennuan();
    json.rules.push({ kind: "required-if", field: "archiveNo", when: [{ field: "archiveLevel", in: ["全总"] }] });
    expect(parsePack(json).rules).toHaveLength(json.rules.length);
  });

  it("refuses a file that is not a pack at all, naming format and version", () => {
    const json = songwennuan();
    json.format = "something-else";
    delete json.version;
    expect(problemLines(json)).toEqual(["format: 应为以下之一：baobiao-template", "version: 缺少此项"]);
  });
});

describe("parsePack: codes on rules", () => {
  it("refuses a catalogue code on a rule the built-in check cannot take (unique on another field)", () => {
    const json = songwennuan();
    json.rules[5].fields = ["phone"];
    expect(problemLines(json)).toEqual([
      "rules[5].code: 问题代码 duplicate-person 只用于内置检查对应的字段，这条 unique 规则报为 duplicate-value，请删去 code 或改为 duplicate-value",
    ]);
  });

  it("accepts a generic rule stating its own kind's code (near miss)", () => {
    const json = songwennuan();
    json.rules.push({ kind: "unique", fields: ["phone"], code: "duplicate-value", severity: "warning" });
    expect(() => parsePack(json)).toThrow(/rules\[8\]\.severity: 问题代码 duplicate-value 的级别是 error/);
    json.rules[8].severity = "error";
    expect(parsePack(json).rules).toHaveLength(9);
  });
});

describe("parsePack: summaries", () => {
  it("names a summary's unknown placeholder, judged with the pack's own dimensions", () => {
    const json = songwennuan();
    json.summaries[1].text = "{#人员类别}{人员类别}{户数}人{/人员类别}，{#入学层次}{/入学层次}";
    const [line] = problemLines(json);
    expect(line).toMatch(/^summaries\[1\]\.text: 总结模板第 \d+ 个字符处：无法识别占位符 \{#入学层次\}/);
  });

  it("accepts loops over its dimensions by name and values picked by name (near miss)", () => {
    const json = songwennuan();
    json.summaries[1].text = "{#人员类别}{人员类别}{户数}人{/人员类别}，其中地直{地直.户数}户。";
    expect(parsePack(json).summaries[1].text).toContain("{地直.户数}");
  });
});

describe("parsePack: which money makes the row's amount", () => {
  /** The 劳模 pack, its two money fields (慰问金, 特殊困难帮扶金) stripped of `sum`. */
  function laomoWithoutSum(): Record<string, any> {
    const json = JSON.parse(JSON.stringify(laomoJson));
    // Its two paid columns only: the 小计 column and its rule are not what these tests are about.
    json.fields = json.fields.filter((field: { key: string }) => field.key !== "subtotal");
    json.rules = json.rules.filter((rule: { kind: string }) => rule.kind !== "row-subtotal");
    for (const field of json.fields) delete field.sum;
    return json;
  }

  it("refuses a pack with two money fields and no sum, naming both", () => {
    expect(problemLines(laomoWithoutSum())).toEqual([
      'fields: 有2个金额字段：慰问金（元）（condolence）、特殊困难帮扶金（元）（hardshipAid），须在计入每行金额（合计、汇总）的字段上写 "sum": true，其余写 "sum": false',
    ]);
    const json = laomoWithoutSum();
    json.fields.find((field: { key: string }) => field.key === "condolence").sum = false;
    expect(problemLines(json)).toHaveLength(1);
  });

  it("accepts one money field summed and the other said not to be (near miss), and one money field alone", () => {
    const json = laomoWithoutSum();
    json.fields.find((field: { key: string }) => field.key === "hardshipAid").sum = false;
    json.fields.find((field: { key: string }) => field.key === "condolence").sum = true;
    expect(parsePack(json).fields.filter((field) => field.sum === true).map((field) => field.key)).toEqual(["condolence"]);
    expect(parsePack(songwennuan()).fields.filter((field) => field.type === "money")).toHaveLength(1);
  });
});
