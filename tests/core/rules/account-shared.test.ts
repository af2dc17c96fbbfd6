import { checkRows, flagged, person } from "../check/roster-fixture";

describe("account-shared", () => {
  it("warns when a later row pays another person into the same account, naming the first row", () => {
    const result = checkRows([
      person({ name: "张三", account: "6222020200112345678" }, 0),
      person({ name: "李四", account: "6222 0202 0011 2345 678" }, 1),
      person({ name: "王五", account: "6222020200112345678" }, 2),
    ]);
    expect(flagged(result, "account-shared")).toEqual(["K3 account-shared", "K4 account-shared"]);
    const shared = result.issues.filter((issue) => issue.code === "account-shared");
    expect(shared.map((issue) => [issue.severity, issue.params.firstRow])).toEqual([["warning", 2], ["warning", 2]]);
    expect(shared[0].message).toContain("第2行");
    expect(shared[0].message).not.toContain("6222020200112345678");
  });

  it("leaves the same person's account alone (a duplicate row is duplicate-person's business)", () => {
    const result = checkRows([person({ name: "张三", account: "6222020200112345678" }, 0), person({ name: "张 三", account: "6222020200112345678" }, 1)]);
    expect(flagged(result, "account-shared")).toEqual([]);
  });

  it("does not compare rows without an account", () => {
    const result = checkRows([person({ name: "张三", account: "", payMethod: "现金" }, 0), person({ name: "李四", account: "", payMethod: "现金" }, 1)]);
    expect(flagged(result, "account-shared")).toEqual([]);
  });
});
