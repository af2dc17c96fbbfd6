import { parsePack } from "../../../src/core/template/load-pack";
import { checkStays, seen, stayPackJson, STAY_COLUMN } from "./pack-fixture";

describe("rule kind: date-order", () => {
  const rule = { kind: "date-order", field: "discharged", notBefore: "admitted" };

  it("flags 出院日期 before 入院日期, naming both columns and dates", () => {
    const result = checkStays([rule], [{ admitted: "2025-03-08", discharged: "2025年3月7日" }]);
    expect(seen(result)).toEqual([`${STAY_COLUMN.discharged}2 date-order error`]);
    expect(result.issues[0].message).toBe("出院日期2025-03-07早于入院日期2025-03-08：出院日期不能早于入院日期，请核对。");
  });

  it("passes a discharge the same day, and says nothing where a date is missing or unreadable", () => {
    const result = checkStays([rule], [{ admitted: "2025-03-08", discharged: "2025/3/8" }, { admitted: null }, { discharged: "2025-02-30" }]);
    expect(seen(result)).toEqual([`${STAY_COLUMN.discharged}4 date-invalid warning`]);
  });

  it("refuses a rule over a field that is not a date", () => {
    expect(() => parsePack(JSON.parse(JSON.stringify(stayPackJson([{ ...rule, notBefore: "name" }]))))).toThrow("rules[0].notBefore: 字段 name 的类型是 name，这里须为 date");
  });
});
