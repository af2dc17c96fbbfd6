import { checkPack, checkStays, COLUMN, seen, STAY_COLUMN } from "./pack-fixture";

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

  it("reads a number field (给付比例) as 0.8, 80% or ８０％, and flags one it cannot read", () => {
    expect(seen(checkStays([], [{ rate: 0.8 }, { rate: "80%" }, { rate: "８０％" }, { rate: "0.75" }]))).toEqual([]);
    const result = checkStays([], [{ rate: "八成" }]);
    expect(seen(result)).toEqual([`${STAY_COLUMN.rate}2 number-invalid error`]);
    expect(result.issues[0].message).toBe("给付比例不是能识别的数值：请填写如 0.8 或 80%。");
  });

  it("takes a day its month does not have (2025-02-30) for an unreadable date", () => {
    expect(seen(checkPack([], [{ enrolled: "2025-02-30" }, { enrolled: "2024-02-29" }]))).toEqual([`${COLUMN.enrolled}2 date-invalid warning`]);
  });
});

describe("a money field whose formula has no saved result", () => {
  it("is named by the pack's own term and told to be calculated, not typed as digits", () => {
    const result = checkPack([], [{ amount: { error: "#公式未计算" } }]);
    expect(seen(result)).toEqual([`${COLUMN.amount}2 amount-invalid error`]);
    expect(result.issues[0].message).toBe(
      "资助金额是公式，但文件里没有保存它的计算结果（#公式未计算）：请用 Excel 或 WPS 打开此文件并保存（保存时会算出结果），或直接填写资助金额（单位元）。",
    );
  });
});
