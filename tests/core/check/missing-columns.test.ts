import laomoJson from "../../../assets/templates/laomo-weiwen.json";
import jinqiuJson from "../../../assets/templates/jinqiu-zhuxue.json";
import { checkGrid } from "../../../src/core/check/check-grid";
import { ReportError } from "../../../src/core/errors";
import { parsePack } from "../../../src/core/template/load-pack";
import { packToTemplate } from "../../../src/core/template/pack-to-template";

const LAOMO = packToTemplate(parsePack(laomoJson));
const TODAY = new Date(Date.UTC(2018, 0, 15));

/** A 劳模 roster as one county wrote it: no 户名 column, a 发放方式 column the form does not know. */
const NO_HOLDER = [
  ["地区", "姓名", "身份证号码", "劳模级别", "是否困难劳模", "慰问金（元）", "发放方式", "银行卡号"],
  ["城关区", "张三", "11010519491231002X", "全国", "否", 2000, "银行卡", "6222021234567890128"],
  ["城关区", "李四", "440524188001010014", "省部级", "否", 800, "银行卡", "6222021234567890136"],
];

describe("a header without one of the columns every row needs", () => {
  const result = checkGrid(LAOMO, { sheet: "劳模", rows: NO_HOLDER, today: TODAY });

  it("is one sheet-level error naming the field and the headings it accepts, not 找不到表头", () => {
    const missing = result.issues.filter((issue) => issue.code === "column-missing");
    expect(missing.map((issue) => [issue.cell, issue.severity])).toEqual([["A1", "error"]]);
    expect(missing[0].message).toBe("表头里没有户名列（可写作 户名/开户人/持卡人/开户名）：各行的户名都未校验，其余各项照常校验。请补上这一列，或在列对应中指明哪一列是户名。");
    expect(missing[0].messageEn).toContain("The header has no");
  });

  it("never offers an unrelated heading as the missing column (发放方式 is nothing like 户名)", () => {
    expect(result.issues.map((issue) => issue.message).join("")).not.toContain("发放方式");
  });

  it("still runs every other rule and computes the totals", () => {
    expect(result.issues.filter((issue) => issue.code !== "column-missing").map((issue) => `${issue.cell} ${issue.code}`)).toEqual(["F3 amount-below-minimum"]);
    expect(result.dataRows).toBe(2);
    expect(result.total.amountFen).toBe(280000);
    expect(result.issues.some((issue) => issue.code === "required-missing")).toBe(false);
  });

  it("offers a heading close in meaning: 持卡人姓名 for 户名", () => {
    const rows = NO_HOLDER.map((row, i) => [...row, i === 0 ? "持卡人姓名" : "张三"]);
    // 持卡人姓名 is not an alias of 户名, but shares 持卡人 with one.
    const near = checkGrid(LAOMO, { sheet: "劳模", rows, today: TODAY }).issues.find((issue) => issue.code === "column-missing")!;
    expect(near.message).toContain("表头中的“持卡人姓名”可能就是这一列：可在列对应中把它选为户名。");
  });
});

describe("a header that is not found at all", () => {
  it("offers an alias only for a heading close in meaning (姓名 as 学生姓名), never 身份证号码 as 地区 or 发放方式 as 户名", () => {
    const template = packToTemplate(parsePack(jinqiuJson));
    let error: unknown;
    try {
      checkGrid(template, { sheet: "金秋", rows: [["姓名", "身份证号码", "发放方式", "录取学校"], ["张三", "11010519491231002X", "银行卡", "兰州大学"]] });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ReportError);
    const message = (error as ReportError).messageZh;
    expect(message).toContain("找不到表头");
    expect(message).not.toMatch(/"key":"region","aliases":\["身份证号码"\]/);
    expect(message).not.toMatch(/"key":"accountHolder","aliases":\["发放方式"\]/);
    // 姓名 is close to 学生姓名: that pairing is the one offered.
    expect(message).toContain('{"fields":[{"key":"studentName","aliases":["姓名"]}]}');
  });
});
