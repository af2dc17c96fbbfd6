import { BANGFU_SAMPLE } from "../../scripts/samples/bangfu-roster";
import { bundledPack, checkSample, plantedVerdicts, readmeDefects, rowsBy, summary, verdicts } from "./pack-sample-check";

const TEMPLATE = bundledPack("kunnan-bangfu");
const TODAY = new Date(Date.UTC(2025, 11, 31));

describe("the 困难职工帮扶台账 pack on its samples", () => {
  it("finds nothing wrong in the clean sample: several records of one worker are the 台账's nature, six the most", async () => {
    const result = await checkSample(TEMPLATE, BANGFU_SAMPLE, "clean", TODAY);
    expect(verdicts(result)).toEqual([]);
    expect(result.dataRows).toBe(60);
    const counts = rowsBy(BANGFU_SAMPLE.rows, "idNumber").map(([, rows]) => rows.length);
    expect(Math.max(...counts)).toBe(6);
  });

  it("summarises the records by 帮扶类型, in 人次 and 万元", async () => {
    const result = await checkSample(TEMPLATE, BANGFU_SAMPLE, "clean", TODAY);
    const wan = (yuan: number) => String(Math.round(yuan / 100) / 100);
    const yuanOf = (rows: readonly { amount?: unknown }[]) => rows.reduce((sum, row) => sum + Number(row.amount), 0);
    const parts = rowsBy(BANGFU_SAMPLE.rows, "aidType").map(([type, rows]) => `${type}${rows.length}人次${wan(yuanOf(rows))}万元`);
    expect(summary(TEMPLATE, result, 0)).toEqual({
      text: `全年帮扶困难职工60人次，发放帮扶资金${wan(yuanOf(BANGFU_SAMPLE.rows))}万元，其中${parts.join("、")}。`,
      warnings: [],
    });
  });

  it("reports exactly the planted defects: the empty 档案编号, the seventh record, an unlisted 帮扶类型 only warned", async () => {
    const result = await checkSample(TEMPLATE, BANGFU_SAMPLE, "defects", TODAY);
    expect(verdicts(result)).toEqual(plantedVerdicts(BANGFU_SAMPLE));
    const seventh = result.issues.find((issue) => issue.code === "too-many-records")!;
    expect(seventh.message).toMatch(/^同一人（身份证号码与第\d+行相同）在本表已是第7条记录，本表每人最多6条/);
  });

  it("lists every planted defect in assets/samples/README.md", () => {
    expect(readmeDefects(BANGFU_SAMPLE)).toEqual(plantedVerdicts(BANGFU_SAMPLE).map((verdict) => verdict.split(" ").slice(0, 2).join(" ")));
  });
});
