import { HeaderNotFoundError } from "../../core/check/header-not-found";
import type { SkippedSheet } from "../../core/check/types";
import { ReportError } from "../../core/errors";
import { fieldName } from "../../core/messages/field-names";
import { compileTemplate } from "../../core/template/compile-template";
import type { Template } from "../../core/template/schema";
import { NOT_ROSTER_SHEETS } from "../../core/workbook/sheet-names";

/**
 * The sheets to try, in workbook order: just the one the clerk named, or every sheet but the
 * results sheets a previous run added (the first whose header is recognised wins).
 */
export function sheetsToTry(names: readonly string[], requested: string | undefined): string[] {
  if (requested === undefined) return names.filter((name) => !NOT_ROSTER_SHEETS.includes(name));
  if (names.includes(requested)) return [requested];
  throw new ReportError(
    "sheet-not-found",
    `没有名为“${requested}”的工作表；本工作簿的工作表有：${names.map((n) => `“${n}”`).join("、")}。`,
    `There is no sheet named "${requested}"; the sheets are: ${names.map((n) => `"${n}"`).join(", ")}.`,
  );
}

/**
 * When no sheet holds a recognisable header: says which were looked at, which columns the form
 * needs, and what the sheet that came nearest lacks (its 乡镇 column, say), from the sheets' own refusals.
 */
export function noHeaderInAnySheet(fileName: string, template: Template, tried: readonly string[], refusals: readonly unknown[]): ReportError {
  let nearest: HeaderNotFoundError | null = null;
  for (const refusal of refusals) {
    if (refusal instanceof HeaderNotFoundError && refusal.fieldsSeen > (nearest?.fieldsSeen ?? 0)) nearest = refusal;
  }
  const needed = compileTemplate(template).headerFields.map((key) => fieldName(template, key));
  return new ReportError(
    "header-not-found",
    `在“${fileName}”的工作表（${tried.map((n) => `“${n}”`).join("、")}）前 30 行中都没有找到“${template.name}”的表头（需要有 ${needed.map((name) => name.zh).join("、")} 等列）：请检查表头文字，或选定名单所在的工作表（命令行用 --sheet）。${nearest === null ? "" : `最接近的一张——${nearest.messageZh}`}`,
    `No header row of ${template.name} (with columns such as ${needed.map((name) => name.zh).join(", ")}) was found in the first 30 rows of any sheet of "${fileName}" (${tried.map((n) => `"${n}"`).join(", ")}): check the header, or choose the roster's sheet (--sheet on the command line).${nearest === null ? "" : ` The nearest: ${nearest.messageEn}`}`,
  );
}

export function isHeaderNotFound(error: unknown): boolean {
  return error instanceof ReportError && error.code === "header-not-found";
}

/** Every sheet is hidden: nothing is taken for the roster behind the clerk's back. */
export function allSheetsHidden(fileName: string, hidden: readonly SkippedSheet[]): ReportError {
  return new ReportError(
    "sheet-not-found",
    `“${fileName}”的工作表（${hidden.map((s) => `“${s.sheet}”`).join("、")}）都是隐藏的，未校验：请在 Excel 中取消隐藏名单所在的工作表（命令行也可用 --sheet 指定）。`,
    `Every sheet of "${fileName}" (${hidden.map((s) => `"${s.sheet}"`).join(", ")}) is hidden; nothing was checked: unhide the roster's sheet in Excel (or name it with --sheet on the command line).`,
  );
}
