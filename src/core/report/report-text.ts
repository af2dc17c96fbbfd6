import { formatYuan } from "../format/fen";
import type { ReportDocument } from "./report-document";
import { statsGrid, type StatsValue } from "./stats-table";

/**
 * The report as text to copy, where the host cannot save a file (the task pane inside Excel): the
 * same paragraphs, and each 统计表 as tab-separated lines (Word's 文本转换成表格 turns them back
 * into a table; a spanned cell leaves the cells it covers empty, so columns stay in line).
 */
export function reportText(report: ReportDocument): string {
  const lines: string[] = [];
  for (const block of report.blocks) {
    if (block.kind === "table") {
      lines.push(block.table.caption);
      for (const row of statsGrid(block.table).rows) lines.push(row.map(valueText).join("\t"));
    } else if (block.kind === "signature") {
      lines.push("", ...block.lines);
    } else {
      lines.push(block.text);
    }
  }
  return lines.join("\n") + "\n";
}

function valueText(value: StatsValue | null): string {
  if (value === null) return "";
  return value.kind === "text" ? value.text : value.kind === "count" ? String(value.count) : formatYuan(value.fen);
}
