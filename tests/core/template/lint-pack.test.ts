import laomoJson from "../../../assets/templates/laomo-weiwen.json";
import yiliaoJson from "../../../assets/templates/yiliao-huzhu.json";
import { lintPack } from "../../../src/core/template/lint-pack";

const copy = (json: unknown): Record<string, any> => JSON.parse(JSON.stringify(json));
const lines = (problems: readonly { path: string; zh: string }[]) => problems.map((problem) => `${problem.path}: ${problem.zh}`);

describe("lintPack (report forms --check)", () => {
  it("passes every shipped pack with no refusal and no warning", () => {
    for (const json of [laomoJson, yiliaoJson]) expect(lintPack(copy(json))).toMatchObject({ refused: [], warnings: [] });
  });

  it("refuses an unknown key, naming the keys it knows", () => {
    const json = copy(yiliaoJson);
    json.fields[2].requird = true;
    expect(lines(lintPack(json).refused)).toEqual([expect.stringMatching(/^fields\[2\]\.requird: 未知的键，可用：key、label/)]);
  });

  it("refuses money left ambiguous: several money fields, none summed", () => {
    const json = copy(yiliaoJson);
    delete json.fields[11].sum;
    expect(lines(lintPack(json).refused)).toEqual([expect.stringMatching(/^fields: 有3个金额字段：医疗总费用（元）（totalCost）、自付金额（元）（selfPaid）、互助金额（元）（mutualAid）/)]);
  });

  it("refuses a summary naming a dimension the pack does not have", () => {
    const json = copy(yiliaoJson);
    json.summaries[1].text = "其中{#医院}{医院}{户数}人次{/医院}。";
    expect(lines(lintPack(json).refused)).toEqual([expect.stringMatching(/^summaries\[1\]\.text: .*无法识别占位符 \{#医院\}/)]);
  });

  it("warns of rules that can never fire: a table keyed on a value outside the list, no ID to count people by, a minimum of 0", () => {
    const json = copy(laomoJson);
    json.rules[0].table[1].when.modelLevel = "自治区级";
    json.rules[0].table[2].yuan = 0;
    const lint = lintPack(json);
    expect(lint.refused).toEqual([]);
    expect(lines(lint.warnings)).toEqual([
      "rules[0].table[1].when.modelLevel: “自治区级”不是劳模级别的可选值（全国、省部级、地市级），这条规则永远不会报出问题",
      "rules[0].table[2].yuan: 最低标准为 0 元：任何金额都不低于它，这条规则永远不会报出问题",
    ]);
    const noId = copy(yiliaoJson);
    delete noId.person.id;
    expect(lines(lintPack(noId).warnings)).toEqual(["rules[3].kind: 本表没有指明身份证号字段（person.id），无从区分是不是同一人，这条规则永远不会报出问题"]);
  });

  it("warns where records-per-person sits beside duplicate-person, which flags every second record first", () => {
    const json = copy(yiliaoJson);
    json.rules.push({ kind: "unique", fields: ["idNumber"], code: "duplicate-person" });
    expect(lines(lintPack(json).warnings)).toEqual(["rules[3].max: 同时有 duplicate-person 规则：同一人的第二条记录已被它报为重复，这条规则永远不会报出问题"]);
  });
});
