import { checkRows, flagged, person } from "../check/roster-fixture";

describe("phone-invalid", () => {
  it.each(["1381234567", "23812345678", "电话不详", "0902-12345"])("warns about %j", (phone) => {
    const result = checkRows([person({ phone })]);
    expect(flagged(result)).toEqual(["M2 phone-invalid"]);
    expect(result.issues[0].message).not.toContain(String(phone));
  });

  it.each(["13812345678", 13812345678, "0902-2231234", "09022231234", "138 1234 5678"])("accepts %j", (phone) => {
    expect(flagged(checkRows([person({ phone })]))).toEqual([]);
  });
});
