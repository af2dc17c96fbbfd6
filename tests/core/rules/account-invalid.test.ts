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

  it("accepts a card written with spaces", () => {
    expect(flagged(checkRows([person({ account: "6222 0212 3456 7894" })]))).toEqual([]);
  });
});
