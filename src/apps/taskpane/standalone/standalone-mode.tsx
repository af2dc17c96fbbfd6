import type { ReactElement } from "react";
import { SONGWENNUAN_TEMPLATE } from "../../../core/template/songwennuan";
import { loadSample } from "../../standalone/load-sample";
import { downloadFile } from "../../standalone/save-file";

/**
 * Loads standalone mode as its own chunk: it carries exceljs (~255 KB gzip), which the Excel
 * task pane must not download.
 */
export async function loadStandaloneMode(): Promise<ReactElement> {
  const { StandaloneMode } = await import(/* webpackChunkName: "standalone-mode" */ "./StandaloneMode");
  return <StandaloneMode baseTemplate={SONGWENNUAN_TEMPLATE} saveFile={downloadFile} loadSample={loadSample} />;
}
