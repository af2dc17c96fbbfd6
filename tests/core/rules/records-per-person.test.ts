import { checkStays, seen, STAY_COLUMN } from "./pack-fixture";

describe("rule kind: records-per-person", () => {
  const second = "65220119800303123X";

  it("allows up to max rows of one person and flags the next, naming the first row", () => {
    const rule = { kind: "records-per-person", max: 2 };
    const result = checkStays([rule], [{}, { idNumber: second }, {}, {}]);
    expect(seen(result)).toEqual([`${STAY_COLUMN.idNumber}5 too-many-records error`]);
    expect(result.issues[0].message).toBe("同一人（身份证号码与第2行相同）在本表已是第3条记录，本表每人最多2条：请核对是否重复填报。");
  });

  it("says nothing at exactly max rows, nor of rows without an ID", () => {
    expect(seen(checkStays([{ kind: "records-per-person", max: 2 }], [{}, {}, { idNumber: null }, { idNumber: null }, { idNumber: null }]))).toEqual([]);
  });

  it("makes a second record a warning where the form says so, and an old 15-digit ID the same person", () => {
    const result = checkStays([{ kind: "records-per-person", max: 1, severity: "warning" }], [{}, { idNumber: "652201750101123" }]);
    expect(seen(result).sort()).toEqual([`${STAY_COLUMN.idNumber}3 too-many-records warning`, `${STAY_COLUMN.idNumber}3 id-legacy warning`].sort());
  });
});
