import { parsePack } from "../../../src/core/template/load-pack";
import { checkStays, seen, stayPackJson, STAY_COLUMN } from "./pack-fixture";

describe("rule kind: date-within", () => {
  const rule = { kind: "date-within", field: "discharged", from: "2025-01-01", to: "2025-06-30", period: "本期给付期间" };

  it("flags a date outside the period, naming the period and its ends", () => {
    const result = checkStays([rule], [{ admitted: "2024-12-20", discharged: "2024-12-31" }]);
    expect(seen(result)).toEqual([`${STAY_COLUMN.discharged}2 date-out-of-period error`]);
    expect(result.issues[0].message).toBe("出院日期2024-12-31不在本期给付期间（2025-01-01至2025-06-30）内：请核对。");
  });

  it("takes both ends as inside, and an open end as open", () => {
    expect(seen(checkStays([rule], [{ admitted: "2024-12-25", discharged: "2025-01-01" }, { discharged: "2025-06-30" }]))).toEqual([]);
    const open = { kind: "date-within", field: "discharged", to: "2025-06-30" };
    const result = checkStays([open], [{ admitted: "2024-12-25", discharged: "2020-01-01" }, { discharged: "2025-07-01" }]);
    expect(seen(result)).toEqual([`${STAY_COLUMN.discharged}3 date-out-of-period error`]);
    expect(result.issues[0].message).toBe("出院日期2025-07-01不在规定期间（2025-06-30及以前）内：请核对。");
  });

  it("refuses a period with no end, or one that ends before it starts", () => {
    const refused = (changes: object) => () => parsePack(JSON.parse(JSON.stringify(stayPackJson([{ kind: "date-within", field: "discharged", ...changes }]))));
    expect(refused({})).toThrow("须给出 from（起）或 to（止）");
    expect(refused({ from: "2025-07-01", to: "2025-06-30" })).toThrow("止日 2025-06-30 早于起日 2025-07-01");
    expect(refused({ from: "2025-13-01" })).toThrow("须为日期");
  });
});
