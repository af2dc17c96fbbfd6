import { addressLists } from "../../core/workbook/address-lists";
import { ERROR_FILL, flaggedCells, protectedSheet, WARNING_FILL, type SheetIssues } from "../../core/workbook/marks";
import { ledgerOf, ledgersIn, noteDigest, storedLedgers, type MarksLedger, type PriorFill } from "../../core/workbook/marks-ledger";
import type { EtWorkbook, EtWorksheet } from "./et-api";
import { bgrOf, hexOf, XL_NONE, XL_SOLID } from "./et-constants";
import { readLedgers, writeLedgers } from "./ledger-sheet";
import { findSheet, sheetNamed } from "./workbook-sheets";

/** VBA's Range(address) takes at most 255 characters: several cells per call, within that. */
export const MAX_WPS_ADDRESS_CHARS = 255;

const NO_FILL: PriorFill = { color: "#FFFFFF", pattern: "None", patternColor: null };

function refuseProtected(sheet: EtWorksheet, name: string): void {
  if (sheet.ProtectContents && !sheet.Protection.AllowFormattingCells) throw protectedSheet(name);
}

/**
 * Fills flagged cells (the same red and amber as Excel) and adds notes, after reading each cell's
 * fill so 清除标记 can put it back. A list of cells with no fill at all (a roster's usual state)
 * is one ColorIndex read; only lists holding a fill are read cell by cell. The previous marking
 * is undone first; the ledger goes on the ledger sheet. Values are never written.
 */
export function markWpsIssues(workbook: EtWorkbook, marked: SheetIssues): void {
  const sheet = sheetNamed(workbook, marked.sheet);
  refuseProtected(sheet, marked.sheet);
  const stored = readLedgers(workbook);
  undoMarks(workbook, stored.marks);
  const ledger = markSheet(sheet, marked);
  writeLedgers(workbook, { ...stored, marks: storedLedgers([ledger]) });
}

/** Restores every fill and removes every note the last marking added (a note the clerk changed stays). */
export function clearWpsMarks(workbook: EtWorkbook): void {
  const stored = readLedgers(workbook);
  if (stored.marks === undefined) return;
  undoMarks(workbook, stored.marks);
  const { marks: _cleared, ...rest } = stored;
  writeLedgers(workbook, rest);
}

function markSheet(sheet: EtWorksheet, { sheet: name, issues }: SheetIssues): MarksLedger {
  const cells = flaggedCells(issues);
  const addresses = [...cells.keys()];
  const priorFills = new Map<string, PriorFill>();
  for (const list of addressLists(addresses, MAX_WPS_ADDRESS_CHARS)) {
    const cellsOfList = list.split(",");
    if (sheet.Range(list).Interior.ColorIndex === XL_NONE) for (const address of cellsOfList) priorFills.set(address, NO_FILL);
    else for (const address of cellsOfList) priorFills.set(address, priorFill(sheet, address));
  }
  for (const [severity, color] of [["error", ERROR_FILL], ["warning", WARNING_FILL]] as const) {
    const matching = addresses.filter((address) => cells.get(address)!.severity === severity);
    for (const list of addressLists(matching, MAX_WPS_ADDRESS_CHARS)) sheet.Range(list).Interior.Color = bgrOf(color);
  }
  const noted = notesOf(sheet);
  const notesAdded: [string, string][] = [];
  for (const [address, cell] of cells) {
    if (noted.has(address)) continue; // the clerk's own note stays as it is
    const text = cell.messages.join("\n");
    sheet.Range(address).AddComment().Text(text);
    notesAdded.push([address, text]);
  }
  return ledgerOf(name, priorFills, notesAdded);
}

/**
 * One cell's fill. A hatch is kept as a solid fill of its colour: the ledger speaks Excel's
 * pattern names and rosters do not use hatches.
 */
function priorFill(sheet: EtWorksheet, address: string): PriorFill {
  const interior = sheet.Range(address).Interior;
  if (interior.ColorIndex === XL_NONE) return NO_FILL;
  return { color: hexOf(interior.Color ?? 0xffffff), pattern: "Solid", patternColor: null };
}

/** The sheet's notes by cell: one Count call when there are none (a roster's usual state). */
function notesOf(sheet: EtWorksheet): Map<string, string> {
  const comments = sheet.Comments;
  const notes = new Map<string, string>();
  for (let i = 1; i <= comments.Count; i++) {
    const comment = comments.Item(i);
    notes.set(comment.Parent.Address(false, false), comment.Text());
  }
  return notes;
}

function undoMarks(workbook: EtWorkbook, stored: unknown): void {
  if (stored === undefined) return;
  const ledgers = ledgersIn(stored) ?? [];
  const sheets = ledgers.map((ledger) => findSheet(workbook, ledger.sheet));
  // A protected sheet refuses before anything is put back: the ledger stays whole for the next try.
  ledgers.forEach((ledger, i) => sheets[i] && refuseProtected(sheets[i], ledger.sheet));
  ledgers.forEach((ledger, i) => sheets[i] && restore(sheets[i], ledger));
}

function restore(sheet: EtWorksheet, ledger: MarksLedger): void {
  for (const list of addressLists(ledger.unfilled, MAX_WPS_ADDRESS_CHARS)) sheet.Range(list).Interior.ColorIndex = XL_NONE;
  const byColor = new Map<string, string[]>();
  for (const [address, color] of ledger.filled) byColor.set(color, [...(byColor.get(color) ?? []), address]);
  for (const [color, addresses] of byColor) {
    for (const list of addressLists(addresses, MAX_WPS_ADDRESS_CHARS)) {
      const interior = sheet.Range(list).Interior;
      interior.Pattern = XL_SOLID;
      interior.Color = bgrOf(color);
    }
  }
  if (ledger.notes.length === 0) return;
  const existing = notesOf(sheet);
  for (const note of ledger.notes) {
    if (typeof note === "string") continue; // an old ledger without the text: left alone
    const current = existing.get(note[0]);
    if (current !== undefined && noteDigest(current) === note[1]) sheet.Range(note[0]).ClearComments();
  }
}
