import { checkGrid } from "../src/core/check/check-grid";
import type { CheckResult } from "../src/core/check/types";
import type { CellValue } from "../src/core/cell";
import { SONGWENNUAN_TEMPLATE } from "../src/core/template/songwennuan";
import { generateRoster } from "../tests/fakes/generate-roster";

export const ROSTER_SHEET = "名单";
const TODAY = new Date(Date.UTC(2026, 0, 1));

export interface FlaggedRoster {
  readonly rows: CellValue[][];
  /** The check of `rows`, cut down to the issues of exactly `cells` distinct cells. */
  readonly result: CheckResult;
}

/**
 * A roster whose check flags at least `cells` cells (planted defects spread over twice as many
 * rows), with the result trimmed to exactly that many flagged cells: the input to a highlight.
 */
export function flaggedRoster(cells: number): FlaggedRoster {
  const households = Math.max(1_000, 2 * cells);
  const { rows } = generateRoster(households, { defectRate: Math.min(1, (1.5 * cells) / households) });
  const full = checkGrid(SONGWENNUAN_TEMPLATE, { sheet: ROSTER_SHEET, rows, today: TODAY });
  const kept = new Set<string>();
  const issues = full.issues.filter((issue) => {
    if (kept.has(issue.cell)) return true;
    if (kept.size === cells) return false;
    kept.add(issue.cell);
    return true;
  });
  if (kept.size < cells) throw new Error(`the roster flags only ${kept.size} cells, ${cells} wanted`);
  return { rows, result: { ...full, issues } };
}
