import { Consolidation } from "../../../src/core/consolidate/consolidation";
import { CARD, IDS, person } from "../check/roster-fixture";
import { grandTotal, submission } from "./submissions";

/** 15-digit form of IDS[0] (652201198001011235): century dropped, check digit dropped. */
const LEGACY_OF_ID0 = "652201800101123";

describe("Consolidation", () => {
  it("keeps each submission's verdict and flags the same person across files, 15→18 upgraded", () => {
    const consolidation = new Consolidation();
    consolidation.add("地直.xlsx", submission("花名册", [person({ id: IDS[0] }, 0), person({ name: "李四", id: IDS[1] }, 1)], [["填报单位：地直"]]));
    consolidation.add("哈密市.xlsx", submission("花名册", [person({ region: "哈密市", name: "王五", id: IDS[2] }, 2), person({ region: "哈密市", id: LEGACY_OF_ID0 }, 3)]));
    const result = consolidation.finish();

    const duplicate = result.issues.find((issue) => issue.code === "duplicate-person");
    expect(duplicate).toMatchObject({ file: "哈密市.xlsx", sheet: "花名册", cell: "D3", params: { firstPlace: "地直.xlsx › 花名册!D3" } });
    expect(result.submissions.map((s) => [s.file, s.unit, s.dataRows, s.errors])).toEqual([
      ["地直.xlsx", "地直", 2, 0],
      ["哈密市.xlsx", "哈密市", 2, 1],
    ]);
  });

  it("warns of one account under two names in two files", () => {
    const consolidation = new Consolidation();
    consolidation.add("a.xlsx", submission("一", [person({ account: CARD }, 0)]));
    consolidation.add("b.xlsx", submission("二", [person({ name: "赵六", account: CARD, id: IDS[4] }, 4)]));
    expect(consolidation.finish().issues.map((i) => `${i.file} ${i.sheet}!${i.cell} ${i.code} ${i.severity}`)).toEqual(["b.xlsx 二!K2 account-shared warning"]);
  });

  it("adds tallies by unit (two sheets of one unit make one line), region and group, exact in fen", () => {
    const consolidation = new Consolidation();
    const unitLine = [["填报单位：巴里坤县"]];
    consolidation.add("巴里坤县.xlsx", submission("县直", [person({ region: "巴里坤县", amount: 1000.01 }, 0)], unitLine));
    consolidation.add("巴里坤县.xlsx", submission("乡镇", [person({ region: "巴里坤县", group: "劳模", modelWorker: "是", level: null, archiveNo: null, amount: 500.02 }, 1)], unitLine));
    consolidation.add("伊吾县.xlsx", submission("名单", [person({ region: "伊吾县", amount: 0.07 }, 2)]));
    const result = consolidation.finish();
    expect(result.units).toEqual([
      { unit: "巴里坤县", households: 2, modelWorkers: 1, amountFen: 150_003 },
      { unit: "伊吾县", households: 1, modelWorkers: 0, amountFen: 7 },
    ]);
    expect(result.total).toEqual({ households: 3, modelWorkers: 1, amountFen: 150_010 });
    expect(result.regions.map((r) => r.region)).toEqual(["巴里坤县", "伊吾县"]);
  });

  it("各单位核对: flags the submission whose own 合计 disagrees with its rows, and says when there is none", () => {
    const consolidation = new Consolidation();
    consolidation.add("a.xlsx", submission("一", [person({}, 0), person({ name: "李四", id: IDS[1] }, 1), grandTotal(2000)]));
    consolidation.add("b.xlsx", submission("二", [person({ id: IDS[2] }, 2), grandTotal(1500)]));
    consolidation.add("c.xlsx", submission("三", [person({ id: IDS[3] }, 3)]));
    expect(consolidation.finish().submissions.map((s) => [s.file, s.statedTotalFen, s.total.amountFen, s.totalAgrees])).toEqual([
      ["a.xlsx", 200_000, 200_000, true],
      ["b.xlsx", 150_000, 100_000, false],
      ["c.xlsx", undefined, 100_000, null],
    ]);
  });

  it("lists the sheets left unchecked with their file and reason", () => {
    const consolidation = new Consolidation();
    consolidation.skip("县.xlsx", [{ sheet: "封面", reason: "no-header" }, { sheet: "旧表", reason: "hidden" }]);
    expect(consolidation.finish().skippedSheets).toEqual([
      { file: "县.xlsx", sheet: "封面", reason: "no-header" },
      { file: "县.xlsx", sheet: "旧表", reason: "hidden" },
    ]);
  });
});
