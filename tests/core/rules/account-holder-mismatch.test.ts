import { checkRows, flagged, person } from "../check/roster-fixture";

describe("account-holder-mismatch", () => {
  it("flags an account in someone else's name (代领)", () => {
    expect(flagged(checkRows([person({ name: "张三", holder: "张四" })]))).toEqual(["L2 account-holder-mismatch"]);
  });

  it("ignores spacing differences", () => {
    expect(flagged(checkRows([person({ name: "张三", holder: "张 三" })]))).toEqual([]);
  });
});
