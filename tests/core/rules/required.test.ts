import { checkPack, COLUMN, seen } from "./pack-fixture";

describe("rule kind: required", () => {
  const rule = { kind: "required", fields: ["parentName", "phone"] };

  it("flags each listed field left empty, naming it", () => {
    const result = checkPack([rule], [{ parentName: null }]);
    expect(seen(result)).toEqual([`${COLUMN.parentName}2 required-missing error`]);
    expect(result.issues[0].message).toBe("家长姓名为空：请填写家长姓名。");
  });

  it("passes a row that fills them (near miss: an unlisted field empty)", () => {
    expect(seen(checkPack([rule], [{ enrolled: null }]))).toEqual([]);
  });
});
