import type { CheckResult, Issue } from "../../core/check/types";
import { ReportError } from "../../core/errors";
import { addressLists } from "./address-lists";
import type { ExcelRun, IsSetSupported } from "./excel-run";
import { isMarksLedger, ledgerOf, queueRestore, type MarksLedger, type PriorFill } from "./marks-ledger";
import { RequestBudget } from "./request-budget";
import { bareAddress, cellsWithNotes } from "./sheet-notes";
import { MARKS_NAMESPACE, readXmlJson, type StoredXml } from "./xml-part-store";

/** The same light red and amber as Excel's built-in "bad" and "neutral" styles (and the xlsx copy). */
export const ERROR_FILL = "#FFC7CE";
export const WARNING_FILL = "#FFEB9C";

export interface MarkOptions {
  readonly run: ExcelRun;
  readonly isSetSupported: IsSetSupported;
}

/** All syncs of one marking or clearing become one entry in Excel's undo list where Excel can (1.20). */
function undoGroup(isSetSupported: IsSetSupported) {
  return isSetSupported("ExcelApi", "1.20") ? { mergeUndoGroup: true } : undefined;
}

const notesSupported = (isSetSupported: IsSetSupported) => isSetSupported("ExcelApi", "1.18");

function protectedSheet(sheet: string): ReportError {
  return new ReportError(
    "sheet-protected",
    `工作表“${sheet}”受保护，无法标记或清除单元格颜色；校验结果不受影响。请先撤销工作表保护（审阅 > 撤销工作表保护）。`,
    `Sheet "${sheet}" is protected, so cells cannot be marked or unmarked; the check itself is unaffected. Unprotect the sheet first (Review > Unprotect Sheet).`,
  );
}

/** One entry per flagged cell: red if any of its issues is an error, with every message for the note. */
function flaggedCells(issues: readonly Issue[]): Map<string, { severity: Issue["severity"]; messages: string[] }> {
  const cells = new Map<string, { severity: Issue["severity"]; messages: string[] }>();
  for (const issue of issues) {
    const cell = cells.get(issue.cell);
    if (!cell) cells.set(issue.cell, { severity: issue.severity, messages: [issue.message] });
    else {
      if (issue.severity === "error") cell.severity = "error";
      if (!cell.messages.includes(issue.message)) cell.messages.push(issue.message);
    }
  }
  return cells;
}

/** Puts back what an earlier marking changed (on whichever sheet it was) and forgets it. */
async function undoPreviousMarks(context: Excel.RequestContext, stored: StoredXml, isSetSupported: IsSetSupported): Promise<void> {
  if (!isMarksLedger(stored.value)) {
    stored.remove();
    return;
  }
  const ledger: MarksLedger = stored.value;
  const sheet = context.workbook.worksheets.getItemOrNullObject(ledger.sheet);
  sheet.protection.load("protected,options");
  await context.sync();
  stored.remove();
  if (sheet.isNullObject) return; // the marked sheet was deleted: nothing left to restore
  if (sheet.protection.protected && !sheet.protection.options.allowFormatCells) throw protectedSheet(ledger.sheet);
  const notes = ledger.notes.length && notesSupported(isSetSupported) ? await cellsWithNotes(context, sheet) : new Map<string, string>();
  await queueRestore(context, sheet, ledger, notes);
}

/**
 * Fills flagged cells and adds notes, after reading every flagged cell's current fill in one
 * batch so clearMarks can restore it exactly. Values and formulas are never written.
 */
export function markIssues({ run, isSetSupported }: MarkOptions, result: CheckResult): Promise<void> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(result.sheet);
    sheet.protection.load("protected,options");
    const stored = await readXmlJson(context, MARKS_NAMESPACE);
    if (sheet.protection.protected && !sheet.protection.options.allowFormatCells) throw protectedSheet(result.sheet);
    if (stored.value !== null) await undoPreviousMarks(context, stored, isSetSupported);

    const cells = flaggedCells(result.issues);
    const addresses = [...cells.keys()];
    const areaReads = addressLists(addresses).map((list) =>
      sheet.getRanges(list).areas.load("items/address,items/format/fill/color,items/format/fill/pattern,items/format/fill/patternColor"),
    );
    const withNotes = notesSupported(isSetSupported);
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
    stored.replace(ledgerOf(result.sheet, priorFills, notesAdded));
    await context.sync();
  }, undoGroup(isSetSupported));
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
