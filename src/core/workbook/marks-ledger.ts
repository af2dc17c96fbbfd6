import { textDigest } from "../text-digest";

/** A cell's fill before marking, enough to put it back exactly. */
export interface PriorFill {
  readonly color: string;
  readonly pattern: string;
  readonly patternColor: string | null;
}

/**
 * What markIssues changed, stored in the workbook (see xml-part-store.ts) so 清除标记 works
 * from any runtime — the ribbon command and the task pane do not share memory — and after the
 * file is saved and reopened.
 */
export interface MarksLedger {
  readonly sheet: string;
  /** Cells that had no fill. */
  readonly unfilled: readonly string[];
  /** Cells that had a fill: [address, color, pattern, patternColor]. */
  readonly filled: readonly (readonly [string, string, string, string | null])[];
  /**
   * Notes the add-in added: [address, digest of the text]. A note is removed later only while it
   * still holds that text, so a note the clerk wrote or edited in its place stays. The digest
   * keeps the ledger small (50,000 notes fit one request). Ledgers written before the text was
   * kept list bare addresses; those notes are left alone.
   */
  readonly notes: readonly (string | readonly [string, string])[];
}

function isMarksLedger(value: unknown): value is MarksLedger {
  const ledger = value as MarksLedger | null;
  return (
    typeof ledger?.sheet === "string" &&
    Array.isArray(ledger.unfilled) &&
    Array.isArray(ledger.filled) &&
    Array.isArray(ledger.notes)
  );
}

/**
 * The sheets' ledgers in a stored value: one ledger as a single marking always stored it (so an
 * older add-in still clears it), or `{ sheets: [...] }` when several sheets were marked at once.
 * Null for anything else (a damaged part).
 */
export function ledgersIn(value: unknown): readonly MarksLedger[] | null {
  if (isMarksLedger(value)) return [value];
  const sheets = (value as { sheets?: unknown } | null)?.sheets;
  return Array.isArray(sheets) && sheets.every(isMarksLedger) ? sheets : null;
}

/** What ledgersIn reads back. */
export function storedLedgers(ledgers: readonly MarksLedger[]): unknown {
  return ledgers.length === 1 ? ledgers[0] : { sheets: ledgers };
}

/** `notes`: [address, text] of each note added; the ledger keeps a digest of the text. */
export function ledgerOf(sheet: string, priorFills: ReadonlyMap<string, PriorFill>, notes: readonly (readonly [string, string])[]): MarksLedger {
  const unfilled: string[] = [];
  const filled: [string, string, string, string | null][] = [];
  for (const [address, fill] of priorFills) {
    if (fill.pattern === "None") unfilled.push(address);
    else filled.push([address, fill.color, fill.pattern, fill.patternColor]);
  }
  return { sheet, unfilled, filled, notes: notes.map(([address, text]) => [address, noteDigest(text)] as const) };
}

/** Line breaks as a host may hand them back (\r\n) count as the same text. */
export function noteDigest(text: string): string {
  return textDigest(text.replace(/\r\n?/g, "\n"));
}
