import type { CellValue } from "../../../src/core/cell";
import { checkGrid } from "../../../src/core/check/check-grid";
import { renderSummary } from "../../../src/core/summary/render-summary";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { HEADER, TODAY, flagged, person } from "../check/roster-fixture";

/** The fixture's header with the amount headed as given (慰问金额 with no unit, or in 万元). */
const headed = (amountHeading: string) => HEADER.map((heading) => (heading === "慰问金额（元）" ? amountHeading : heading));
/** One-line-per-household rows, 一线职工 with no archive (no minimum applies), amounts as given. */
const rows = (amounts: CellValue[]) => amounts.map((amount, i) => person({ group: "一线职工", level: null, archiveNo: null, amount }, i));

function check(above: CellValue[][], header: string[], amounts: CellValue[]) {
  return checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "名单", rows: [...above, header, ...rows(amounts)], today: TODAY });
}

describe("amount-unit-suspect", () => {
  it("warns once, on the amount heading, when a roster with no unit written has amounts like 0.1, 0.15, 0.2", () => {
    const result = check([["2024年送温暖慰问名单"]], headed("慰问金额"), [0.1, 0.15, 0.2]);
    expect(flagged(result, "amount-unit-suspect")).toEqual(["I2 amount-unit-suspect"]);
    const issue = result.issues.find((i) => i.code === "amount-unit-suspect")!;
    expect(issue.severity).toBe("warning");
    expect(issue.message).toBe(
      "慰问金额列（I列）没有写单位，按元读取；但3个金额中有3个不到10元（0.1、0.15、0.2），像是以万元填写的（0.1万元即1,000元）。" +
        "按元计合计0.45元，若是万元则为4,500.00元：合计和总结中的金额在确认单位前都不可信。" +
        "若单位是万元，请把表头改为“慰问金额（万元）”或在表头上方加一行“单位：万元”后重新校验；若确是元，请逐一核对这些金额。",
    );
    expect(issue.messageEn).toContain("3 of its 3 amounts are under 10 yuan (0.1, 0.15, 0.2)");
    expect(result.amountUnitDoubt).toEqual({ column: "I", examples: ["0.1", "0.15", "0.2"], small: 3, positive: 3, sumYuan: "0.45", asWanYuan: "4,500.00" });
  });

  it("puts the caveat beside the summary, whose 万元 figure would read 0", () => {
    const result = check([], headed("慰问金额"), [0.1, 0.15]);
    const summary = renderSummary(SONGWENNUAN_TEMPLATE.summaries[0].text, result);
    expect(summary.warnings[0]).toMatch(/^金额单位存疑（I列的金额像是万元数，见 amount-unit-suspect）：总结中的金额按元计算，确认单位前请勿使用 \/ /);
  });

  it("does not claim no unit was written when the heading says 元", () => {
    const result = check([], HEADER, [0.1, 0.15, 0.2]);
    const issue = result.issues.find((i) => i.code === "amount-unit-suspect")!;
    expect(issue.message).toMatch(/^慰问金额列（I列）写明单位是元，但3个金额中有3个不到10元/);
  });

  it("still fires when one 元 figure is typed among 万元 ones (4 of 5 under 10 元)", () => {
    expect(flagged(check([], headed("慰问金额"), [0.1, 0.15, 0.2, 0.1, 1500]), "amount-unit-suspect")).toEqual(["I1 amount-unit-suspect"]);
  });

  it.each([
    ["a 万元 heading", [], headed("慰问金额（万元）")],
    ["a 单位：万元 line", [["单位：万元"]], headed("慰问金额")],
  ])("says nothing when %s converts the amounts", (_, above, header) => {
    const result = check(above as CellValue[][], header, [0.1, 0.15, 0.2]);
    expect(flagged(result, "amount-unit-suspect")).toEqual([]);
    expect(result.total.amountFen).toBe(450000);
    expect(result.amountUnitDoubt).toBeUndefined();
  });

  it.each([
    ["a 元 roster", [500, 800, 1000, 1500, 2000]],
    ["a 元 roster with one 0.5 typo", [0.5, 800, 1000, 1500, 2000]],
    ["small whole amounts, none under 1 元", [1, 2, 2, 3]],
    ["zero amounts", [0, 0, 0]],
  ])("says nothing on %s", (_, amounts) => {
    expect(flagged(check([], headed("慰问金额"), amounts), "amount-unit-suspect")).toEqual([]);
  });
});
