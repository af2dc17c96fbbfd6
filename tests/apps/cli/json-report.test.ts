import { jsonReportChunks } from "../../../src/apps/cli/json-report";
import type { CellValue } from "../../../src/core/cell";
import { checkGrid } from "../../../src/core/check/check-grid";
import type { CheckResult } from "../../../src/core/check/types";
import { fenToYuan } from "../../../src/core/format/fen";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { ISSUE_HEAVY_HEADER, issueHeavyRow } from "../../fakes/issue-heavy-roster";

function check(rows: CellValue[][]): CheckResult {
  return checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "名单", rows: [ISSUE_HEAVY_HEADER, ...rows], today: new Date(2025, 0, 15) });
}

/** The documented object, built plainly: what the streamed pieces must add up to, byte for byte. */
function documented(result: CheckResult, summary: string) {
  return {
    sheet: result.sheet,
    headerRow: result.headerRow,
    dataRows: result.dataRows,
    issues: result.issues.map(({ cell, row, field, code, severity, message }) => ({ cell, row, field, code, severity, message })),
    groups: result.regions.map((r) => ({ region: r.region, households: r.households, modelWorkers: r.modelWorkers, amountYuan: fenToYuan(r.amountFen) })),
    byGroup: result.groups.map((g) => ({ group: g.group, households: g.households, amountYuan: fenToYuan(g.amountFen) })),
    total: { households: result.total.households, modelWorkers: result.total.modelWorkers, amountYuan: fenToYuan(result.total.amountFen) },
    summary,
    summaryCaveat: null,
    skippedSheets: result.skippedSheets ?? [],
    uncheckedColumns: [],
  };
}

describe("jsonReportChunks", () => {
  it("adds up to JSON.stringify of the documented object, across many chunks", () => {
    const result = check(Array.from({ length: 700 }, (_, i) => issueHeavyRow(i + 1)));
    const chunks = [...jsonReportChunks(result, "本次共走访慰问700户。")];
    expect(result.issues).toHaveLength(4900);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join("")).toBe(JSON.stringify(documented(result, "本次共走访慰问700户。")) + "\n");
  });

  it("is the same object for a result without issues", () => {
    const result = check([]);
    expect([...jsonReportChunks(result, "")].join("")).toBe(JSON.stringify(documented(result, "")) + "\n");
  });

  it("writes C1 controls and DEL as \\u escapes: the same value, nothing raw for a terminal", () => {
    const row = issueHeavyRow(1);
    row[1] = "伊州区\x9b2J\x7f";
    const text = [...jsonReportChunks(check([row]), "")].join("");
    expect(text).not.toMatch(/[\u007f-\u009f]/);
    expect(text).toContain('"region":"伊州区\\u009b2J\\u007f"');
    expect(JSON.parse(text).groups[0].region).toBe("伊州区\x9b2J\x7f");
  });
});
