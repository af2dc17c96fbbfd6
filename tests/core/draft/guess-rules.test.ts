import { guessColumns } from "../../../src/core/draft/guess-columns";
import { guessRules } from "../../../src/core/draft/guess-rules";
import { sampleSheet } from "../../../src/core/draft/sheet-sample";

const HEADER = ["姓名", "入院日期", "出院日期", "自付金额", "给付比例", "互助金额", "慰问金", "帮扶金", "小计"];
const row = (i: number, changes: Partial<Record<string, unknown>> = {}) => {
  const base: Record<string, unknown> = { 姓名: `王${i}`, 入院日期: `2025-03-0${i}`, 出院日期: `2025-03-1${i}`, 自付金额: 1000 * i, 给付比例: 0.8, 互助金额: 800 * i, 慰问金: 500, 帮扶金: 100 * i, 小计: 500 + 100 * i };
  const merged = { ...base, ...changes };
  return HEADER.map((heading) => merged[heading]);
};

function guessed(rows: unknown[][]): string[] {
  const sample = sampleSheet([HEADER, ...rows] as never)!;
  const choices = guessColumns(sample);
  return guessRules(choices, sample).map((rule) =>
    rule.kind === "date-order"
      ? `${HEADER[rule.field - 1]} ≥ ${HEADER[rule.notBefore - 1]}`
      : `${HEADER[rule.field - 1]} = ${rule.operands.map((column) => HEADER[column - 1]).join(rule.op === "*" ? " × " : " + ")}`,
  );
}

describe("guessRules", () => {
  it("offers the date order, the product by a rate and the sum the rows keep", () => {
    expect(guessed([1, 2, 3, 4, 5].map((i) => row(i)))).toEqual(["出院日期 ≥ 入院日期", "互助金额 = 自付金额 × 给付比例", "小计 = 慰问金 + 帮扶金"]);
  });

  it("still offers them when one row in ten breaks them (a mistake to find), not when more do", () => {
    const rows = Array.from({ length: 10 }, (_, i) => row((i % 9) + 1));
    rows[3] = row(4, { 互助金额: 3300, 小计: 1 });
    expect(guessed(rows)).toEqual(["出院日期 ≥ 入院日期", "互助金额 = 自付金额 × 给付比例", "小计 = 慰问金 + 帮扶金"]);
    rows[5] = row(6, { 互助金额: 1, 小计: 2 });
    expect(guessed(rows)).toEqual(["出院日期 ≥ 入院日期"]);
  });

  it("offers nothing from too few rows to tell (near miss: three rows that all agree)", () => {
    expect(guessed([1, 2, 3].map((i) => row(i)))).toEqual([]);
  });
});
