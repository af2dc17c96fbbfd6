import { guessColumns } from "../../../src/core/draft/guess-columns";
import { sampleSheet } from "../../../src/core/draft/sheet-sample";

/** A 女职工关爱 sheet written by hand, nothing like the bundled forms: title, 填报单位 line, header, rows, 合计. */
const SHEET = [
  ["2025年三八节女职工关爱慰问表"],
  ["填报单位：石油基地工会", null, null, null, null, null, null, "单位：万元"],
  ["序号", "单位名称", "职工姓名", "公民身份号码", "关爱类别", "慰问金额（万元）", "发放时间", "联系方式", "家庭人口", "备注"],
  [1, "采油一厂", "刘芳", "652201198503041226", "单亲女职工", 0.05, "2025-03-06", "13899012345", 3, null],
  [2, "采油一厂", "马丽", "652201199001011234", "患病女职工", 0.1, "2025-03-06", "13899012346", 2, "住院"],
  [3, "机关", "王静", "652201197805051236", "单亲女职工", 0.05, "2025-03-07", "13899012347", 4, null],
  [4, "机关", "张敏", "652201198806061238", "困难女职工", 0.05, "2025-03-07", "13899012348", 1, null],
  [5, "钻井公司", "李燕", "652201198207071230", "单亲女职工", 0.05, "2025-03-08", "13899012349", 2, null],
  [6, "钻井公司", "赵红", "652201199208081232", "困难女职工", 0.05, "2025-03-08", "13899012340", 3, null],
  ["合计", null, null, null, null, 0.35],
];

describe("guessColumns", () => {
  const sample = sampleSheet(SHEET)!;

  it("finds the header under the title and 填报单位 lines, and leaves the 合计 row out of the data", () => {
    expect(sample.headerRow).toBe(3);
    expect(sample.rows).toHaveLength(6);
  });

  it("guesses each column's kind from its heading and values, in the clerk's words", () => {
    const guessed = guessColumns(sample).map((choice) => [choice.heading, choice.kind]);
    expect(guessed).toEqual([
      ["序号", "skip"],
      ["单位名称", "region"],
      ["职工姓名", "name"],
      ["公民身份号码", "id-number"],
      ["关爱类别", "category"],
      ["慰问金额（万元）", "money"],
      ["发放时间", "date"],
      ["联系方式", "phone"],
      ["家庭人口", "number"],
      ["备注", "text"],
    ]);
  });

  it("takes the unit from the heading, the choices from the column's values, required where every row is filled", () => {
    const choices = guessColumns(sample);
    const money = choices.find((choice) => choice.kind === "money")!;
    expect([money.unit, money.sum, money.required]).toEqual(["万元", true, true]);
    expect(choices.find((choice) => choice.kind === "category")!.choices).toEqual(["单亲女职工", "患病女职工", "困难女职工"]);
    expect(choices.find((choice) => choice.heading === "备注")!.required).toBe(false);
  });

  it("with several money columns, sums the one paid, not the cost it is reckoned from (near miss: 医疗总费用 is money too)", () => {
    const stays = sampleSheet([
      ["姓名", "医疗总费用", "自付金额", "给付比例", "互助金额"],
      ...[1, 2, 3].map((i) => [`王${i}`, 9000, 3000, "80%", 2400]),
    ])!;
    expect(guessColumns(stays).map((choice) => `${choice.heading}:${choice.kind}${choice.sum ? "+" : ""}`)).toEqual([
      "姓名:name",
      "医疗总费用:money",
      "自付金额:money",
      "给付比例:number",
      "互助金额:money+",
    ]);
  });

  it("reads a column by its values where the heading says nothing: IDs, accounts, a short list repeated", () => {
    const rows = [
      ["人", "号", "卡", "组"],
      ...[0, 1, 2, 3, 4, 5].map((i) => [`王${i}`, "652201198503041226", "6222021234567894", i % 2 === 0 ? "甲" : "乙"]),
    ];
    expect(guessColumns(sampleSheet(rows)!).map((choice) => choice.kind)).toEqual(["text", "id-number", "bank-account", "category"]);
  });
});
