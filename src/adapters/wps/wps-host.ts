import type { WorkbookHost } from "../../core/ports/workbook-host";
import type { SheetRow } from "../../core/rows/sheet-row";
import { HEADER_WINDOW } from "../../core/check/header-window";
import { cellAddress } from "../../core/address";
import { toCellValue } from "../../core/workbook/host-cell-value";
import { rosterChoices } from "../../core/workbook/results-tables";
import type { EtApplication } from "./et-api";
import { XL_SHEET_VERY_HIDDEN, XL_SHEET_VISIBLE } from "./et-constants";
import { sheetsPassedOver, type ListedSheet } from "../../core/workbook/sheets-passed-over";
import { clearWpsMarks, markWpsIssues } from "./mark-issues";
import { readWpsRows, watchWpsEdits } from "./live-edits";
import { checkWpsSheet } from "./read-sheet";
import { createWpsSelfTest } from "./self-test";
import { writeWpsResultSheets, wpsSheetFirstRows } from "./results-sheets";
import { loadWpsSettings, saveWpsSettings } from "./settings-store";
import { areaOf, values2d } from "./values";
import { activeWorkbook, sheetNamed, sheetsOf } from "./workbook-sheets";
import { writeWpsSummary } from "./write-summary";

/**
 * The WorkbookHost for WPS 表格: every call goes to `app`, the ET Application (window.Application
 * in the add-in, the in-memory WPS in tests). The object model is synchronous; the port's
 * promises keep the pane's code the same for every host.
 */
export function createWpsHost(app: EtApplication): WorkbookHost {
  const workbook = () => activeWorkbook(app);
  // SheetChange also fires for the add-in's own writes: edits are ignored while one runs.
  let writing = 0;
  const write = async <T>(action: () => T): Promise<T> => {
    writing++;
    try {
      return action();
    } finally {
      writing--;
    }
  };
  // A clerk's roster named 校验结果 is offered (last); the results the add-in wrote are not.
  const listSheets = async () => {
    const visible = new Set(sheetsOf(workbook()).filter(({ sheet }) => sheet.Visible === XL_SHEET_VISIBLE).map(({ name }) => name));
    return rosterChoices(wpsSheetFirstRows(workbook())).filter((name) => visible.has(name));
  };
  return {
    kind: "wps",
    listSheets,
    async defaultSheet() {
      const active = app.ActiveSheet?.Name ?? "";
      const choices = await listSheets();
      return choices.includes(active) ? active : (choices[0] ?? active);
    },
    async check(template, sheet, run) {
      const sheets = sheetsOf(workbook());
      const result = await checkWpsSheet(sheetNamed(workbook(), sheet, sheets), sheet, template, run);
      // The hidden sheets and earlier results are said beside the verdict, with why (one call per sheet); a roster
      // named 校验结果 beside another sheet is passed over as results, as the CLI does (check-roster-sheets.ts).
      const listed = sheets.map(({ name, sheet: each }): ListedSheet => ({ name, visibility: visibilityOf(each.Visible) }));
      return { ...result, skippedSheets: sheetsPassedOver(listed, sheet, []) };
    },
    headerRows: async (sheet) => headerRows(app, sheet),
    markIssues: (result) => write(() => markWpsIssues(workbook(), result)),
    clearMarks: () => write(() => clearWpsMarks(workbook())),
    async selectCell(sheet, address) {
      const target = sheetNamed(workbook(), sheet);
      target.Activate();
      target.Range(address).Select();
    },
    writeResultSheets: (result, template) => write(() => writeWpsResultSheets(workbook(), result, template)),
    writeSummary: (text) => write(() => writeWpsSummary(workbook(), text)),
    loadSettings: async () => loadWpsSettings(workbook()),
    saveSettings: (settings) => write(() => saveWpsSettings(workbook(), settings)),
    watchEdits: async (onEdit) => watchWpsEdits(app, onEdit, () => writing > 0),
    readRows: async (sheet, span) => readWpsRows(sheetNamed(workbook(), sheet), span),
    selfTest: createWpsSelfTest(app, write),
  };
}

function visibilityOf(visible: number): ListedSheet["visibility"] {
  return visible === XL_SHEET_VISIBLE ? "visible" : visible === XL_SHEET_VERY_HIDDEN ? "veryHidden" : "hidden";
}

/** The used range's first rows (where a header can be): one Value2 read. */
function headerRows(app: EtApplication, sheetName: string): SheetRow[] {
  const sheet = sheetNamed(activeWorkbook(app), sheetName);
  const area = areaOf(sheet.UsedRange);
  const rows = Math.min(HEADER_WINDOW, area.rows);
  const values = values2d(sheet.Range(`${cellAddress(area.top, area.left)}:${cellAddress(area.top + rows - 1, area.left + area.columns - 1)}`).Value2);
  return values.flatMap((cells, i) => {
    const row = cells.map(toCellValue);
    return row.some((cell) => cell !== null) ? [{ rowNumber: area.top + i, cells: row, firstColumn: area.left, hidden: false }] : [];
  });
}
