import type { SkippedSheet } from "../check/types";
import { OWN_SHEETS, resultsNameOf } from "./sheet-names";

/** A sheet as a host lists it, whatever the host calls its visibility. */
export interface ListedSheet {
  readonly name: string;
  readonly visibility: "visible" | "hidden" | "veryHidden";
}

/**
 * The sheets a one-sheet check passed over that the sheet list does not name beside the verdict —
 * the add-in's own sheets, hidden sheets and earlier results (校验结果 (2)) — each with its reason,
 * so the verdict says them (never a silent all-clear). A hidden sheet is said as hidden even where
 * the host offers it in the list; a sheet without a roster header (说明、封面) is said so where the host
 * can tell; other offered sheets are named by the pane as “其余工作表”.
 */
export function sheetsPassedOver(
  sheets: readonly ListedSheet[],
  checked: string,
  offered: readonly string[],
  /** Where the host has every sheet's first rows at hand (the page): whether a roster header is there. */
  hasRosterHeader: (sheet: string) => boolean = () => true,
): SkippedSheet[] {
  return sheets.flatMap(({ name, visibility }): SkippedSheet[] => {
    if (name === checked) return [];
    // The add-in's own sheets first: its veryHidden settings sheet is the add-in's, not a roster someone hid.
    if (OWN_SHEETS.includes(name)) return [{ sheet: name, reason: "results" }];
    if (visibility !== "visible") return [{ sheet: name, reason: visibility }];
    if (!offered.includes(name) && resultsNameOf(name) !== null) return [{ sheet: name, reason: "results" }];
    return hasRosterHeader(name) ? [] : [{ sheet: name, reason: "no-header" }];
  });
}
