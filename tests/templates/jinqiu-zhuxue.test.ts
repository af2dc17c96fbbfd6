import { JINQIU_SAMPLE } from "../../scripts/samples/jinqiu-roster";
import { bundledPack, checkSample, plantedVerdicts, readmeDefects, rowsBy, summary, verdicts } from "./pack-sample-check";

const TEMPLATE = bundledPack("jinqiu-zhuxue");
/** The sample is dated August 2024: students' birth dates are checked against it. */
const TODAY = new Date(Date.UTC(2024, 7, 20));

describe("the 金秋助学 pack on its samples", () => {
  it("finds nothing wrong in the clean sample, and its summary counts students by 入学层次", async () => {
    const result = await checkSample(TEMPLATE, JINQIU_SAMPLE, "clean", TODAY);
    expect(verdicts(result)).toEqual([]);
    expect(result.dataRows).toBe(40);
    expect(summary(TEMPLATE, result, 0)).toEqual({
      text: "共资助困难职工子女40名，其中本科14名、专科8名、高职6名、高中8名、义务教育4名，发放助学金15.8万元。",
      warnings: [],
    });
  });

  it("the by-region summary gives each 地区's students and aid, in the order the sheet lists them", async () => {
    const result = await checkSample(TEMPLATE, JINQIU_SAMPLE, "clean", TODAY);
    const parts = rowsBy(JINQIU_SAMPLE.rows, "region").map(([region, rows]) => {
      const wan = rows.reduce((sum, row) => sum + Number(row.amount), 0) / 10_000;
      return `${region}${rows.length}名、${wan}万元`;
    });
    expect(summary(TEMPLATE, result, 1)).toEqual({ text: `共资助困难职工子女40名，其中：${parts.join("；")}。`, warnings: [] });
  });

  it("reports exactly the planted defects, by code and cell", async () => {
    const result = await checkSample(TEMPLATE, JINQIU_SAMPLE, "defects", TODAY);
    expect(verdicts(result)).toEqual(plantedVerdicts(JINQIU_SAMPLE));
  });

  it("takes an account in the student's own name as well as the parent's", async () => {
    expect(JINQIU_SAMPLE.rows.some((row) => row.accountHolder === row.studentName)).toBe(true);
    expect(JINQIU_SAMPLE.rows.some((row) => row.accountHolder === row.parentName)).toBe(true);
  });

  it("holds archived families to 5000 (高等) / 3000 (高中) and the others to 4000 / 2000: the most specific entry wins", async () => {
    const result = await checkSample(TEMPLATE, JINQIU_SAMPLE, "defects", TODAY);
    const below = result.issues.filter((issue) => issue.code === "amount-below-minimum");
    expect(below.map((issue) => issue.cell)).toEqual(["L5"]);
    expect(below[0].message).toContain("5000");
  });

  it("lists every planted defect in assets/samples/README.md", () => {
    expect(readmeDefects(JINQIU_SAMPLE)).toEqual(plantedVerdicts(JINQIU_SAMPLE).map((verdict) => verdict.split(" ").slice(0, 2).join(" ")));
  });
});
