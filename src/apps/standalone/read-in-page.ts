import { sheetsToTry } from "../../adapters/xlsx/choose-sheet";
import { readSheetGrids, type VisibleGrid } from "../../adapters/xlsx/sheet-grids";
import { openWorkbookFile } from "../../adapters/xlsx/workbook-file";
import type { Template } from "../../core/template/schema";
import { publicSheet } from "../../adapters/xlsx/public-workbook";
import { checkGrid } from "../../core/check/check-grid";
import { sheetsPassedOver } from "../../core/workbook/sheets-passed-over";
import { checkableSheets, defaultSheet, hasRosterHeader } from "./default-sheet";
import { previewOfGrid } from "./preview-grid";
import type { ReadWorkbook, WorkbookReading } from "./workbook-reading";

/**
 * Reading on the calling thread: what the worker runs, and the page's fallback without workers.
 * The rows read for the preview are the rows checked (the reader's values, merges and hidden
 * rows), so a check does not read the file a second time.
 */
export const readInPage = {
  async open(bytes: Uint8Array, fileName: string, template: Template, onProgress?: (rowsRead: number) => void): Promise<ReadWorkbook & { grids: VisibleGrid[] }> {
    // Opened once: the preview's grids and the saved settings come from the same directory and shared strings.
    const file = await openWorkbookFile(bytes, fileName);
    const grids = await readSheetGrids(file.sheets, onProgress);
    const savedSettings = await file.savedSettings();
    const chosen = defaultSheet(grids, template);
    return {
      sheets: grids.map((grid) => ({ name: grid.name, visibility: grid.visibility, preview: previewOfGrid(grid) })),
      grids,
      defaultSheet: chosen,
      savedSettings,
      async check(checkTemplate, sheet, columnMap, onCheckProgress) {
        // Throws the clerk's "no such sheet" message, naming the sheets there are.
        sheetsToTry(
          grids.map((grid) => grid.name),
          sheet,
        );
        const grid = grids.find((candidate) => candidate.name === sheet)!;
        const result = checkGrid(checkTemplate, { ...grid, sheet, columnMap });
        onCheckProgress?.(grid.rows.length);
        // The sheets passed over (hidden, earlier results, no roster header) are said beside the verdict, with why.
        const withHeader = (name: string) => hasRosterHeader(grids.find((candidate) => candidate.name === name)!, checkTemplate);
        return { ...result, skippedSheets: sheetsPassedOver(grids, sheet, checkableSheets(grids, chosen), withHeader) };
      },
      async publicSheet(result, publicTemplate) {
        const grid = grids.find((candidate) => candidate.name === result.sheet)!;
        return publicSheet((sink) => grid.rows.forEach((cells, i) => sink(grid.firstRow + i, cells)), result, publicTemplate);
      },
      close: () => {},
    };
  },
} satisfies WorkbookReading;
