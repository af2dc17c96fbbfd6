import { checkGrid } from "../../../src/core/check/check-grid";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { checkRows, flagged, HEADER, person, TODAY } from "../check/roster-fixture";

describe("amount-text", () => {
  it.each(["800元", "800", "1,000.00", "¥1200"])("warns about %j stored as text, and still counts it", (amount) => {
    const result = checkRows([person({ amount, level: "市总" })]);
    expect(flagged(result)).toEqual(["I2 amount-text"]);
    expect(result.issues[0].severity).toBe("warning");
    expect(result.issues[0].message).toContain(`慰问金额“${amount}”`);
    expect(result.issues[0].message).toContain("Excel 的求和（SUM）会漏掉它");
    expect(result.total.amountFen).toBeGreaterThan(0);
  });

  it("tells digits stored as text from an amount with words in it", () => {
    const [digits] = checkRows([person({ amount: "800", level: "市总" })]).issues;
    expect(digits.message).toBe("慰问金额“800”是以文本保存的数字：本工具按800.00元计入，但 Excel 的求和（SUM）会漏掉它；请选中该单元格，点旁边的感叹号选“转换为数字”。");
    const [words] = checkRows([person({ amount: "800元", level: "市总" })]).issues;
    expect(words.message).toBe("慰问金额“800元”带有文字，Excel 把它当作文本：本工具按800.00元计入，但 Excel 的求和（SUM）会漏掉它；请去掉“元”等文字，只填数字。");
  });

  it("full-width digits: read as the number they are, and the advice says so (not 去掉“元”等文字)", () => {
    const result = checkRows([person({ amount: "１０００", level: "市总" })]);
    expect(result.total.amountFen).toBe(100_000);
    expect(result.issues[0].message).toBe("慰问金额“１０００”是全角数字：本工具已按1,000.00元读取，但 Excel 把它当作文本，求和（SUM）会漏掉它；请改为半角数字 1000。");
    expect(result.issues[0].messageEn).toContain("full-width digits");
    // Full-width with words still gets the words advice.
    expect(checkRows([person({ amount: "１０００元", level: "市总" })]).issues[0].message).toContain("请去掉“元”等文字");
  });

  it("says nothing of a number, or of text that is no amount (amount-invalid says that)", () => {
    expect(flagged(checkRows([person({ amount: 800, level: "市总" })]))).toEqual([]);
    expect(flagged(checkRows([person({ amount: "八百", level: "市总" })]))).toEqual(["I2 amount-invalid"]);
  });

  it("in a CSV, where every cell is text, warns only about what Excel would not read as a number", () => {
    const csv = (amount: string) =>
      checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "s", rows: [HEADER, person({ amount, level: "市总" })], today: TODAY, textOnly: true }).issues.map((i) => i.code);
    expect(csv("800")).toEqual([]);
    expect(csv("1,000.00")).toEqual([]);
    expect(csv("800元")).toEqual(["amount-text"]);
  });
});
