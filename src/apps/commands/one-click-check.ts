import { ReportError } from "../../core/errors";
import { SONGWENNUAN_TEMPLATE } from "../../core/template/songwennuan";
import type { WorkbookHost } from "../../core/ports/workbook-host";
import { formForWorkbook, receiveSettings, withheldLine } from "../../core/settings/received-settings";
import { BUNDLED_TEMPLATES } from "../../core/template/bundled-packs";

/** The manifest's <FunctionName> for the 一键校验 button. */
export const ONE_CLICK_CHECK = "oneClickCheck";

/** Where the ribbon command tells the clerk what went wrong: there is no pane or dialog open. */
export interface CommandNotices {
  /** The check could not run: 校验结果 shows only this line. Returns the sheet written (校验结果(2) beside a clerk's 校验结果). */
  failed(line: string): Promise<string>;
  /** The results were written to `issuesSheet` but something else failed: a line under them. */
  partial(issuesSheet: string, line: string): Promise<void>;
}

function lineFor(error: unknown, host: WorkbookHost): string {
  if (error instanceof ReportError) return error.messageZh;
  const code = (error as { code?: string } | null)?.code;
  return `校验未完成：${host.kind === "wps" ? "WPS" : "Excel"} 报告错误${code ? `（${code}）` : ""}。请重试，或打开“报表助手”任务窗格查看。`;
}

/**
 * 一键校验: check the active sheet with the workbook's saved rules and 列对应 (or the built-in template),
 * mark the cells, write 校验结果 (校验结果(2) beside a clerk's own 校验结果) and show it. A protected sheet still gets its results with a
 * line saying why nothing was marked; any other failure becomes the line in 校验结果.
 */
export async function oneClickCheck(host: WorkbookHost, notices: CommandNotices): Promise<void> {
  let issuesSheet: string;
  try {
    // The workbook's saved form and rules are used only where they check no less (received-settings.ts);
    // what was not used is said under the results, as the pane would show it.
    const saved = await host.loadSettings();
    const { template, columnMap, said, withheld } = receiveSettings(formForWorkbook(saved, BUNDLED_TEMPLATES, SONGWENNUAN_TEMPLATE), saved, { accept: false });
    const result = await host.check(template, await host.defaultSheet(), { columnMap });
    const markError = await host.markIssues(result).then(
      () => null,
      (error: unknown) => error,
    );
    issuesSheet = (await host.writeResultSheets(result, template)).issues;
    if (markError) await notices.partial(issuesSheet, lineFor(markError, host));
    for (const line of withheld.length === 0 ? said : [withheldLine(withheld), ...said]) await notices.partial(issuesSheet, `${line.zh}。`);
  } catch (error) {
    issuesSheet = await notices.failed(lineFor(error, host));
  }
  await host.selectCell(issuesSheet, "A1");
}
