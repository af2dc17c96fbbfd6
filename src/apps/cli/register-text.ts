import type { RegisterCoverage } from "../../core/register/register-coverage";
import { coverageRate, emptyColumnsNote } from "../../core/register/register-coverage";
import { terminalText } from "./terminal-text";
import { textTable } from "./text-table";

/** The terminal shows this many 未慰问 families; the rest are in --json and the --out workbook. */
const SHOWN = 200;

/** The report's 对照档案表 section: the count, what it covers, and the 未慰问在档户 (names masked). */
export function registerText(coverage: RegisterCoverage | undefined): string {
  if (coverage === undefined) return "";
  const files = coverage.files.map(terminalText).join("、");
  const scope = coverage.scope === "all" || coverage.scopeWidened ? "整个档案表" : "表中出现的地区/单位";
  const lines = ["", `对照档案表：${files}（范围：${scope}）`];
  lines.push(`在档 ${coverage.registered} 户，已慰问 ${coverage.reached} 户，覆盖率 ${coverageRate(coverage)}；未慰问在档户 ${coverage.notReached.length} 户。`);
  if (coverage.scopeWidened) lines.push("注意：表中的地区/单位与档案表的所在地区/单位都对不上，已按整个档案表计。");
  if (coverage.outside > 0) lines.push(`注意：档案表中另有 ${coverage.outside} 户在档户在表中没有出现的地区/单位，未计入（要计入请用 --register-scope all）。`);
  if (coverage.closed > 0) lines.push(`已解困脱困或退档的 ${coverage.closed} 户不计入在档户。`);
  if (coverage.repeatedLines > 0) lines.push(`注意：档案表中有 ${coverage.repeatedLines} 行档案编号与上面的行重复，只取第一行。`);
  for (const skipped of coverage.skipped) lines.push(`注意：档案表“${terminalText(skipped.file)}”的工作表“${terminalText(skipped.sheet)}”未读取（${skipped.reason === "no-header" ? "找不到档案表表头" : "隐藏"}），在档户数可能不全。`);
  const empty = emptyColumnsNote(coverage.emptyColumns);
  if (empty !== null) lines.push(`注意：${empty}。`);
  if (coverage.sheetsWithoutArchive > 0) lines.push(`注意：有 ${coverage.sheetsWithoutArchive} 张表的报表没有档案编号，其中的行未能对照档案表。`);
  if (coverage.notReached.length > 0) {
    lines.push("", "未慰问在档户");
    const rows = coverage.notReached.slice(0, SHOWN).map((f) => [f.archiveNo, f.name, f.level, f.region, f.unit, f.line].map(terminalText));
    lines.push(...textTable([["档案编号", "姓名", "档案级别", "所在地区", "单位", "档案表位置"], ...rows], () => false).map((line) => `  ${line}`));
    if (coverage.notReached.length > SHOWN) lines.push(`  ……另有 ${coverage.notReached.length - SHOWN} 户（完整清单见 --out 生成的“未慰问在档户”表或 --json）`);
  }
  return lines.join("\n") + "\n";
}
