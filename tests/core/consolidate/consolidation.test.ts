import { readFileSync } from "node:fs";
import { join } from "node:path";
import { startCheck } from "../../../src/core/check/check-session";
import { Consolidation } from "../../../src/core/consolidate/consolidation";
import { parsePack } from "../../../src/core/template/load-pack";
import { packToTemplate } from "../../../src/core/template/pack-to-template";
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

describe("Consolidation of a form with several records per person (帮扶台账)", () => {
  const pack = JSON.parse(readFileSync(join(__dirname, "../../../assets/templates/kunnan-bangfu.json"), "utf8"));
  const template = packToTemplate(parsePack(pack));
  const header = ["所属工会", "姓名", "身份证号码", "档案编号", "困难类别", "帮扶类型", "帮扶日期", "帮扶金额（元）"];
  const record = (month: number) => ["天山街道工会", "王芳", IDS[0], "HM250001", "深度困难", "生活救助", `2025-${String(month).padStart(2, "0")}-05`, 500];
  const quarter = (sheet: string, months: number[]) => {
    const session = startCheck(template, { sheet, today: new Date(2025, 11, 31), collectPeople: true });
    [header, ...months.map(record)].forEach((cells, i) => session.pushRow(i + 1, cells));
    return session.finish();
  };

  it("takes four records of one worker from two units without a word, and flags the seventh in all, naming where the first was", () => {
    const consolidation = new Consolidation();
    consolidation.add("一季度.xlsx", quarter("台账", [1, 2, 3]));
    consolidation.add("二季度.xlsx", quarter("台账", [4]));
    consolidation.add("下半年.xlsx", quarter("台账", [7, 8, 9]));
    const issues = consolidation.finish().issues.map((issue) => `${issue.file} ${issue.cell} ${issue.code} ${issue.severity} ${issue.params.count}`);
    expect(issues).toEqual(["下半年.xlsx C4 too-many-records error 7"]);
  });
});
