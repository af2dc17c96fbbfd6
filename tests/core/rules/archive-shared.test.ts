import { checkRows, flagged, IDS, person } from "../check/roster-fixture";

describe("archive-shared", () => {
  it("flags two people with different IDs under one archive number, naming both rows", () => {
    const result = checkRows([person({ archiveNo: "QZ1" }, 0), person({ archiveNo: "QZ2" }, 1), person({ archiveNo: "QZ 1" }, 2)]);
    expect(flagged(result)).toEqual(["G4 archive-shared"]);
    expect(result.issues[0].severity).toBe("error");
    expect(result.issues[0].message).toBe("档案编号与第2行相同，但两行的身份证号码不同：一个档案对应一户，请核对第2行和第4行的档案编号。");
  });

  it("leaves the same person twice to duplicate-person, reported once", () => {
    expect(flagged(checkRows([person({ archiveNo: "QZ1" }, 0), person({ archiveNo: "QZ1" }, 0)]))).toEqual(["D3 duplicate-person"]);
  });

  it("treats an old 15-digit ID and the 18-digit one it became as one person", () => {
    const result = checkRows([person({ id: "340524800101001", archiveNo: "QZ1" }, 0), person({ id: "34052419800101001X", archiveNo: "QZ1" }, 1)]);
    expect(flagged(result).filter((f) => !f.endsWith("id-legacy"))).toEqual(["D3 duplicate-person"]);
  });

  it("compares rows without an ID through duplicate-person only", () => {
    const result = checkRows([person({ id: "", archiveNo: "QZ1" }, 0), person({ id: IDS[1], archiveNo: "QZ1" }, 1), person({ id: "", archiveNo: "QZ1" }, 2)]);
    expect(flagged(result)).toEqual(["G4 duplicate-person"]);
  });

  it("names the first row for a third person, and not again for a repeat of the second", () => {
    const result = checkRows([person({ archiveNo: "QZ1" }, 0), person({ archiveNo: "QZ1" }, 1), person({ archiveNo: "QZ1" }, 2), person({ archiveNo: "QZ1" }, 1)]);
    expect(flagged(result)).toEqual(["G3 archive-shared", "G4 archive-shared", "D5 duplicate-person"]);
    expect(result.issues.map((i) => i.params.firstRow)).toEqual([2, 2, 3]);
  });
});
