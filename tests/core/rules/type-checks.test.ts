import { checkPack, COLUMN, seen } from "./pack-fixture";

describe("checks a field's type implies", () => {
  it("passes a row where every field is as its type wants", () => {
    expect(seen(checkPack([], [{}]))).toEqual([]);
  });

  it("checks a second ID (the parent's) like the person's", () => {
    expect(seen(checkPack([], [{ parentId: "652201197501011238" }]))).toEqual([`${COLUMN.parentId}2 id-invalid error`]);
    expect(seen(checkPack([], [{ parentId: "652201750101123" }]))).toEqual([`${COLUMN.parentId}2 id-legacy warning`]);
  });

  it("flags a one-of value outside the list, and not one inside it", () => {
    const result = checkPack([], [{ level: "大学" }, { level: "专科" }]);
    expect(seen(result)).toEqual([`${COLUMN.level}2 value-not-in-list error`]);
    expect(result.issues[0].message).toBe("入学层次“大学”不在可选值中（本科、专科、高中）：请从中选择一项。");
  });

  it("flags yes-no outside 是/否, a date it cannot read, a fraction in an integer field", () => {
    const result = checkPack([], [{ isModel: "有", enrolled: "九月", members: 2.5 }]);
    expect(seen(result).sort()).toEqual([`${COLUMN.enrolled}2 date-invalid warning`, `${COLUMN.isModel}2 value-not-in-list error`, `${COLUMN.members}2 integer-invalid error`].sort());
  });

  it("accepts the usual ways of writing a date and a count", () => {
    for (const enrolled of ["2024/9/1", "2024年9月1日", "20240901", "2024.09.01"]) {
      expect(seen(checkPack([], [{ enrolled, members: "4" }]))).toEqual([]);
    }
    expect(seen(checkPack([], [{ enrolled: "2024-13-01" }]))).toEqual([`${COLUMN.enrolled}2 date-invalid warning`]);
  });
});
