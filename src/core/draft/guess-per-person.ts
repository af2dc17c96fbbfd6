import { cellText } from "../rows/cell-text";
import { normalizeIdNumber } from "../id/id-number";
import type { ColumnChoice } from "./column-kind";
import type { PerPerson } from "./draft-pack";
import type { SheetSample } from "./sheet-sample";

/**
 * How many rows one person has in the sheet: once each, and a second is a duplicate (error); more
 * than once, and the form is a 台账 keeping several records, as many as the sheet shows at most.
 */
export function guessPerPerson(choices: readonly ColumnChoice[], sample: SheetSample): PerPerson {
  const id = choices.find((choice) => choice.kind === "id-number");
  if (id === undefined) return "error";
  const counts = new Map<string, number>();
  for (const row of sample.rows) {
    const text = cellText(row[id.column - 1]);
    if (text !== "") counts.set(normalizeIdNumber(text), (counts.get(normalizeIdNumber(text)) ?? 0) + 1);
  }
  const most = Math.max(1, ...counts.values());
  return most === 1 ? "error" : most;
}
