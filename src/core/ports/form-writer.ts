import type { BlankFormSpec } from "../blank-form/blank-form-spec";
import type { Template } from "../template/schema";

export interface AddedFillRules {
  readonly sheet: string;
  /** Headers that now check what is typed under them, from the row below the header down to `lastRow`. */
  readonly added: readonly string[];
  readonly lastRow: number;
  /** Columns that already had the clerk's own validation: left as they were. */
  readonly keptOwn: readonly string[];
  /** Dropdowns the host cannot take inline (over 255 characters). */
  readonly listsLeftOut: readonly string[];
}

/**
 * What the 下发空白表 ribbon buttons need from a spreadsheet host (Excel through Office.js, WPS
 * 表格 through its JS API): the same commands run on either.
 */
export interface FormWriter {
  /** The host as the clerk knows it, for what the commands write: "Excel" or "WPS". */
  readonly app: string;
  /** 新建报表: the blank form and its 填报说明 as new sheets, the form shown. */
  insertBlankForm(spec: BlankFormSpec): Promise<unknown>;
  /** 加上填写规则 on the roster of the active sheet. */
  addFillRules(template: Template): Promise<AddedFillRules>;
  /** Removes exactly what addFillRules added to the active sheet; how many ranges. */
  clearFillRules(): Promise<number>;
  /** Replaces (or adds) a sheet holding `rows` from A1, and shows it. */
  showSheet(name: string, rows: readonly (readonly (string | number)[])[]): Promise<void>;
  /** Deletes the sheet when it exists. */
  deleteSheet(name: string): Promise<void>;
}
