import { ReportError } from "../../core/errors";

/**
 * The one stderr line for input the CLI cannot use, Chinese then English. Anything that is not
 * a ReportError is a bug or an environment failure; the clerk still gets one line, not a stack.
 */
export function errorLine(error: unknown): string {
  if (error instanceof ReportError) return `错误：${error.messageZh} / Error: ${error.messageEn}`;
  const detail = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, " ");
  return `内部错误，无法完成校验：${detail}（请把此行发给维护人员） / Internal error, the check could not finish: ${detail}`;
}
