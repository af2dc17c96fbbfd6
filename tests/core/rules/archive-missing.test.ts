import { checkRows, flagged, person } from "../check/roster-fixture";

describe("archive-missing", () => {
  it("flags a 全总 row without archive number, telling the clerk to file one", () => {
    const [issue] = checkRows([person({ archiveNo: "" })]).issues;
    expect(issue.cell).toBe("G2");
    expect(issue.message).toBe("档案编号为空：全总级困难职工须先建档、后帮扶，请填写档案编号。");
  });

  it("flags a 困难 group even without a level", () => {
    expect(flagged(checkRows([person({ level: "", group: "困难农民工", archiveNo: "" })]), "archive-missing")).toEqual(["G2 archive-missing"]);
  });

  it("does not ask a visited 一线职工 without a level for an archive", () => {
    expect(flagged(checkRows([person({ level: "", group: "一线职工", archiveNo: "" })]), "archive-missing")).toEqual([]);
  });
});
