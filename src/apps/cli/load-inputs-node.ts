import { readFile } from "node:fs/promises";
import { ReportError } from "../../core/errors";
import { applyRuleOverrides } from "../../core/template/load-template";
import type { Template } from "../../core/template/schema";
import { parseSummaryTemplate, type ParsedSummary } from "../../core/summary/parse-summary-template";

/** The template with the clerk's --rules applied; a bad file fails before the roster is read. */
export async function loadTemplate(base: Template, rulesPath: string | undefined): Promise<Template> {
  if (rulesPath === undefined) return base;
  const text = await readText(rulesPath, "rules-invalid", "规则文件", "rules file");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ReportError(
      "rules-invalid",
      `规则文件“${rulesPath}”不是有效的 JSON：${(error as Error).message}`,
      `The rules file "${rulesPath}" is not valid JSON: ${(error as Error).message}`,
    );
  }
  return applyRuleOverrides(base, json);
}

/** The summary paragraph template (--template, else the template's default), parsed up front so an unknown placeholder fails fast. */
export async function loadSummary(template: Template, summaryPath: string | undefined): Promise<ParsedSummary> {
  const text = summaryPath === undefined ? template.summaries[0].text : await readText(summaryPath, "summary-template-invalid", "总结模板", "summary template");
  return parseSummaryTemplate(text.replace(/^\uFEFF/, "").trim());
}

async function readText(path: string, code: "rules-invalid" | "summary-template-invalid", whatZh: string, whatEn: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "找不到文件" : (error as Error).message;
    throw new ReportError(code, `无法读取${whatZh}“${path}”：${reason}`, `Cannot read the ${whatEn} "${path}": ${(error as Error).message}`);
  }
}
