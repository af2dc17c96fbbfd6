import { NOT_ROSTER_SHEETS } from "../xlsx/sheet-names";
import { SUMMARY_NAME } from "./write-summary";

/** Sheets the add-in writes into a workbook (results, settings, 总结): never taken for a roster. */
export const OWN_SHEETS: readonly string[] = [...NOT_ROSTER_SHEETS, SUMMARY_NAME];
