import { checkPack, COLUMN, seen } from "./pack-fixture";

describe("rule kind: required-if", () => {
  const rule = {
    kind: "required-if",
    field: "archiveNo",
    when: [
      { field: "archiveLevel", in: ["全总", "省总"] },
      { field: "level", in: ["高中"] },
    ],
  };

  it("requires the field when any condition holds, naming the one that did", () => {
    const result = checkPack([rule], [{ archiveNo: null }, { archiveNo: null, archiveLevel: "市总", level: "高中" }]);
    expect(seen(result)).toEqual([`${COLUMN.archiveNo}2 required-missing error`, `${COLUMN.archiveNo}3 required-missing error`]);
    expect(result.issues[0].message).toBe("档案编号为空：建档级别为全总的，须填写档案编号。");
    expect(result.issues[1].message).toBe("档案编号为空：入学层次为高中的，须填写档案编号。");
  });

  it("leaves it optional when no condition holds", () => {
    expect(seen(checkPack([rule], [{ archiveNo: null, archiveLevel: "市总" }]))).toEqual([]);
  });
});
