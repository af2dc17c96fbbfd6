import { checkRows, flagged, person } from "../check/roster-fixture";

describe("id-legacy", () => {
  it("warns about a 15-digit ID", () => {
    const result = checkRows([person({ id: "652201800101123" })]);
    expect(flagged(result)).toEqual(["D2 id-legacy"]);
    expect(result.issues[0].severity).toBe("warning");
  });

  it("says nothing about an 18-character ID", () => {
    expect(flagged(checkRows([person()]), "id-legacy")).toEqual([]);
  });
});
