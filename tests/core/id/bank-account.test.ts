import { checkAccount } from "../../../src/core/id/bank-account";

describe("checkAccount", () => {
  it("accepts 16–19-digit cards passing Luhn, spaces and full width allowed", () => {
    expect(checkAccount("6222021234567894", "6222021234567894", false)).toBe("ok");
    expect(checkAccount("6217 0000 0000 0000 004", "6217 0000 0000 0000 004", false)).toBe("ok");
  });

  it("tells a Luhn failure from a wrong length or stray characters", () => {
    expect(checkAccount("6222021234567895", "6222021234567895", false)).toBe("luhn");
    expect(checkAccount("622202123456", "622202123456", false)).toBe("length");
    expect(checkAccount("6222-0212-3456-7894", "6222-0212-3456-7894", false)).toBe("chars");
  });

  it("flags a number-typed account beyond 15 digits, even a passbook", () => {
    expect(checkAccount(6222021234567894, "6222021234567894", true)).toBe("numeric-lost");
  });

  it("does not hold a passbook number to card rules", () => {
    expect(checkAccount("ZB-00123", "ZB-00123", true)).toBe("ok");
  });
});
