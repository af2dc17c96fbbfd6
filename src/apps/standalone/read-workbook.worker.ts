import { readInPage } from "./read-in-page";
import { consolidatedWritingInPage } from "./consolidated-writing";
import { rosterCheckingInPage } from "./roster-checking";
import { widest } from "./preview-grid";
import { plainResult } from "../../core/check/plain-result";
import { ROWS_PER_MESSAGE, sendError, type WorkerReply, type WorkerRequest } from "./worker-messages";

/**
 * The page's reading worker: reads and checks off the page's thread, so the page stays
 * responsive on any file, and reports progress as it goes.
 */
const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(message: WorkerReply, transfer?: Transferable[]): void };
const post = (message: WorkerReply): void => scope.postMessage(message);
let opened: Awaited<ReturnType<typeof readInPage.open>> | null = null;

scope.onmessage = ({ data: request }) => {
  void answer(request).catch((error: unknown) => post({ type: "failed", error: sendError(error) }));
};

async function answer(request: WorkerRequest): Promise<void> {
  const progress = (rowsRead: number) => post({ type: "progress", rowsRead });
  if (request.type === "roster-sheets") {
    // The file's rows go with this call: the page keeps each sheet's verdict and people's keys only.
    const { checked, skipped, marker, said, form } = await rosterCheckingInPage.check(request.bytes, request.fileName, request.rules, progress);
    post({ type: "roster-sheets", checked: checked.map(plainResult), skipped, marker, said, form });
  } else if (request.type === "consolidated-workbook") {
    const { sources } = request;
    const bytes = await consolidatedWritingInPage.write(request.consolidated, request.template, sources.map(({ file, bytes }) => ({ name: file, bytes: async () => bytes })));
    scope.postMessage({ type: "consolidated-workbook", bytes }, [bytes.buffer]);
  } else if (request.type === "open") {
    opened = await readInPage.open(request.bytes, request.fileName, request.template, progress);
    for (const { name, visibility, rows, firstRow, firstColumn } of opened.grids) {
      post({ type: "sheet", sheet: { name, visibility, rowCount: rows.length, columnCount: widest(rows), firstRow, firstColumn } });
      for (let at = 0; at < rows.length; at += ROWS_PER_MESSAGE) post({ type: "rows", json: JSON.stringify(rows.slice(at, at + ROWS_PER_MESSAGE)) });
    }
    post({ type: "opened", defaultSheet: opened.defaultSheet, savedSettings: opened.savedSettings });
  } else {
    if (opened === null) throw new Error("no workbook opened");
    if (request.type === "check") post({ type: "result", result: plainResult(await opened.check(request.template, request.sheet, request.columnMap, progress)) });
    else post({ type: "public", sheet: await opened.publicSheet(request.result, request.template) });
  }
}
