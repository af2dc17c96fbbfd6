import { checkPack, COLUMN, seen } from "./pack-fixture";

describe("rule kind: equals-field", () => {
  const rule = { kind: "equals-field", field: "holder", equals: ["parentName", "studentName"] };

  it("flags a holder who is neither parent nor student", () => {
    const result = checkPack([rule], [{ holder: "王五" }]);
    expect(seen(result)).toEqual([`${COLUMN.holder}2 value-mismatch error`]);
    expect(result.issues[0].message).toBe("户名“王五”与家长姓名、学生姓名都不一致：须与其中之一相同，请核对。");
  });

  it("passes the student's name as well as the parent's, spacing aside", () => {
    expect(seen(checkPack([rule], [{ holder: "李明" }, { holder: "李 强" }]))).toEqual([]);
  });
});
