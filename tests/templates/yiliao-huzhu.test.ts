import { YILIAO_SAMPLE } from "../../scripts/samples/yiliao-roster";
import { bundledPack, checkSample, plantedVerdicts, readmeDefects, rowsBy, summary, verdicts } from "./pack-sample-check";

const TEMPLATE = bundledPack("yiliao-huzhu");
const TODAY = new Date(Date.UTC(2025, 6, 5));

describe("the 职工医疗互助给付明细 pack on its samples", () => {
  it("finds nothing wrong in the clean sample (one worker stayed three times, the most without a word), and sums 互助金额 only", async () => {
    const result = await checkSample(TEMPLATE, YILIAO_SAMPLE, "clean", TODAY);
    expect(verdicts(result)).toEqual([]);
    expect(result.dataRows).toBe(37);
    const paidFen = YILIAO_SAMPLE.rows.reduce((sum, row) => sum + Math.round(Number(row.mutualAid) * 100), 0);
    const totalCostFen = YILIAO_SAMPLE.rows.reduce((sum, row) => sum + Math.round(Number(row.totalCost) * 100), 0);
    expect(result.total.amountFen).toBe(paidFen);
    expect(result.total.amountFen).toBeLessThan(totalCostFen / 4);
    expect(summary(TEMPLATE, result, 0)).toEqual({ text: `共为职工住院给付医疗互助金37人次，金额${(paidFen / 1_000_000).toFixed(2).replace(/\.?0+$/, "")}万元。`, warnings: [] });
  });

  it("the by-unit summary gives each 单位's stays and 互助金额", async () => {
    const result = await checkSample(TEMPLATE, YILIAO_SAMPLE, "clean", TODAY);
    const wan = (fen: number) => String(Math.round(fen / 10_000) / 100);
    const fenOf = (rows: readonly { mutualAid?: unknown }[]) => rows.reduce((sum, row) => sum + Math.round(Number(row.mutualAid) * 100), 0);
    const parts = rowsBy(YILIAO_SAMPLE.rows, "unit").map(([unit, rows]) => `${unit}${rows.length}人次${wan(fenOf(rows))}万元`);
    expect(summary(TEMPLATE, result, 1).text).toBe(`共为职工住院给付医疗互助金37人次，金额${wan(fenOf(YILIAO_SAMPLE.rows))}万元，其中${parts.join("、")}。`);
  });

  it("reports exactly the planted defects, by code and cell; a fourth stay is only a warning", async () => {
    const result = await checkSample(TEMPLATE, YILIAO_SAMPLE, "defects", TODAY);
    expect(verdicts(result)).toEqual(plantedVerdicts(YILIAO_SAMPLE));
    const mismatch = result.issues.find((issue) => issue.code === "expression-mismatch")!;
    expect(mismatch.message).toMatch(/^互助金额[\d,.]+元与自付金额×给付比例算得的[\d,.]+元不符（相差100\.00元）/);
  });

  it("lists every planted defect in assets/samples/README.md", () => {
    expect(readmeDefects(YILIAO_SAMPLE)).toEqual(plantedVerdicts(YILIAO_SAMPLE).map((verdict) => verdict.split(" ").slice(0, 2).join(" ")));
  });
});
