import { ERROR_FILL, flaggedCells, protectedSheet, WARNING_FILL, type SheetIssues } from "../../core/workbook/marks";
import { addressLists } from "../../core/workbook/address-lists";
import type { ExcelRun, IsSetSupported } from "./excel-run";
import { ledgerOf, ledgersIn, storedLedgers, type MarksLedger, type PriorFill } from "../../core/workbook/marks-ledger";
import { queueRestore } from "./marks-ledger";
import { RequestBudget } from "./request-budget";
import { bareAddress, cellsWithNotes } from "./sheet-notes";
import { MARKS_NAMESPACE, readXmlJson, type StoredXml } from "./xml-part-store";

export interface MarkOptions {
  readonly run: ExcelRun;
  readonly isSetSupported: IsSetSupported;
}

/** All syncs of one marking or clearing become one entry in Excel's undo list where Excel can (1.20). */
function undoGroup(isSetSupported: IsSetSupported) {
  return isSetSupported("ExcelApi", "1.20") ? { mergeUndoGroup: true } : undefined;
}

const notesSupported = (isSetSupported: IsSetSupported) => isSetSupported("ExcelApi", "1.18");

/** Puts back what an earlier marking changed (on whichever sheets it was) and forgets it. */
async function undoPreviousMarks(context: Excel.RequestContext, stored: StoredXml, isSetSupported: IsSetSupported): Promise<void> {
  const ledgers = ledgersIn(stored.value);
  if (ledgers === null) {
    stored.remove();
    return;
  }
  const sheets = ledgers.map((ledger) => context.workbook.worksheets.getItemOrNullObject(ledger.sheet));
  for (const sheet of sheets) sheet.protection.load("protected,options");
  await context.sync();
  // A protected sheet refuses before anything is put back: the ledger stays whole for the next try.
  ledgers.forEach((ledger, i) => {
    if (!sheets[i].isNullObject) refuseProtected(sheets[i], ledger.sheet);
  });
  stored.remove();
  for (const [i, ledger] of ledgers.entries()) {
    if (sheets[i].isNullObject) continue; // the marked sheet was deleted: nothing left to restore
    const notes = ledger.notes.length && notesSupported(isSetSupported) ? await cellsWithNotes(context, sheets[i]) : new Map<string, string>();
    await queueRestore(context, sheets[i], ledger, notes);
  }
}

function refuseProtected(sheet: Excel.Worksheet, name: string): void {
  if (sheet.protection.protected && !sheet.protection.options.allowFormatCells) throw protectedSheet(name);
}

/**
 * Fills flagged cells and adds notes, after reading every flagged cell's current fill in one
 * batch so clearMarks can restore it exactly. Values and formulas are never written.
 */
export function markIssues(options: MarkOptions, result: SheetIssues): Promise<void> {
  return markSheets(options, [result]);
}

/**
 * Marks several sheets as one marking (the 汇总 of a workbook's township sheets): the previous
 * marking is undone first, wherever it was, and one ledger records every sheet, so one 清除标记
 * restores them all. Every sheet's protection is read before anything is changed.
 */
export function markSheets({ run, isSetSupported }: MarkOptions, marked: readonly SheetIssues[]): Promise<void> {
  return run(async (context) => {
    const sheets = marked.map((entry) => context.workbook.worksheets.getItem(entry.sheet));
    for (const sheet of sheets) sheet.protection.load("protected,options");
    const stored = await readXmlJson(context, MARKS_NAMESPACE);
    sheets.forEach((sheet, i) => refuseProtected(sheet, marked[i].sheet));
    if (stored.value !== null) await undoPreviousMarks(context, stored, isSetSupported);
    const ledgers: MarksLedger[] = [];
    for (const [i, entry] of marked.entries()) ledgers.push(await markSheet(context, sheets[i], entry, notesSupported(isSetSupported)));
    stored.replace(storedLedgers(ledgers));
    await context.sync();
  }, undoGroup(isSetSupported));
}

async function markSheet(context: Excel.RequestContext, sheet: Excel.Worksheet, { sheet: name, issues }: SheetIssues, withNotes: boolean): Promise<MarksLedger> {
  const cells = flaggedCells(issues);
  const addresses = [...cells.keys()];
  const areaReads = addressLists(addresses).map((list) =>
    sheet.getRanges(list).areas.load("items/address,items/format/fill/color,items/format/fill/pattern,items/format/fill/patternColor"),
  );
  let noted = new Map<string, string>();
  if (withNotes) noted = await cellsWithNotes(context, sheet); // its first sync also runs the reads above
  else await context.sync();

  const priorFills = new Map<string, PriorFill>();
  for (const areas of areaReads) {
    for (const area of areas.items) {
      const { color, pattern, patternColor } = area.format.fill;
      priorFills.set(bareAddress(area.address), { color, pattern, patternColor: pattern === "Solid" ? null : patternColor });
    }
  }

  for (const [severity, color] of [["error", ERROR_FILL], ["warning", WARNING_FILL]] as const) {
    const matching = addresses.filter((address) => cells.get(address)!.severity === severity);
    for (const list of addressLists(matching)) sheet.getRanges(list).format.fill.color = color;
  }
  const notesAdded: [string, string][] = [];
  if (withNotes) {
    const budget = new RequestBudget(context);
    for (const [address, cell] of cells) {
      if (noted.has(address)) continue; // the clerk's own note stays as it is
      const text = cell.messages.join("\n");
      await budget.reserve(text);
      sheet.notes.add(address, text);
      notesAdded.push([address, text]);
    }
  }
  return ledgerOf(name, priorFills, notesAdded);
}

/** Restores every fill and removes every note that markIssues added, then forgets them. */
export function clearMarks({ run, isSetSupported }: MarkOptions): Promise<void> {
  return run(async (context) => {
    const stored = await readXmlJson(context, MARKS_NAMESPACE);
    if (stored.value === null) return;
    await undoPreviousMarks(context, stored, isSetSupported);
    await context.sync();
  }, undoGroup(isSetSupported));
}
