import { IDS } from "../check/roster-fixture";
import { checkRows, flagged, person } from "../check/roster-fixture";

describe("duplicate-person", () => {
  it("flags every later occurrence of an ID, lower-case x included, naming the first row", () => {
    const id = "11010519491231002X";
    const result = checkRows([person({ id }, 0), person({ id: IDS[1] }, 1), person({ id: id.toLowerCase() }, 2), person({ id }, 3)]);
    expect(flagged(result, "duplicate-person")).toEqual(["D4 duplicate-person", "D5 duplicate-person"]);
    expect(result.issues.filter((i) => i.code === "duplicate-person").map((i) => i.params.firstRow)).toEqual([2, 2]);
  });

  it("compares archive numbers where there is no ID", () => {
    const result = checkRows([person({ id: "", archiveNo: "QZ1" }, 0), person({ id: "", archiveNo: "QZ1" }, 1)]);
    expect(flagged(result, "duplicate-person")).toEqual(["G3 duplicate-person"]);
  });

  it("does not confuse IDs that share their first 15 digits", () => {
    expect(flagged(checkRows([person({ id: "11010519491231002X" }), person({ id: "110105194912310010" }, 1)]), "duplicate-person")).toEqual([]);
  });
});
