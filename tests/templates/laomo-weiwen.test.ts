import { LAOMO_SAMPLE } from "../../scripts/samples/laomo-roster";
import { bundledPack, checkSample, plantedVerdicts, readmeDefects, summary, verdicts } from "./pack-sample-check";

const TEMPLATE = bundledPack("laomo-weiwen");
const TODAY = new Date(Date.UTC(2018, 0, 15));

describe("the 劳模慰问 pack on its samples", () => {
  it("finds nothing wrong in the clean sample; 慰问金 and 特殊困难帮扶金 add up to the seed's 20.4 万元", async () => {
    const result = await checkSample(TEMPLATE, LAOMO_SAMPLE, "clean", TODAY);
    expect(verdicts(result)).toEqual([]);
    expect(result.dataRows).toBe(76);
    expect(result.total.amountFen).toBe(204_000_00);
    expect(summary(TEMPLATE, result, 0)).toEqual({ text: "为76名自治区级以上劳模发放春节慰问金、特殊困难帮扶金20.4万元。", warnings: [] });
  });

  it("the by-level summary names each 劳模级别", async () => {
    const result = await checkSample(TEMPLATE, LAOMO_SAMPLE, "clean", TODAY);
    expect(summary(TEMPLATE, result, 1).text).toBe("共慰问劳模76名，其中全国6名、省部级70名，发放慰问金、特殊困难帮扶金20.4万元。");
  });

  it("reports exactly the planted defects, by code and cell", async () => {
    const result = await checkSample(TEMPLATE, LAOMO_SAMPLE, "defects", TODAY);
    expect(verdicts(result)).toEqual(plantedVerdicts(LAOMO_SAMPLE));
  });

  it("lists every planted defect in assets/samples/README.md", () => {
    expect(readmeDefects(LAOMO_SAMPLE)).toEqual(plantedVerdicts(LAOMO_SAMPLE).map((verdict) => verdict.split(" ").slice(0, 2).join(" ")));
  });
});
