import fc from "fast-check";
import { cellAddress } from "../../src/core/address";
import type { CellValue } from "../../src/core/cell";
import { checkGrid } from "../../src/core/check/check-grid";
import { startCheck } from "../../src/core/check/check-session";
import type { CheckResult, Tally } from "../../src/core/check/types";
import { ReportError } from "../../src/core/errors";
import { SONGWENNUAN_TEMPLATE } from "../../src/core/template/songwennuan";
import { anyRow, VALID_IDS } from "./hostile-cells";
import { plantedRoster, type PlantedRoster } from "./planted-roster";

/** A planted roster with some rows below its header overwritten by anything at all (totals, footers, header words…). */
const rosterInChaos = fc.tuple(plantedRoster, fc.array(fc.tuple(fc.nat(), anyRow(20)), { minLength: 1, maxLength: 5 })).map(([planted, chaos]) => {
  const rows = [...planted.rows];
  const below = rows.length - planted.headerRow;
  for (const [at, row] of chaos) if (below > 0) rows[planted.headerRow + (at % below)] = row;
  return { rows, hiddenRows: planted.hiddenRows };
});

const RUNS = { numRuns: 1000 };
const TODAY = new Date(2025, 0, 15);
const SHEET = "花名册";

function check(rows: readonly (readonly (CellValue | undefined)[])[], hiddenRows: readonly number[] = []): CheckResult {
  return checkGrid(SONGWENNUAN_TEMPLATE, { sheet: SHEET, rows, hiddenRows, today: TODAY });
}

/** The same rows as an adapter streams them: blank rows skipped, leading empty cells trimmed. */
function checkStreaming(rows: readonly (readonly (CellValue | undefined)[])[], hiddenRows: readonly number[]): CheckResult {
  const session = startCheck(SONGWENNUAN_TEMPLATE, { sheet: SHEET, today: TODAY });
  rows.forEach((cells = [], i) => {
    const first = cells.findIndex((cell) => cell !== null && cell !== undefined && cell !== "");
    if (first < 0) return;
    session.pushRow(i + 1, cells.slice(first), first + 1, hiddenRows.includes(i + 1));
  });
  return session.finish();
}

function sumOf(tallies: readonly Tally[]): Tally {
  return tallies.reduce(
    (sum, t) => ({ households: sum.households + t.households, modelWorkers: sum.modelWorkers + t.modelWorkers, amountFen: sum.amountFen + t.amountFen }),
    { households: 0, modelWorkers: 0, amountFen: 0 },
  );
}

/**
 * What must hold of any result, whatever the sheet held. Collected as sentences and asserted
 * once: a thousand runs of per-issue expect() calls would cost most of the time budget.
 */
function expectCoherent(result: CheckResult, hiddenRows: readonly number[]): void {
  const { headerRow, lastRow, dataRowNumbers, totalRowNumbers } = result;
  const wrong: string[] = [];
  if (result.dataRows !== dataRowNumbers.length) wrong.push(`dataRows ${result.dataRows} ≠ ${dataRowNumbers.length} row numbers`);
  for (const rows of [dataRowNumbers, totalRowNumbers]) {
    rows.forEach((row, i) => {
      if (!(row > (i === 0 ? headerRow : rows[i - 1]) && row <= lastRow)) wrong.push(`row ${row} out of order or outside ${headerRow}–${lastRow}`);
    });
  }
  const rowKinds = new Set([...dataRowNumbers, ...totalRowNumbers]);
  if (rowKinds.size !== dataRowNumbers.length + totalRowNumbers.length) wrong.push("a row is both data and total");
  const hiddenData = dataRowNumbers.filter((row) => hiddenRows.includes(row));
  if (JSON.stringify(result.hiddenRowNumbers) !== JSON.stringify(hiddenData)) wrong.push(`hidden ${result.hiddenRowNumbers} ≠ ${hiddenData}`);

  const columns = new Set(Object.values(result.columns));
  for (const issue of result.issues) {
    const at = `${issue.code} at ${issue.cell}`;
    if (issue.code === "column-missing") {
      // A required column the header lacks: one issue on the header row, for a field that indeed has no column.
      if (issue.row !== headerRow) wrong.push(`${at}: not on the header row ${headerRow}`);
      if (issue.field === null || result.columns[issue.field] !== undefined) wrong.push(`${at}: its field has a column`);
    } else if (issue.code === "amount-unit-suspect") {
      // A doubt about the whole column's unit (万元 written as 元): one issue on the amount column's heading.
      if (issue.row !== headerRow) wrong.push(`${at}: not on the header row ${headerRow}`);
      if (issue.field === null || result.columns[issue.field] !== issue.col) wrong.push(`${at}: not on its field's column`);
    } else {
      if (!rowKinds.has(issue.row)) wrong.push(`${at}: row ${issue.row} is neither data nor total`);
      if (!columns.has(issue.col) || (issue.field !== null && result.columns[issue.field] !== issue.col)) wrong.push(`${at}: column ${issue.col} not its field's`);
    }
    if (issue.cell !== cellAddress(issue.row, issue.col)) wrong.push(`${at}: address ≠ row ${issue.row} column ${issue.col}`);
    if (issue.message === "" || issue.messageEn === "") wrong.push(`${at}: no message`);
    // Wherever a clerk typed an ID, what the checker says about it never repeats it.
    const said = `${issue.message} ${issue.messageEn} ${issue.shownValue} ${JSON.stringify(issue.params)}`;
    if (VALID_IDS.some((id) => said.includes(id))) wrong.push(`${at}: shows an ID in clear`);
  }

  for (const tally of [result.total, ...result.regions, ...result.groups]) {
    if (!(Number.isSafeInteger(tally.amountFen) && tally.amountFen >= 0)) wrong.push(`amount ${tally.amountFen} fen`);
  }
  expect(wrong).toEqual([]);
  expect(sumOf(result.regions)).toEqual(result.total);
  expect(sumOf(result.groups)).toEqual(result.total);
  expect(result.total.households).toBe(result.dataRows);
}

/** Fen and households per key, in order of first appearance, computed from how the roster was built. */
function expectedTallies(planted: PlantedRoster, key: "region" | "group"): { label: string; households: number; amountFen: number }[] {
  const tallies = new Map<string, { households: number; amountFen: number }>();
  for (const row of planted.dataRows) {
    const tally = tallies.get(row[key]) ?? { households: 0, amountFen: 0 };
    tallies.set(row[key], { households: tally.households + 1, amountFen: tally.amountFen + row.fen });
  }
  return [...tallies].map(([label, tally]) => ({ label, ...tally }));
}

describe("checkGrid on hostile grids (fast-check, 1,000 runs each)", () => {
  it("throws nothing but a header-not-found ReportError on any grid", () => {
    fc.assert(
      fc.property(fc.array(anyRow(12), { maxLength: 40 }), (rows) => {
        try {
          expectCoherent(check(rows), []);
        } catch (error) {
          if (!(error instanceof ReportError) || error.code !== "header-not-found") throw error;
          expect(error.messageZh).toContain(SHEET);
          expect(error.messageEn).toContain(SHEET);
        }
      }),
      RUNS,
    );
  });

  it("finds a planted header anywhere in its first rows, whatever its aliases, order and surroundings", () => {
    fc.assert(
      fc.property(plantedRoster, (planted) => {
        const result = check(planted.rows, planted.hiddenRows);
        expect(result.headerRow).toBe(planted.headerRow);
        expect(result.columns).toEqual(planted.columns);
      }),
      RUNS,
    );
  });

  it("gives every data row a verdict and nothing else one, with every issue inside the table", () => {
    fc.assert(
      fc.property(plantedRoster, (planted) => {
        const result = check(planted.rows, planted.hiddenRows);
        expect(result.dataRowNumbers).toEqual(planted.dataRows.map((row) => row.rowNumber));
        expect(result.totalRowNumbers).toEqual(planted.totalRowNumbers);
        expect(result.lastRow).toBe(planted.lastRow);
        expectCoherent(result, planted.hiddenRows);
      }),
      RUNS,
    );
  });

  it("subtotals each region and group to the fen of the rows it covers, and they add up to the total", () => {
    fc.assert(
      fc.property(plantedRoster, (planted) => {
        const result = check(planted.rows, planted.hiddenRows);
        const regions = result.regions.map((t) => ({ label: t.region, households: t.households, amountFen: t.amountFen }));
        const groups = result.groups.map((t) => ({ label: t.group, households: t.households, amountFen: t.amountFen }));
        expect(regions).toEqual(expectedTallies(planted, "region"));
        expect(groups).toEqual(expectedTallies(planted, "group"));
        expect(result.total.amountFen).toBe(planted.dataRows.reduce((sum, row) => sum + row.fen, 0));
      }),
      RUNS,
    );
  });

  it("stays coherent when rows below the header hold anything at all", () => {
    fc.assert(
      fc.property(rosterInChaos, ({ rows, hiddenRows }) => expectCoherent(check(rows, hiddenRows), hiddenRows)),
      RUNS,
    );
  });

  it("gives the same result twice, and the same streamed row by row with gaps as checked whole", () => {
    fc.assert(
      fc.property(rosterInChaos, (planted) => {
        const once = check(planted.rows, planted.hiddenRows);
        expect(check(planted.rows, planted.hiddenRows)).toEqual(once);
        expect(checkStreaming(planted.rows, planted.hiddenRows)).toEqual(once);
      }),
      RUNS,
    );
  });
});
