import fc from "fast-check";
import type { CellValue } from "../../../src/core/cell";
import { checkGrid } from "../../../src/core/check/check-grid";
import type { CheckResult } from "../../../src/core/check/types";
import { IncrementalCheck, type HeldGrid } from "../../../src/core/incremental/incremental-check";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { generateRoster, ROSTER_HEADER } from "../../fakes/generate-roster";

const SHEET = "花名册";
const TODAY = new Date(2025, 0, 15);
const HOUSEHOLDS = 30;
const column = (heading: string) => ROSTER_HEADER.indexOf(heading);
const COLUMNS = {
  region: column("地区"),
  name: column("姓名"),
  id: column("身份证号"),
  archive: column("档案编号"),
  amount: column("慰问金额（元）"),
  account: column("银行卡号"),
  holder: column("户名"),
};

/** What the pane shows of a result: the list (each issue as the clerk reads it), the counts and the tallies. */
function shown(result: CheckResult) {
  const { issues, regions, groups, total, dataRowNumbers, totalRowNumbers, hiddenRowNumbers, lastRow, statedTotalFen } = result;
  return {
    issues: issues.map(({ code, severity, row, col, cell, field, message, messageEn, params, shownValue }) => ({ code, severity, row, col, cell, field, message, messageEn, params, shownValue })),
    regions, groups, total, dataRowNumbers, totalRowNumbers, hiddenRowNumbers, lastRow, statedTotalFen,
  };
}

/**
 * One edit: a cell of a data row set to a value a clerk might type — often a value copied from
 * another row (an ID, account or archive number typed twice), or a row emptied, or 合计 typed in.
 */
interface Edit {
  readonly row: number;
  readonly kind: string;
  readonly from: number;
  readonly value: CellValue;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  row: fc.nat({ max: HOUSEHOLDS + 1 }),
  kind: fc.constantFrom("amount", "id", "account", "archive", "name", "region", "copy-id", "copy-account", "copy-archive", "empty-row", "total-label"),
  from: fc.nat({ max: HOUSEHOLDS - 1 }),
  value: fc.constantFrom<CellValue>(1200, 800, 3000, "1,500", "壹仟", null, "", "伊州区", "新区", "张三", "11010519491231002X", "110105491231002", "6222021234567890128", "６２２２０２１２３４５６７８９０１２８", "6222 0212 3456 7890 128"),
});
const batches: fc.Arbitrary<Edit[][]> = fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 });

function applyEdit(rows: CellValue[][], { row, kind, from, value }: Edit): number {
  const at = 2 + row; // sheet rows 3…: the data (and, with a 合计, the row after it)
  const target = (rows[at] = [...(rows[at] ?? [])]);
  const source = rows[2 + from] ?? [];
  const set = (index: number, cell: CellValue) => (target[index] = cell);
  switch (kind) {
    case "amount": set(COLUMNS.amount, value); break;
    case "id": set(COLUMNS.id, value); break;
    case "account": set(COLUMNS.account, value); break;
    case "archive": set(COLUMNS.archive, value); break;
    case "name": set(COLUMNS.name, value); set(COLUMNS.holder, value); break;
    case "region": set(COLUMNS.region, value); break;
    case "copy-id": set(COLUMNS.id, source[COLUMNS.id] ?? null); break;
    case "copy-account": set(COLUMNS.account, source[COLUMNS.account] ?? null); break;
    case "copy-archive": set(COLUMNS.archive, source[COLUMNS.archive] ?? null); break;
    case "empty-row": rows[at] = []; break;
    case "total-label": set(0, "合计"); break;
  }
  return at + 1;
}

function runEdits(withTotal: boolean, plan: readonly Edit[][]) {
  const generated = generateRoster(HOUSEHOLDS, { defectRate: 0.2 }).rows;
  const rows = withTotal ? generated.map((cells) => [...cells]) : generated.slice(0, -1).map((cells) => [...cells]);
  const grid = (): HeldGrid => ({ firstRow: 1, firstColumn: 1, rows: rows.map((cells) => [...cells]), hiddenRows: [7] });
  const incremental = new IncrementalCheck(SONGWENNUAN_TEMPLATE, { sheet: SHEET, today: TODAY });
  incremental.full(grid());
  for (const batch of plan) {
    const edited = [...new Set(batch.map((each) => applyEdit(rows, each)))];
    const now = grid();
    const updated = incremental.update(now, edited);
    const full = checkGrid(SONGWENNUAN_TEMPLATE, { sheet: SHEET, today: TODAY, ...now, rows: now.rows.map((cells) => cells ?? []) });
    expect(shown(updated)).toEqual(shown(full));
  }
  return incremental.counts;
}

describe("checking while typing: the incremental result is the full check's", () => {
  it("after random edits to a roster without a 合计 row, issue for issue, with the counts and tallies", () => {
    let incremental = 0;
    fc.assert(
      fc.property(batches, (plan) => {
        incremental += runEdits(false, plan).incremental;
      }),
      { numRuns: 50 },
    );
    // Most edits took the incremental way (the rest: rows emptied, 合计 typed, … checked in full).
    expect(incremental).toBeGreaterThan(50 * 2);
  });

  it("after random edits to a roster ending in a 合计 row (an amount or region edit re-checks it all)", () => {
    fc.assert(fc.property(batches, (plan) => void runEdits(true, plan)), { numRuns: 30 });
  });

  it("re-checks only the rows an edit reaches: a duplicate ID typed links the two rows, nothing else", () => {
    const rows = generateRoster(1000, { defectRate: 0 }).rows.slice(0, -1).map((cells) => [...cells]);
    const incremental = new IncrementalCheck(SONGWENNUAN_TEMPLATE, { sheet: SHEET, today: TODAY });
    incremental.full({ firstRow: 1, firstColumn: 1, rows });
    rows[500][COLUMNS.id] = rows[10][COLUMNS.id];
    const result = incremental.update({ firstRow: 1, firstColumn: 1, rows }, [501]);
    expect(incremental.counts).toEqual({ full: 1, incremental: 1 });
    expect(result.issues.filter((issue) => issue.code === "duplicate-person").map((issue) => `${issue.cell} ${issue.params.firstRow}`)).toEqual(["E501 11"]);
  });
});
