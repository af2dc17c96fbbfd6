import { checkRosterSheets, type RosterSheets } from "../../adapters/xlsx/check-roster-sheets";
import type { ColumnMap } from "../../core/check/column-map";
import type { Template } from "../../core/template/schema";

/**
 * How the page checks every roster sheet of one submission: in a Web Worker of its own
 * (roster-checking-in-worker.ts), or on the calling thread (tests, a page opened from disk).
 * Each sheet's result keeps its people's keys for the checks across submissions, never its rows.
 */
export interface RosterChecking {
  check(bytes: Uint8Array, fileName: string, template: Template, columnMap: ColumnMap | undefined, onRows: (rowsRead: number) => void): Promise<RosterSheets>;
}

export const rosterCheckingInPage: RosterChecking = {
  check: (bytes, fileName, template, columnMap, onRows) => checkRosterSheets(bytes, fileName, template, { collectPeople: true, columnMap, onProgress: onRows }),
};
