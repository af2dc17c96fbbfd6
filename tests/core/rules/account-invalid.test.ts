import { checkRows, flagged, person } from "../check/roster-fixture";

describe("account-invalid", () => {
  it.each([
    ["6222-0212-3456-7894", "chars"],
    ["62220212345", "length"],
    [6222021234567894, "numeric-lost"],
  ])("warns about %j", (account) => {
    expect(flagged(checkRows([person({ account })]))).toEqual(["K2 account-invalid"]);
  });

  it("accepts a card written with spaces", () => {
    expect(flagged(checkRows([person({ account: "6222 0212 3456 7894" })]))).toEqual([]);
  });
});
