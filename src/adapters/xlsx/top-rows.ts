import { HEADER_WINDOW } from "../../core/check/header-window";
import type { SheetRow } from "../../core/rows/sheet-row";
import type { SheetReader } from "./workbook-reader";

/**
 * The rows a header may be on, of each sheet of a workbook opened once (workbook-file.ts) a check would try (the named one, else every visible
 * one), for choosing the template before the check. Reading stops once the header window is full:
 * a 300,000-row roster costs a chunk of its sheet, not a second pass.
 */
export async function topRowsOf(sheets: readonly SheetReader[], sheet?: string): Promise<SheetRow[][]> {
  const tried = sheets.filter((candidate) => (sheet === undefined ? candidate.visibility === "visible" : candidate.name === sheet));
  const result: SheetRow[][] = [];
  for (const reader of tried) {
    const rows: SheetRow[] = [];
    const more = () => rows.length < HEADER_WINDOW;
    await reader.readRows((rowNumber, cells, hidden) => {
      if (more()) rows.push({ rowNumber, cells: cells.slice(), firstColumn: 1, hidden });
    }, more);
    result.push(rows);
  }
  return result;
}
