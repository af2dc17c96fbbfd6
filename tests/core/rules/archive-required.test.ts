import { checkPack, COLUMN, seen } from "./pack-fixture";

describe("rule kind: archive-required keyed by the archive level alone (金秋助学: the archive is the parent's)", () => {
  const rule = { kind: "archive-required", field: "archiveNo", level: "archiveLevel", levels: ["全总", "省总"], code: "archive-missing" };

  it("asks a 省总-level row without an archive number for one, under 先建档、后帮扶's own code", () => {
    const result = checkPack([rule], [{ archiveNo: null, archiveLevel: "省总" }]);
    expect(seen(result)).toEqual([`${COLUMN.archiveNo}2 archive-missing error`]);
    expect(result.issues[0].message).toBe("档案编号为空：省总级建档对象须先建档、后帮扶，请填写档案编号。");
  });

  it("leaves a row of a level not listed alone, with no group column to fall back on", () => {
    expect(seen(checkPack([rule], [{ archiveNo: null, archiveLevel: "市总" }, { archiveNo: null, archiveLevel: null }]))).toEqual([]);
  });
});
