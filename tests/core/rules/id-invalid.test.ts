import { IDS } from "../check/roster-fixture";
import { checkRows, flagged, person } from "../check/roster-fixture";

describe("id-invalid", () => {
  it("flags a wrong check character without repeating the number", () => {
    const result = checkRows([person({ id: "652201198001011236" })]);
    expect(flagged(result)).toEqual(["D2 id-invalid"]);
    expect(result.issues[0].message).not.toContain("652201198001011236");
    expect(result.issues[0].shownValue).toBe("652201********1236");
  });

  it("tells the clerk to format a numeric ID column as text", () => {
    const [issue] = checkRows([person({ id: 652201198001011200 })]).issues;
    expect(issue.code).toBe("id-invalid");
    expect(issue.message).toContain("文本");
  });

  it("accepts a valid ID, and an empty one", () => {
    expect(flagged(checkRows([person({ id: IDS[1] }), person({ id: "" }, 1)]), "id-invalid")).toEqual([]);
  });
});
