import { checkRows, person } from "../check/roster-fixture";

describe("RowReader: amounts computed by a formula", () => {
  it.each([
    [501.21000000000004, "501.21"],
    [333.3333333333333, "333.33"],
    [0.1 + 0.2, "0.3"],
  ])("shows %p as %s, never masked as if an ID", (amount, shown) => {
    const [issue] = checkRows([person({ amount })]).issues;
    expect(issue.code).toBe("amount-below-minimum");
    expect(issue.shownValue).toBe(shown);
    expect(issue.message).toContain(`慰问金额${shown}元`);
  });

  it("keeps a whole amount as typed", () => {
    expect(checkRows([person({ amount: 800 })]).issues[0].shownValue).toBe("800");
  });
});
