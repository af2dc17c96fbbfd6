import type { ReactElement } from "react";
import { loadSample } from "../../standalone/load-sample";
import { readInWorker } from "../../standalone/read-in-worker";
import { consolidatedWritingInWorker } from "../../standalone/consolidated-writing-in-worker";
import { rosterCheckingInWorker } from "../../standalone/roster-checking-in-worker";
import { downloadFile } from "../../standalone/save-file";
import { startReadWorker } from "../../standalone/start-read-worker";

/**
 * Loads standalone mode as its own chunk, which the Excel task pane must not download. Files are
 * read in a Web Worker (汇总: one worker per submission); exceljs (~255 KB gzip) comes only with the first download.
 */
export async function loadStandaloneMode(): Promise<ReactElement> {
  const { StandaloneMode } = await import(/* webpackChunkName: "standalone-mode" */ "./StandaloneMode");
  // A page opened as a file (file://) may not start a worker from its own folder (Chromium refuses
  // file: worker scripts): it reads on its own thread, as browsers without workers do.
  const workers = typeof Worker !== "undefined" && location.protocol !== "file:";
  const reading = workers ? readInWorker(startReadWorker) : undefined;
  const submissionWork = workers ? { checking: rosterCheckingInWorker(startReadWorker), writing: consolidatedWritingInWorker(startReadWorker) } : undefined;
  return <StandaloneMode saveFile={downloadFile} loadSample={loadSample} reading={reading} submissionWork={submissionWork} />;
}
