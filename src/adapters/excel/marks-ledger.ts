import { noteDigest, type MarksLedger } from "../../core/workbook/marks-ledger";
import { addressLists } from "../../core/workbook/address-lists";
import { RequestBudget } from "./request-budget";

/** Queues putting every fill back as it was and deleting the add-in's notes that still hold the add-in's text. */
export async function queueRestore(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  ledger: MarksLedger,
  existingNotes: ReadonlyMap<string, string>,
): Promise<void> {
  for (const list of addressLists(ledger.unfilled)) sheet.getRanges(list).format.fill.clear();
  const byFill = new Map<string, string[]>();
  for (const [address, color, pattern, patternColor] of ledger.filled) {
    const key = JSON.stringify([color, pattern, patternColor]);
    const addresses = byFill.get(key);
    if (addresses) addresses.push(address);
    else byFill.set(key, [address]);
  }
  for (const [key, addresses] of byFill) {
    const [color, pattern, patternColor] = JSON.parse(key) as [string, Excel.RangeFill["pattern"], string | null];
    for (const list of addressLists(addresses)) {
      const fill = sheet.getRanges(list).format.fill;
      fill.color = color;
      if (pattern !== "Solid") fill.pattern = pattern;
      if (patternColor) fill.patternColor = patternColor;
    }
  }
  const budget = new RequestBudget(context);
  for (const note of ledger.notes) {
    const current = existingNotes.get(typeof note === "string" ? "" : note[0]);
    if (typeof note === "string" || current === undefined || noteDigest(current) !== note[1]) continue;
    await budget.reserve(note[0]);
    sheet.notes.getItem(note[0]).delete();
  }
}
