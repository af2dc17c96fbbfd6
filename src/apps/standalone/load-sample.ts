export const SAMPLE_FILE = "songwennuan-hami-defects.xlsx";

/**
 * The sample ships inside the page's own files, as a chunk fetched only on 打开示例: a page opened
 * from disk (file://, as the README first suggests) cannot fetch a file beside it, but it can
 * load its own script chunks.
 */
export async function loadSample(): Promise<{ bytes: Uint8Array; fileName: string }> {
  const { default: dataUrl } = await import(/* webpackChunkName: "sample" */ "../../../assets/samples/songwennuan-hami-defects.xlsx");
  const binary = atob(dataUrl.slice(dataUrl.indexOf(",") + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { bytes, fileName: SAMPLE_FILE };
}
