import { basename, extname } from "node:path";
import { readInputFile } from "../../adapters/xlsx/read-input-file-node";
import { COLUMN_KIND_WORDS } from "../../core/draft/column-kind";
import { draftFromSheet, type SheetDraft } from "../../core/draft/draft-from-sheet";
import { ReportError } from "../../core/errors";
import { lintPack, type PackLint } from "../../core/template/lint-pack";
import { formsListing } from "./builtin-forms";
import { readPackJson } from "./load-inputs-node";
import { writeOutputFile } from "./output-file-node";
import type { FormsCommand } from "./parse-args";
import { packJsonText } from "./pack-json-text";
import { terminalText } from "./terminal-text";

const EXIT_ERRORS = 1;

/** `report forms`: the bundled forms; `--check 包.json` lints a pack; `--from 名单.xlsx --out 包.json` drafts one. */
export async function runForms(command: FormsCommand): Promise<number> {
  if (command.check !== undefined) return checkPack(command.check);
  if (command.from !== undefined) return draftForm(command.from, command.sheet, command.out!, command.force);
  process.stdout.write(formsListing());
  return 0;
}

async function checkPack(path: string): Promise<number> {
  const lint = lintPack(await readPackJson(path));
  process.stdout.write(lintReport(basename(path), lint));
  return lint.refused.length > 0 ? EXIT_ERRORS : 0;
}

/** What --check prints: refused lines first (the pack cannot be used), then warnings (it can, but a rule would never fire). */
export function lintReport(file: string, lint: PackLint): string {
  const out: string[] = [];
  if (lint.pack === null) out.push(`${terminalText(file)}：有误，不能使用（${lint.refused.length} 处）/ refused:`);
  else out.push(`${terminalText(file)}：可以使用——“${terminalText(lint.pack.name)}”，${lint.pack.fields.length} 列，${lint.pack.rules.length} 条规则 / usable`);
  for (const problem of lint.refused) out.push(`  错误 ${problem.path}: ${terminalText(problem.zh)} / ${terminalText(problem.en)}`);
  for (const problem of lint.warnings) out.push(`  提示 ${problem.path}: ${terminalText(problem.zh)} / ${terminalText(problem.en)}`);
  return out.join("\n") + "\n";
}

async function draftForm(path: string, sheet: string | undefined, out: string, force: boolean): Promise<number> {
  const [{ readSheetGrids }, { openWorkbookFile }] = await Promise.all([import("../../adapters/xlsx/sheet-grids"), import("../../adapters/xlsx/workbook-file")]);
  const file = await openWorkbookFile(await readInputFile(path), basename(path));
  const grids = (await readSheetGrids(file.sheets)).filter((grid) => (sheet === undefined ? grid.visibility === "visible" : grid.name === sheet));
  if (grids.length === 0) {
    throw new ReportError("sheet-not-found", `“${basename(path)}”中没有工作表“${sheet}”`, `"${basename(path)}" has no sheet "${sheet}"`);
  }
  const fallbackName = basename(path, extname(path));
  const drafted = grids.map((grid) => ({ grid, draft: draftFromSheet(grid.rows, { firstRow: grid.firstRow, fallbackName }) }));
  const found = drafted.find((candidate) => candidate.draft !== null);
  if (found === undefined) {
    throw new ReportError("header-not-found", `“${basename(path)}”中找不到表头（一行里有三个以上的列名）`, `No header (a row of three or more headings) in "${basename(path)}"`);
  }
  const draft = found.draft!;
  const text = packJsonText(draft.pack);
  writeOutputFile(out, (sink) => sink(new TextEncoder().encode(text)), undefined, { replace: force });
  process.stdout.write(draftReport(basename(path), found.grid.name, out, draft));
  return 0;
}

/** What --from prints: each column's guess in the clerk's words, the rules the rows suggest, what to do next. */
function draftReport(file: string, sheet: string, out: string, draft: SheetDraft): string {
  const lines = [
    `已按“${terminalText(file)}”工作表“${terminalText(sheet)}”第 ${draft.sample.headerRow} 行的表头写出模板草稿“${terminalText(out)}”（${draft.sample.rows.length} 行数据用来猜测）：`,
  ];
  for (const choice of draft.choices) {
    const words = COLUMN_KIND_WORDS[choice.kind].zh;
    const money = choice.kind === "money" ? `，${choice.sum ? "计入合计" : "不计入合计"}，${choice.unit}` : "";
    const list = choice.kind === "category" ? `，可选：${choice.choices.join("、")}` : "";
    lines.push(`  ${terminalText(choice.heading || `第${choice.column}列`)}：${words}${money}${choice.required ? "，必填" : ""}${terminalText(list)}`);
  }
  const perPerson = draft.perPerson === "error" ? "同一人只能一条（重复报错误）" : draft.perPerson === "warning" ? "同一人第二条提示" : `同一人最多 ${draft.perPerson} 条`;
  lines.push(`  每人记录：${perPerson}`);
  for (const rule of draft.pack.rules) {
    if (rule.kind === "equals-expression") lines.push(`  算式：${terminalText(rule.field)} = ${terminalText(rule.expression)}`);
    if (rule.kind === "date-order") lines.push(`  日期先后：${terminalText(rule.field)} 不早于 ${terminalText(rule.notBefore)}`);
  }
  lines.push(`  总结句：${terminalText(draft.pack.summaries[0].text)}`);
  lines.push(`请核对后修改（格式见 docs/forms.md），用 report forms --check ${terminalText(out)} 检查，再用 report check --form ${terminalText(out)} 名单.xlsx 校验。`);
  return lines.join("\n") + "\n";
}
