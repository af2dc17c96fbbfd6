import { ReportError } from "../../core/errors";
import { terminalText } from "./terminal-text";

/**
 * The one stderr line for input the CLI cannot use, Chinese then English. Anything that is not
 * a ReportError is a bug or an environment failure; the clerk still gets one line, not a stack.
 * Messages quote file and sheet names: their control characters and digit runs are shown escaped
 * and masked like any workbook text, so the line stays one line and shows no ID.
 */
export function errorLine(error: unknown): string {
  if (error instanceof ReportError) return terminalText(`错误：${error.messageZh} / Error: ${error.messageEn}`);
  const detail = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, " ");
  return terminalText(`内部错误，无法完成校验：${detail}（请把此行发给维护人员） / Internal error, the check could not finish: ${detail}`);
}
