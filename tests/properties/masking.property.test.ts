import fc from "fast-check";
import { jsonReportChunks } from "../../src/apps/cli/json-report";
import { textReport } from "../../src/apps/cli/text-report";
import type { CellValue } from "../../src/core/cell";
import { checkGrid } from "../../src/core/check/check-grid";
import { renderSummary } from "../../src/core/summary/render-summary";
import { SONGWENNUAN_TEMPLATE } from "../../src/core/template/songwennuan";
import { ROSTER_HEADER } from "../fakes/generate-roster";
import { unmaskedRuns } from "../hostile/digit-runs";
import { VALID_IDS } from "./hostile-cells";

const HEADER = [...ROSTER_HEADER, "联系电话", "备注"];
const TODAY = new Date(2025, 0, 15);

const FULL_WIDTH = (text: string) => text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
const groupsOf = (text: string, sizes: readonly number[], separator: string) => {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= text.length) break;
    parts.push(text.slice(at, at + size));
    at += size;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts.join(separator);
};

/** An ID, card or phone number as clerks type them: whole, in groups of 4 or 6-8-4, by space or dash, in full width. */
const sensitiveNumber = fc
  .tuple(
    fc.oneof(
      fc.constantFrom(...VALID_IDS),
      fc.stringMatching(/^62[0-9]{14,17}$/),
      fc.stringMatching(/^1[3-9][0-9]{9}$/),
      fc.stringMatching(/^[0-9]{11,20}$/),
    ),
    fc.constantFrom("", " ", "-", "\u3000", "\u00a0", "—", "－"),
    fc.constantFrom([4, 4, 4, 4, 4], [6, 8, 4], [3, 4, 4]),
    fc.boolean(),
  )
  .map(([digits, separator, sizes, fullWidth]) => {
    const grouped = separator === "" ? digits : groupsOf(digits, sizes, separator);
    return fullWidth ? FULL_WIDTH(grouped) : grouped;
  });

/** Any cell of the roster: an ordinary value, or a number hidden in it, alone or with words around it. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  sensitiveNumber,
  fc.tuple(fc.constantFrom("张三 ", "代领", "伊州区", "卡号：", ""), sensitiveNumber, fc.constantFrom("", " 备用", "（旧）")).map((parts) => parts.join("")),
  fc.constantFrom("张三", "伊州区", "困难职工", "省总", "现金", "银行卡", null, 300, 1500, "HM000001"),
);

/**
 * Every column may hold a number, except the amount's: there a long number is an amount, and
 * --json gives amounts as numbers (13000000000 typed as 慰问金额 is 13000000000 yuan, not a phone).
 */
const AMOUNT = HEADER.indexOf("慰问金额（元）");
const amount = fc.constantFrom<CellValue>(300, 1500, "1,000.00", null, "现金");
const roster = fc.array(
  fc.tuple(fc.array(cell, { minLength: HEADER.length, maxLength: HEADER.length }), amount).map(([cells, money]) => cells.map((value, i) => (i === AMOUNT ? money : value))),
  { minLength: 1, maxLength: 6 },
);

describe("masking: no ID, card or phone number leaves the check in clear", () => {
  it("in any issue string, the readable report or --json, whatever column it was typed in", () => {
    fc.assert(
      fc.property(roster, (dataRows) => {
        const result = checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "名单", rows: [HEADER, ...dataRows], today: TODAY });
        const summary = renderSummary(SONGWENNUAN_TEMPLATE.summaries[0].text, result);
        const said = [
          ...result.issues.flatMap((issue) => [issue.message, issue.messageEn, issue.shownValue, ...Object.values(issue.params).map(String)]),
          textReport("名单.xlsx", result, summary),
          [...jsonReportChunks(result, summary.text)].join(""),
        ];
        expect(said.flatMap(unmaskedRuns)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
