import { checkPack, COLUMN, seen } from "./pack-fixture";

describe("rule kind: unique", () => {
  it("flags a later row repeating the fields, naming the first", () => {
    const rule = { kind: "unique", fields: ["parentName", "level"] };
    const result = checkPack([rule], [{}, { parentName: "李 强" }]);
    expect(seen(result)).toEqual([`${COLUMN.parentName}3 duplicate-value error`]);
    expect(result.issues[0].message).toBe("家长姓名、入学层次与第2行相同，同一家长姓名、入学层次只能出现一次：请核对并删除重复的一行。");
  });

  it("does not compare rows differing in one field, nor rows with one empty", () => {
    const rule = { kind: "unique", fields: ["parentName", "level"] };
    expect(seen(checkPack([rule], [{}, { level: "专科" }, { level: null }, { level: null }]))).toEqual([]);
  });

  it("takes the rule's severity", () => {
    expect(seen(checkPack([{ kind: "unique", fields: ["phone"], severity: "warning" }], [{}, {}]))).toEqual([`${COLUMN.phone}3 duplicate-value warning`]);
  });
});
