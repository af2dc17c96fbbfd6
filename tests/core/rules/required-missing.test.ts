import { checkRows, flagged, person } from "../check/roster-fixture";

describe("required-missing", () => {
  it("flags an empty region, name or amount on its own cell", () => {
    const result = checkRows([person({ region: "", name: "   ", amount: null })]);
    expect(flagged(result, "required-missing")).toEqual(["B2 required-missing", "C2 required-missing", "I2 required-missing"]);
    expect(result.issues[0].message).toBe("地区为空：请填写地区。");
  });

  it("is quiet when they are filled", () => {
    expect(flagged(checkRows([person()]), "required-missing")).toEqual([]);
  });
});
