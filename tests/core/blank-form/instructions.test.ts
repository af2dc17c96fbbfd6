import { instructionLines } from "../../../src/core/blank-form/instructions";
import { applyRuleOverrides } from "../../../src/core/template/load-template";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";

const lines = instructionLines(SONGWENNUAN_TEMPLATE, "送温暖慰问花名册");
const text = lines.join("\n");

describe("instructionLines (填报说明)", () => {
  it("numbers every line", () => {
    lines.forEach((line, i) => expect(line.startsWith(`${i + 1}. `)).toBe(true));
  });

  it("states the template's rules in plain Chinese", () => {
    expect(text).toContain("必填：地区、姓名、慰问金额（元）。");
    expect(text).toContain("身份证号码、档案编号、银行卡号、联系电话已设为文本格式");
    expect(text).toContain("最低慰问标准：全总每户不低于 1,000 元；省总每户不低于 1,000 元。");
    expect(text).toContain("建档级别为全总、省总、市总或人员类别为困难职工、困难劳模、困难农民工的，必须填写档案编号（先建档、后帮扶）。");
    expect(text).toContain("户名必须与姓名相同（严禁代签代领）。");
    expect(text).toContain("每户不超过 20,000 元。");
    expect(text).toContain("不得重复慰问");
    expect(text).toContain("身份证号码、银行卡号、联系电话是敏感个人信息");
    // Validation does not stop pasted values: the form never promises more than it checks.
    expect(lines[lines.length - 1]).toContain("粘贴进来的内容不会被拦住");
  });

  it("follows the template: no minimums (one 0 元 entry), no line; an archive-number pattern, a line", () => {
    const changed = applyRuleOverrides(SONGWENNUAN_TEMPLATE, { rules: { minimums: [{ minYuan: 0 }], archiveNoPattern: "^[0-9]{6}$" } });
    const other = instructionLines(changed, "表").join("\n");
    expect(other).not.toContain("最低慰问标准");
    expect(other).toContain("档案编号须符合格式（正则表达式）：^[0-9]{6}$");
  });

  it("a template without an 户名 column says nothing about it", () => {
    const withoutHolder = { ...SONGWENNUAN_TEMPLATE, fields: SONGWENNUAN_TEMPLATE.fields.filter((f) => f.key !== "accountHolder") };
    expect(instructionLines(withoutHolder, "表").join("\n")).not.toContain("户名");
  });
});
