import { checkRows, flagged, person } from "../check/roster-fixture";

describe("account-invalid", () => {
  it.each<[string | number, string]>([
    ["6222-0212-3456-7894", "chars"],
    ["62220212345", "length"],
    [6222021234567894, "numeric-lost"],
  ])("warns about %j (%s)", (account, variant) => {
    const result = checkRows([person({ account })]);
    expect(flagged(result)).toEqual(["K2 account-invalid"]);
    expect(result.issues[0].message).toEqual(
      variant === "numeric-lost" ? expect.stringContaining("文本") : expect.stringContaining(variant === "length" ? "现在是11位" : "数字以外"),
    );
  });

  it.each<[string | number, string]>([
    [6222021234567894, "6.22202E+15"],
    ["6.21102E+17", "6.21102E+17"],
  ])("quotes %j as the cell shows it (%s), its digits being lost", (account, shown) => {
    const [issue] = checkRows([person({ account })]).issues;
    expect(`${issue.cell} ${issue.code}`).toBe("K2 account-invalid");
    expect(issue.message).toBe(`银行账号被保存成了数字（单元格显示为 ${shown}），15位以后的数字已经丢失：请把该列设置为“文本”格式，再按银行卡重新录入账号。`);
  });

  it("accepts a card written with spaces", () => {
    expect(flagged(checkRows([person({ account: "6222 0212 3456 7894" })]))).toEqual([]);
  });
});
