/**
 * The sheet rows an edit's address covers: `B3`, `B3:D10`, `3:5`, several areas joined by commas,
 * with or without `$` and a sheet prefix. A whole column (`A:A`) or anything unreadable is "all":
 * the caller then reads the sheet again rather than guess.
 */
export function editedRows(address: string): number[] | "all" {
  const rows = new Set<number>();
  for (const part of address.split(",")) {
    const area = part.slice(part.lastIndexOf("!") + 1).replace(/\$/g, "").trim();
    const match = /^[A-Za-z]{0,3}(\d+)(?::[A-Za-z]{0,3}(\d+))?$/.exec(area);
    if (!match) return "all";
    const top = Number(match[1]);
    const bottom = Number(match[2] ?? match[1]);
    for (let row = Math.min(top, bottom); row <= Math.max(top, bottom); row++) rows.add(row);
  }
  return [...rows].sort((a, b) => a - b);
}

/** Sorted rows as runs of consecutive rows, so each run is one bulk read. */
export function rowSpans(rows: readonly number[]): { top: number; count: number }[] {
  const spans: { top: number; count: number }[] = [];
  for (const row of rows) {
    const last = spans[spans.length - 1];
    if (last && last.top + last.count === row) last.count++;
    else spans.push({ top: row, count: 1 });
  }
  return spans;
}
