import { blankFormSpec } from "../../core/blank-form/blank-form-spec";
import { ReportError } from "../../core/errors";
import type { AddedFillRules, FormWriter } from "../../core/ports/form-writer";
import { SONGWENNUAN_TEMPLATE } from "../../core/template/songwennuan";
import type { Template } from "../../core/template/schema";
import { applySavedSettings } from "../../core/settings/saved-settings";

/** Where 加上填写规则 says what it did: a ribbon command has no pane to say it in. */
export const FILL_RULES_SHEET = "填写规则";

export interface BlankFormPorts extends FormWriter {
  /** The workbook's saved settings (null: none), so the form carries the province's rules. */
  loadSettings(): Promise<unknown | null>;
}

async function templateOf(ports: BlankFormPorts): Promise<Template> {
  return applySavedSettings(SONGWENNUAN_TEMPLATE, await ports.loadSettings()).template;
}

/** 新建报表: the blank form and its 填报说明 as new sheets, with the workbook's rules. */
export async function newBlankForm(ports: BlankFormPorts): Promise<void> {
  await ports.insertBlankForm(blankFormSpec(await templateOf(ports)));
}

/**
 * 加上填写规则 on the active sheet; what was added (or why nothing was) goes on the 填写规则
 * sheet with the rules in plain Chinese, which is then shown.
 */
export async function addFillRulesCommand(ports: BlankFormPorts): Promise<void> {
  let lines: string[];
  try {
    const template = await templateOf(ports);
    lines = [...outcomeLines(await ports.addFillRules(template), ports.app), "", ...blankFormSpec(template).instructions];
  } catch (error) {
    lines = [failureLine(error, ports.app)];
  }
  await ports.showSheet(FILL_RULES_SHEET, [["填写规则"], ...lines.map((line) => [line])]);
}

/** 清除: the validation 加上填写规则 added to the active sheet, and its 填写规则 sheet. */
export async function clearFillRulesCommand(ports: BlankFormPorts): Promise<void> {
  await ports.clearFillRules();
  await ports.deleteSheet(FILL_RULES_SHEET);
}

export function outcomeLines({ sheet, added, lastRow, keptOwn, listsLeftOut }: AddedFillRules, app = "Excel"): string[] {
  return [
    added.length > 0
      ? `已在工作表“${sheet}”的 ${added.join("、")} 列加上填写规则（到第 ${lastRow} 行）：选中单元格可看到提示，填错时 ${app} 会提醒。`
      : `工作表“${sheet}”没有可加填写规则的列。`,
    keptOwn.length > 0 ? `${keptOwn.join("、")}列原有自己的数据验证，未改动（也没有加上本表的规则）。` : null,
    listsLeftOut.length > 0 ? `${listsLeftOut.join("、")}的选项超过 ${app} 下拉列表的 255 字上限，未加下拉。` : null,
    "点“清除填写规则”可去掉这里加上的规则（原有的数据验证不受影响）。",
  ].filter((line): line is string => line !== null);
}

function failureLine(error: unknown, app: string): string {
  if (error instanceof ReportError) return `未加上填写规则：${error.messageZh}`;
  const code = (error as { code?: string } | null)?.code;
  return `未加上填写规则：${app} 报告错误${code ? `（${code}）` : ""}。工作表受保护时请先撤销保护。`;
}
