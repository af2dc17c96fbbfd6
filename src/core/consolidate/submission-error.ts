import { ReportError } from "../errors";

/**
 * Why a submitted file could not be checked, naming it: the reader's own message, or for anything
 * else (a worker out of memory, a bug) one that still says which file — never an error without a file.
 */
export function submissionError(error: unknown, fileName: string): ReportError {
  if (error instanceof ReportError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new ReportError(
    "file-unreadable",
    `无法读取“${fileName}”（${detail}）：请在 Excel 中打开它、另存为 .xlsx 后重新选择；其他文件照常汇总。`,
    `Could not read "${fileName}" (${detail}): open it in Excel, save it as .xlsx and choose it again; the other files are consolidated as usual.`,
  );
}
