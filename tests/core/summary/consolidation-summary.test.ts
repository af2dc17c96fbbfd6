import { defaultSummary } from "../../../src/core/summary/consolidation-summary";
import { renderParsedSummary } from "../../../src/core/summary/render-summary";
import { BUNDLED_TEMPLATES } from "../../../src/core/template/bundled-packs";
import { figures, region } from "./figures";

const form = (id: string) => BUNDLED_TEMPLATES.find((template) => template.id === id)!;

/** Two 填报单位's submissions: 竟陵街道工会 2 students 9,000 元, 多宝镇工会 1 student 3,000 元. */
const twoUnits = {
  ...figures([region("竟陵街道", 2, 0, 9000), region("多宝镇", 1, 0, 3000)]),
  units: [
    { unit: "竟陵街道工会", households: 2, modelWorkers: 0, amountFen: 900_000 },
    { unit: "多宝镇工会", households: 1, modelWorkers: 0, amountFen: 300_000 },
  ],
};

describe("the default summary of a consolidation speaks the form's own words, unit by unit", () => {
  it("金秋助学: its by-region sentence, by 填报单位 — never 送温暖's 困难劳模及职工", () => {
    expect(renderParsedSummary(defaultSummary(form("jinqiu-zhuxue"), 2), twoUnits).text).toBe(
      "共资助困难职工子女3名，其中：竟陵街道2名、0.9万元；多宝镇1名、0.3万元。",
    );
  });

  it("one 填报单位: the form's first sentence", () => {
    expect(renderParsedSummary(defaultSummary(form("jinqiu-zhuxue"), 1), { ...twoUnits, units: twoUnits.units.slice(0, 1) }).text).toMatch(/^共资助困难职工子女3名，其中/);
  });

  it("劳模慰问, with no sentence by region, keeps its first (these figures count no 劳模级别: it claims no level)", () => {
    expect(renderParsedSummary(defaultSummary(form("laomo-weiwen"), 2), twoUnits).text).toBe("为3名劳模发放春节慰问金、特殊困难帮扶金1.2万元。");
  });
});
