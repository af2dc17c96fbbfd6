import { checkRosterSheets, type RosterSheets } from "../../adapters/xlsx/check-roster-sheets";
import { openWorkbookFile } from "../../adapters/xlsx/workbook-file";
import { NO_COLUMN_MAP, type ColumnMap } from "../../core/check/column-map";
import { isProductResult, type ProductMarker } from "../../core/consolidate/product-output";
import type { MessageText } from "../../core/messages/catalogue";
import { receiveSettings, withheldLine } from "../../core/settings/received-settings";
import type { ArchiveRegister } from "../../core/register/archive-register";
import type { Template } from "../../core/template/schema";

/** The rules a submission is checked with, unless it carries its own. */
export interface SubmissionRules {
  /** The form with this browser's 设置: the receiving level's form, every submission is checked with it. */
  readonly template: Template;
  readonly columnMap?: ColumnMap;
  /** The 档案表 the clerk chose (对照档案); it crosses to the worker with the rules. */
  readonly register?: ArchiveRegister;
}

/**
 * How the page checks every roster sheet of one submission: in a Web Worker of its own
 * (roster-checking-in-worker.ts), or on the calling thread (tests, a page opened from disk).
 * Each sheet's result keeps its people's keys for the checks across submissions, never its rows.
 */
export interface RosterChecking {
  check(bytes: Uint8Array, fileName: string, rules: SubmissionRules, onRows: (rowsRead: number) => void): Promise<CheckedRosters>;
}

/** A submission's roster sheets as checked, and the product's marker when it wrote the file. */
export interface CheckedRosters extends RosterSheets {
  readonly marker: ProductMarker | null;
  /** What of its saved settings was applied or not. */
  readonly said: readonly MessageText[];
}

export const rosterCheckingInPage: RosterChecking = {
  async check(bytes, fileName, rules, onRows) {
    // Opened once: the marker, the settings, the sheets and their shared strings share one read of its zip directory.
    const file = await openWorkbookFile(bytes, fileName);
    // The product's own 汇总 or 公示名单 is a result, never a submission: not checked at all.
    const marker = await file.productMarker();
    if (isProductResult(marker)) return { checked: [], skipped: [], marker, said: [] };
    // A unit's checked copy carries the 列对应 it was checked with, applied here too; its rules only
    // where they loosen nothing, and a form it carries never: the receiving level checks with its own.
    const received = receiveSettings(rules.template, await file.savedSettings(), { accept: false });
    const columnMap = received.columnMap === NO_COLUMN_MAP ? (rules.columnMap ?? NO_COLUMN_MAP) : received.columnMap;
    const said = received.withheld.length === 0 ? received.said : [withheldLine(received.withheld), ...received.said];
    return { ...(await checkRosterSheets(file, received.template, { collectPeople: true, columnMap, register: rules.register, onProgress: onRows })), marker, said };
  },
};
