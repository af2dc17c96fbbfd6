import { ReportError } from "../../core/errors";

/** The open workbook as .xlsx bytes, for the 汇总名册 to copy its rows as a picked file's are copied. */
export type DocumentBytes = () => Promise<Uint8Array>;

/** Office's largest slice. */
const SLICE_BYTES = 4 * 1024 * 1024;

function unreadable(detail: string): ReportError {
  return new ReportError(
    "file-unreadable",
    `Excel 未能交出当前工作簿的内容（${detail}），汇总工作簿没有生成；名单本身未改动。请保存工作簿后再试。`,
    `Excel did not hand over the open workbook (${detail}), so the 汇总 workbook was not written; the rosters are unchanged. Save the workbook and try again.`,
  );
}

/** Office.context.document.getFileAsync (compressed: the .xlsx), read slice by slice and closed. */
export const officeDocumentBytes: DocumentBytes = () =>
  new Promise((resolve, reject) => {
    const document = Office.context.document;
    if (typeof document?.getFileAsync !== "function") return reject(unreadable("getFileAsync is not available here"));
    document.getFileAsync(Office.FileType.Compressed, { sliceSize: SLICE_BYTES }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) return reject(unreadable(opened.error.message));
      const file = opened.value;
      const slices: Uint8Array[] = [];
      const next = (index: number): void => {
        if (index === file.sliceCount) {
          file.closeAsync();
          return resolve(joined(slices));
        }
        file.getSliceAsync(index, (read) => {
          if (read.status !== Office.AsyncResultStatus.Succeeded) {
            file.closeAsync();
            return reject(unreadable(read.error.message));
          }
          slices.push(new Uint8Array(read.value.data as number[]));
          next(index + 1);
        });
      };
      next(0);
    });
  });

function joined(slices: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(slices.reduce((sum, slice) => sum + slice.length, 0));
  let at = 0;
  for (const slice of slices) {
    bytes.set(slice, at);
    at += slice.length;
  }
  return bytes;
}
