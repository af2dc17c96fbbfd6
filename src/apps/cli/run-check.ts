import { writeFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { readInputFile } from "../../adapters/xlsx/read-input-file-node";
import type { CheckResult } from "../../core/check/types";
import { ReportError } from "../../core/errors";
import { renderParsedSummary } from "../../core/summary/render-summary";
import { SONGWENNUAN_TEMPLATE } from "../../core/template/songwennuan";
import type { Template } from "../../core/template/schema";
import { checkMany } from "./check-many";
import { jsonReport } from "./json-report";
import { loadSummary, loadTemplate } from "./load-inputs-node";
import type { CheckCommand } from "./parse-args";
import { namesSeveralSubmissions } from "./submission-files-node";
import { textReport } from "./text-report";

export const EXIT_CLEAN = 0;
export const EXIT_ERRORS_FOUND = 1;

/** Runs `report check`; returns the exit code, or throws ReportError for unusable input. */
export async function runCheck(command: CheckCommand): Promise<number> {
  // A report, or a 汇总 of several submissions: every roster sheet of every file named (check-many.ts).
  if ((command.out === undefined && command.publicOut === undefined) || (await namesSeveralSubmissions(command.files, command.sheets))) {
    return checkMany(command, writeOutput);
  }
  refuseOverwritingInput(command);
  const template = await loadTemplate(SONGWENNUAN_TEMPLATE, command.rules);
  const summaryTemplate = await loadSummary(template, command.summaryTemplate);
  const bytes = await readInputFile(command.file);
  const fileName = basename(command.file);

  const result = await checkAndWrite(bytes, fileName, template, command);

  const summary = renderParsedSummary(summaryTemplate, result);
  process.stdout.write(
    command.json ? JSON.stringify(jsonReport(result, summary.text)) + "\n" : textReport(fileName, result, summary),
  );
  return result.issues.some((issue) => issue.severity === "error") ? EXIT_ERRORS_FOUND : EXIT_CLEAN;
}

/**
 * --out and --public copy the workbook itself, so it is opened whole. exceljs is loaded only
 * here: the streaming check does not need it, and loading it costs a third of a second.
 */
async function checkAndWrite(bytes: Uint8Array, fileName: string, template: Template, command: CheckCommand): Promise<CheckResult> {
  const { openWorkbook } = await import("../../adapters/xlsx/open-workbook");
  const { checkOpenedWorkbook } = await import("../../adapters/xlsx/check-opened-workbook");
  const { writeAnnotatedWorkbook } = await import("../../adapters/xlsx/annotate-workbook");
  const { writePublicWorkbook } = await import("../../adapters/xlsx/public-workbook");
  const opened = await openWorkbook(bytes, fileName);
  const result = checkOpenedWorkbook(opened, template, command.sheet);
  if (command.out !== undefined) await writeOutput(command.out, await writeAnnotatedWorkbook(opened, result, template));
  if (command.publicOut !== undefined) await writeOutput(command.publicOut, await writePublicWorkbook(opened, result, template));
  return result;
}

async function writeOutput(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFile(path, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const busy = code === "EBUSY" || code === "EPERM" || code === "EACCES";
    throw new ReportError(
      "output-unwritable",
      `无法写入“${path}”${busy ? "（文件可能正在 Excel 中打开，请先关闭）" : `（${code ?? (error as Error).message}）`}。`,
      `Cannot write "${path}"${busy ? " (it may be open in Excel: close it first)" : ` (${code ?? (error as Error).message})`}.`,
    );
  }
}

/** The annotated copy must never replace the clerk's original roster. */
function refuseOverwritingInput(command: CheckCommand): void {
  const input = resolve(command.file);
  for (const output of [command.out, command.publicOut]) {
    if (output !== undefined && resolve(output) === input) {
      throw new ReportError(
        "usage",
        `输出文件不能与原名单“${command.file}”相同：请另起一个文件名。`,
        `The output file must not be the roster itself ("${command.file}"): choose another name.`,
      );
    }
  }
}
