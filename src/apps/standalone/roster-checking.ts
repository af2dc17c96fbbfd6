import { checkRosterSheets, type RosterSheets } from "../../adapters/xlsx/check-roster-sheets";
import { openWorkbookFile, type WorkbookFile } from "../../adapters/xlsx/workbook-file";
import { NO_COLUMN_MAP, type ColumnMap } from "../../core/check/column-map";
import { isProductResult, type ProductMarker } from "../../core/consolidate/product-output";
import type { MessageText } from "../../core/messages/catalogue";
import { receiveSettings, withheldLine } from "../../core/settings/received-settings";
import type { ArchiveRegister } from "../../core/register/archive-register";
import { chooseTemplate } from "../../core/template/choose-template";
import type { Template } from "../../core/template/schema";

/** The rules a submission is checked with, unless it carries its own. */
export interface SubmissionRules {
  /** The form with this browser's 设置: the receiving level's form, every submission is checked with it. */
  readonly template: Template;
  readonly columnMap?: ColumnMap;
  /** The 档案表 the clerk chose (对照档案); it crosses to the worker with the rules. */
  readonly register?: ArchiveRegister;
  /**
   * The other forms a submission may be (劳模慰问 beside 送温暖): a file whose header names one of them
   * (choose-template.ts: by its identifying columns) is checked as that form, with its own rules.
   */
  readonly forms?: readonly Template[];
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
  /** The id of the form it was checked as: `template`'s, or the other form its header names. */
  readonly form: string;
}

/**
 * The form a submission is checked as: another form only where its header names that one (a
 * 劳模级别 column); a header that names none, or several alike, is checked as the clerk's form,
 * whose check then says what the header lacks.
 */
async function formOf(file: WorkbookFile, rules: SubmissionRules): Promise<Template> {
  const others = (rules.forms ?? []).filter((form) => form.id !== rules.template.id);
  if (others.length === 0) return rules.template;
  const choice = chooseTemplate([rules.template, ...others], await file.topRows().catch(() => []));
  return choice.kind === "detected" ? choice.pack : rules.template;
}

export const rosterCheckingInPage: RosterChecking = {
  async check(bytes, fileName, rules, onRows) {
    // Opened once: the marker, the settings, the sheets and their shared strings share one read of its zip directory.
    const file = await openWorkbookFile(bytes, fileName);
    // The product's own 汇总 or 公示名单 is a result, never a submission: not checked at all.
    const marker = await file.productMarker();
    if (isProductResult(marker)) return { checked: [], skipped: [], marker, said: [], form: rules.template.id };
    // A unit's checked copy carries the 列对应 it was checked with, applied here too; its rules only
    // where they loosen nothing, and a form it carries never: the receiving level checks with its own.
    const form = await formOf(file, rules);
    const received = receiveSettings(form, await file.savedSettings(), { accept: false });
    // The clerk's 列对应 names the clerk's form's fields: another form's roster goes without it.
    const clerkMap = form === rules.template ? rules.columnMap : undefined;
    const columnMap = received.columnMap === NO_COLUMN_MAP ? (clerkMap ?? NO_COLUMN_MAP) : received.columnMap;
    const said = received.withheld.length === 0 ? received.said : [withheldLine(received.withheld), ...received.said];
    const sheets = await checkRosterSheets(file, received.template, { collectPeople: true, columnMap, register: rules.register, onProgress: onRows });
    return { ...sheets, marker, said, form: form.id };
  },
};
