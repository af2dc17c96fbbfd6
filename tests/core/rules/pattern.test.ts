import { checkPack, COLUMN, seen } from "./pack-fixture";

describe("rule kind: pattern", () => {
  const rule = { kind: "pattern", field: "archiveNo", pattern: "[A-Z]{2}\\d{6,}" };

  it("flags text that does not match in full", () => {
    const result = checkPack([rule], [{ archiveNo: "QZ12345" }, { archiveNo: "xQZ123456" }]);
    expect(seen(result)).toEqual([`${COLUMN.archiveNo}2 pattern-mismatch warning`, `${COLUMN.archiveNo}3 pattern-mismatch warning`]);
    expect(result.issues[0].message).toBe("档案编号不符合模板规定的格式（[A-Z]{2}\\d{6,}）：请核对。");
  });

  it("passes a matching text and an empty cell", () => {
    expect(seen(checkPack([rule], [{ archiveNo: "QZ123456" }, { archiveNo: null }]))).toEqual([]);
  });
});
