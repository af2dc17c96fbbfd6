import fc from "fast-check";
import type { CellValue } from "../../src/core/cell";
import { checkGrid } from "../../src/core/check/check-grid";
import type { CheckResult } from "../../src/core/check/types";
import type { FieldKey } from "../../src/core/fields";
import { applyRuleOverrides } from "../../src/core/template/load-template";
import type { Template } from "../../src/core/template/schema";
import { SONGWENNUAN_TEMPLATE } from "../../src/core/template/songwennuan";
import { plantedRoster } from "./planted-roster";

const TODAY = new Date(2025, 0, 15);
/** Header words no built-in field knows, as a county might use them. */
const NEW_WORDS = ["社区", "管区", "网格", "受助人", "补助款"];

function check(template: Template, rows: readonly (readonly (CellValue | undefined)[])[], hiddenRows: readonly number[]): CheckResult | string {
  try {
    return checkGrid(template, { sheet: "花名册", rows, hiddenRows, today: TODAY });
  } catch (error) {
    return (error as Error).name;
  }
}

describe("a rules file adding one alias (property)", () => {
  it("gives a roster headed with that word exactly the verdict the built-in template gives it under the usual header", () => {
    fc.assert(
      fc.property(plantedRoster, fc.constantFrom<FieldKey>("region", "name", "amount"), fc.constantFrom(...NEW_WORDS), (planted, key, word) => {
        const column = planted.columns[key]!;
        const renamed = planted.rows.map((row, i) => (i === planted.headerRow - 1 ? row.map((cell, c) => (c === column - 1 ? word : cell)) : row));
        const template = applyRuleOverrides(SONGWENNUAN_TEMPLATE, { fields: [{ key, aliases: [word] }] });
        const unit = key === "amount" ? planted.rows[planted.headerRow - 1][column - 1] : null;
        // The amount's header may carry its unit (元 or 万元): the renamed one keeps it.
        if (typeof unit === "string" && /元/.test(unit)) renamed[planted.headerRow - 1][column - 1] = `${word}（${/万元/.test(unit) ? "万元" : "元"}）`;
        expect(check(template, renamed, planted.hiddenRows)).toEqual(check(SONGWENNUAN_TEMPLATE, planted.rows, planted.hiddenRows));
      }),
      { numRuns: 300 },
    );
  });
});
