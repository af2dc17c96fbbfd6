import { ReportError } from "../../core/errors";

/** Copied beside the pages by the build (assets/samples/); fetched from the page's own origin. */
export const SAMPLE_FILE = "songwennuan-hami-defects.xlsx";

export async function loadSample(): Promise<{ bytes: Uint8Array; fileName: string }> {
  const response = await fetch(`samples/${SAMPLE_FILE}`).catch(() => null);
  if (!response?.ok) {
    throw new ReportError(
      "file-not-found",
      `找不到示例文件 ${SAMPLE_FILE}（页面构建时应一同复制）。`,
      `The sample ${SAMPLE_FILE} is missing (the build should copy it beside the page).`,
    );
  }
  return { bytes: new Uint8Array(await response.arrayBuffer()), fileName: SAMPLE_FILE };
}
