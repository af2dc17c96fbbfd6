/** The reading worker as webpack 5 bundles it: its own chunk, loaded from the page's origin. */
export function startReadWorker(): Worker {
  return new Worker(new URL("./read-workbook.worker.ts", import.meta.url));
}
