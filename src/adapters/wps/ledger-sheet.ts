import { LEDGER_SHEET } from "../../core/workbook/sheet-names";
import type { EtWorkbook } from "./et-api";
import { readHiddenJson, writeHiddenJson } from "./hidden-json";

/**
 * What the add-in wrote into the workbook, kept on the veryHidden ledger sheet: `marks` as the
 * Excel adapter's marks ledger (marks-ledger.ts), `fillRules` as its 填写规则 ledger.
 */
export interface WpsLedgers {
  readonly marks?: unknown;
  readonly fillRules?: unknown;
}

export function readLedgers(workbook: EtWorkbook): WpsLedgers {
  const stored = readHiddenJson(workbook, LEDGER_SHEET)?.settings;
  return typeof stored === "object" && stored !== null ? (stored as WpsLedgers) : {};
}

export function writeLedgers(workbook: EtWorkbook, ledgers: WpsLedgers): void {
  writeHiddenJson(workbook, LEDGER_SHEET, ledgers);
}
