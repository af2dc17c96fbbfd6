import { checkRows, flagged, person } from "../check/roster-fixture";

describe("amount-invalid", () => {
  it.each(["一千元", "1000/户", { error: "#VALUE!" }, -1000])("flags %j", (amount) => {
    expect(flagged(checkRows([person({ amount })]), "amount-invalid")).toEqual(["I2 amount-invalid"]);
  });

  it("accepts text amounts clerks write", () => {
    expect(flagged(checkRows([person({ amount: "1,200.00元" })]), "amount-invalid")).toEqual([]);
  });

  it("tells a formula with no saved result to be calculated, not to be typed as digits", () => {
    const result = checkRows([person({ amount: { error: "#公式未计算" } })]);
    expect(flagged(result, "amount-invalid")).toEqual(["I2 amount-invalid"]);
    const issue = result.issues.find((i) => i.code === "amount-invalid")!;
    expect(issue.message).toBe(
      "慰问金额是公式，但文件里没有保存它的计算结果（#公式未计算）：请用 Excel 或 WPS 打开此文件并保存（保存时会算出结果），或直接填写金额（单位元）。",
    );
    expect(issue.message).not.toContain("请填写数字");
  });
});
