import { formatYuan } from "../format/fen";
import type { ReportDocument } from "./report-document";
import type { StatsCell } from "./stats-table";

/**
 * The report as text to copy, where the host cannot save a file (the task pane inside Excel): the
 * same paragraphs, and each 统计表 as tab-separated lines (Word's 文本转换成表格 turns them back
 * into a table; a spanned cell is followed by empty ones, so columns stay in line).
 */
export function reportText(report: ReportDocument): string {
  const lines: string[] = [];
  for (const block of report.blocks) {
    if (block.kind === "table") {
      lines.push(block.table.caption);
      for (const row of gridRows([...block.table.header, ...block.table.body])) lines.push(row.join("\t"));
    } else if (block.kind === "signature") {
      lines.push("", ...block.lines);
    } else {
      lines.push(block.text);
    }
  }
  return lines.join("\n") + "\n";
}

/** Rows as a grid: a cell spanning rows leaves its column empty in the rows below. */
function gridRows(rows: readonly (readonly StatsCell[])[]): string[][] {
  const covered = new Map<number, number>();
  return rows.map((row) => {
    const out: string[] = [];
    const skipCovered = () => {
      for (let left = covered.get(out.length) ?? 0; left > 0; left = covered.get(out.length) ?? 0) {
        covered.set(out.length, left - 1);
        out.push("");
      }
    };
    for (const cell of row) {
      skipCovered();
      const texts = cellTexts(cell);
      if ((cell.rowSpan ?? 1) > 1) texts.forEach((_, i) => covered.set(out.length + i, cell.rowSpan! - 1));
      out.push(...texts);
    }
    skipCovered();
    return out;
  });
}

function cellTexts(cell: StatsCell): string[] {
  const value = cell.value;
  const text = value.kind === "text" ? value.text : value.kind === "count" ? String(value.count) : formatYuan(value.fen);
  return [text, ...Array.from({ length: (cell.colSpan ?? 1) - 1 }, () => "")];
}
