import { checkRows, flagged, person } from "../check/roster-fixture";

describe("amount-invalid", () => {
  it.each(["一千元", "1000/户", { error: "#VALUE!" }, -1000])("flags %j", (amount) => {
    expect(flagged(checkRows([person({ amount })]), "amount-invalid")).toEqual(["I2 amount-invalid"]);
  });

  it("accepts text amounts clerks write", () => {
    expect(flagged(checkRows([person({ amount: "1,200.00元" })]), "amount-invalid")).toEqual([]);
  });
});
