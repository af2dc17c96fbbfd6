import { checkRows, flagged, person } from "../check/roster-fixture";

describe("account-checksum", () => {
  it("warns when a card fails Luhn", () => {
    const result = checkRows([person({ account: "6222021234567895" })]);
    expect(flagged(result)).toEqual(["K2 account-checksum"]);
    expect(result.issues[0].severity).toBe("warning");
    expect(result.issues[0].shownValue).toBe("622202******7895");
  });

  it("does not check a passbook number", () => {
    expect(flagged(checkRows([person({ payMethod: "存折", account: "6222021234567895" })]))).toEqual([]);
  });
});
