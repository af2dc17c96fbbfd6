import { KUNNAN_SAMPLE } from "../../scripts/samples/kunnan-roster";
import { bundledPack, checkSample, plantedVerdicts, readmeDefects, rowsBy, summary, verdicts } from "./pack-sample-check";

const TEMPLATE = bundledPack("kunnan-jiating");
const TODAY = new Date(Date.UTC(2011, 0, 25));

describe("the 困难家庭慰问 pack on its samples", () => {
  it("finds nothing wrong in the clean sample (newborns' families had goods, no money), and its summary counts households by 家庭类别", async () => {
    const result = await checkSample(TEMPLATE, KUNNAN_SAMPLE, "clean", TODAY);
    expect(verdicts(result)).toEqual([]);
    expect(result.dataRows).toBe(522);
    expect(summary(TEMPLATE, result, 0)).toEqual({
      text: "共慰问困难家庭522户，其中计划生育伤残家庭2户、单亲家庭150户、低保边缘户320户、新生儿独生子女家庭50户，发放慰问金11.1万元。",
      warnings: [],
    });
  });

  it("the by-community summary gives each 社区's households and yuan", async () => {
    const result = await checkSample(TEMPLATE, KUNNAN_SAMPLE, "clean", TODAY);
    const parts = rowsBy(KUNNAN_SAMPLE.rows, "community").map(([community, rows]) => {
      const yuan = rows.reduce((sum, row) => sum + Number(row.amount ?? 0), 0);
      return `${community}${rows.length}户、${yuan.toLocaleString("en-US")}.00元`;
    });
    expect(summary(TEMPLATE, result, 1)).toEqual({ text: `共慰问困难家庭522户，其中：${parts.join("；")}。`, warnings: [] });
  });

  it("reports exactly the planted defects, by code and cell; a category outside the open list is a warning", async () => {
    const result = await checkSample(TEMPLATE, KUNNAN_SAMPLE, "defects", TODAY);
    expect(verdicts(result)).toEqual(plantedVerdicts(KUNNAN_SAMPLE));
    expect(verdicts(result)).toContain("E25 value-not-in-list warning");
  });

  it("lists every planted defect in assets/samples/README.md", () => {
    expect(readmeDefects(KUNNAN_SAMPLE)).toEqual(plantedVerdicts(KUNNAN_SAMPLE).map((verdict) => verdict.split(" ").slice(0, 2).join(" ")));
  });
});
