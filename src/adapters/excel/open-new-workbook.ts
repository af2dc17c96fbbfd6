import { ReportError } from "../../core/errors";
import type { IsSetSupported } from "./excel-run";

/** Excel.createWorkbook (ExcelApi 1.8): opens a new, unsaved workbook from a base64 .xlsx. */
export type CreateWorkbook = (base64: string) => Promise<void>;

export interface NewWorkbookOptions {
  readonly createWorkbook: CreateWorkbook;
  readonly isSetSupported: IsSetSupported;
}

const ELSEWHERE_ZH = "请改用网页版（standalone 页面）选择同样的文件生成汇总工作簿，或在命令行运行 report check 文件… --out 汇总.xlsx。";
const ELSEWHERE_EN = "Use the standalone page with the same files to download the 汇总 workbook, or run report check FILES… --out 汇总.xlsx.";

/**
 * Opens the bytes as a new workbook in Excel; the clerk saves it where they like. Where Excel
 * cannot (before ExcelApi 1.8, or a workbook past Excel on the web's 5 MB request) the clerk is
 * told so and where to get the same workbook instead: nothing is written behind their back.
 */
export async function openNewWorkbook({ createWorkbook, isSetSupported }: NewWorkbookOptions, bytes: Uint8Array): Promise<string> {
  if (!isSetSupported("ExcelApi", "1.8")) {
    throw new ReportError("output-unwritable", `此版本的 Excel 不能从加载项新建工作簿（需要 ExcelApi 1.8）。${ELSEWHERE_ZH}`, `This Excel cannot open a new workbook from an add-in (ExcelApi 1.8 needed). ${ELSEWHERE_EN}`);
  }
  try {
    await createWorkbook(base64Of(bytes));
  } catch (error) {
    const tooLarge = (error as { code?: string })?.code === "RequestPayloadSizeLimitExceeded";
    const size = `${(bytes.length / 1024 / 1024).toFixed(1)} MB`;
    throw new ReportError(
      "output-unwritable",
      `${tooLarge ? `汇总工作簿（${size}）超出 Excel 一次能接收的大小` : "Excel 未能打开汇总工作簿"}，名单本身未改动。${ELSEWHERE_ZH}`,
      `${tooLarge ? `The 汇总 workbook (${size}) is larger than Excel accepts in one request` : "Excel could not open the 汇总 workbook"}; the rosters are unchanged. ${ELSEWHERE_EN}`,
    );
  }
  return "Excel 中新开的工作簿，尚未存盘：请用“文件 > 另存为”保存 / a new workbook in Excel, not yet on disk: save it with File > Save As";
}

/** btoa takes a binary string: built in slices, so a large workbook does not overflow the call stack. */
function base64Of(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = "";
  for (let at = 0; at < bytes.length; at += SLICE) binary += String.fromCharCode(...bytes.subarray(at, at + SLICE));
  return btoa(binary);
}
