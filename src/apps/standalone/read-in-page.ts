import { checkWorkbookStream } from "../../adapters/xlsx/check-workbook";
import { readSheetGrids } from "../../adapters/xlsx/sheet-grids";
import { defaultSheet } from "./default-sheet";
import type { WorkbookReading } from "./workbook-reading";

/** Reading on the calling thread: what the worker runs, and the page's fallback without workers. */
export const readInPage: WorkbookReading = {
  async open(bytes, fileName, template, onProgress) {
    const grids = readSheetGrids(bytes, fileName, onProgress);
    return {
      grids,
      defaultSheet: defaultSheet(grids, template),
      check: (checkTemplate, sheet, onCheckProgress) => checkWorkbookStream(bytes, fileName, checkTemplate, { sheet, onProgress: onCheckProgress }),
      close: () => {},
    };
  },
};
