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

  it("knows an old 15-digit ID and the 18-digit one it became as one person, either way round", () => {
    const old = "340524800101001";
    const now = "34052419800101001X";
    const later18 = checkRows([person({ id: old }, 0), person({ id: IDS[1] }, 1), person({ id: now }, 2)]);
    expect(flagged(later18, "duplicate-person")).toEqual(["D4 duplicate-person"]);
    const [issue] = later18.issues.filter((i) => i.code === "duplicate-person");
    expect(issue.message).toBe("身份证号码与第2行是同一人（15位旧号码升为18位后相同），同一人不应重复慰问：请核对并删除重复的一行。");

    const later15 = checkRows([person({ id: now }, 0), person({ id: old }, 1)]);
    expect(later15.issues.filter((i) => i.code === "duplicate-person").map((i) => `${i.cell} ${i.params.firstRow}`)).toEqual(["D3 2"]);
    expect(later15.issues.find((i) => i.code === "duplicate-person")!.messageEn).toContain("old 15-digit ID");
  });

  it("says a plain duplicate for the same 15-digit ID twice, and nothing for a neighbour's old ID", () => {
    const twice = checkRows([person({ id: "340524800101001" }, 0), person({ id: "340524800101001" }, 1)]);
    expect(twice.issues.find((i) => i.code === "duplicate-person")!.message).toBe("身份证号码与第2行重复，同一人不应重复慰问：请核对并删除重复的一行。");
    const neighbours = checkRows([person({ id: "340524800101002" }, 0), person({ id: "34052419800101001X" }, 1)]);
    expect(flagged(neighbours, "duplicate-person")).toEqual([]);
  });
});
