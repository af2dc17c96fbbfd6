import { checkPack, COLUMN, seen } from "./pack-fixture";

describe("rule kind: minimum", () => {
  const rule = {
    kind: "minimum",
    field: "amount",
    by: ["archiveLevel", "level"],
    table: [
      { when: { level: "本科" }, yuan: 5000 },
      { when: { archiveLevel: "全总", level: "本科" }, yuan: 6000 },
      { yuan: 1000 },
    ],
  };

  it("takes the most specific entry that applies", () => {
    const result = checkPack([rule], [{ amount: 5500 }, { amount: 5500, archiveLevel: "市总" }, { amount: 800, level: "高中" }]);
    expect(seen(result)).toEqual([`${COLUMN.amount}2 amount-below-minimum error`, `${COLUMN.amount}4 amount-below-minimum error`]);
    expect(result.issues[0].message).toBe("资助金额5500元低于全总本科的最低标准6000元：请按标准发放，不低于6000元。");
    expect(result.issues[1].message).toContain("每户的最低标准1000元");
  });

  it("passes an amount at the minimum (near miss)", () => {
    expect(seen(checkPack([rule], [{ amount: 6000 }]))).toEqual([]);
  });

  it("among entries naming as many fields, the first listed wins", () => {
    const tie = { ...rule, table: [{ when: { level: "本科" }, yuan: 3000 }, { when: { archiveLevel: "全总" }, yuan: 9000 }] };
    expect(seen(checkPack([tie], [{ amount: 4000 }]))).toEqual([]);
  });
});

describe("rule kind: minimum, named by 送温暖's code", () => {
  it("runs generically when keyed by a field the built-in table cannot hold (入学层次)", () => {
    const rule = { kind: "minimum", field: "amount", table: [{ when: { level: "本科" }, yuan: 5000 }], code: "amount-below-minimum" };
    const archive = { kind: "archive-required", field: "archiveNo", level: "archiveLevel", group: "parentName", levels: [], groups: [] };
    expect(seen(checkPack([archive, rule], [{ amount: 4000 }]))).toEqual([`${COLUMN.amount}2 amount-below-minimum error`]);
  });
});
