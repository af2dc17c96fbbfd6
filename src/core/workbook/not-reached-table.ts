import { coverageRate, emptyColumnsNote, type RegisterCoverage } from "../register/register-coverage";
import type { TableRow } from "./results-tables";

export const NOT_REACHED_HEADER: TableRow = ["序号", "档案编号", "姓名", "档案级别", "所在地区", "单位", "档案表位置"];

/**
 * The 未慰问在档户 sheet: the families no row pays, names masked and no ID (the only part of the
 * register any output holds), then what the count covers, so a printed list is never taken for
 * more than it is.
 */
export function notReachedRows(coverage: RegisterCoverage): TableRow[] {
  const rows: TableRow[] = [NOT_REACHED_HEADER];
  coverage.notReached.forEach((family, i) => rows.push([i + 1, family.archiveNo, family.name, family.level, family.region, family.unit, family.line]));
  rows.push([]);
  const scope = coverage.scope === "all" || coverage.scopeWidened ? "整个档案表" : "上报表中出现的地区/单位";
  rows.push([`对照档案表：${coverage.files.join("、")}（范围：${scope}）`]);
  rows.push([`在档 ${coverage.registered} 户，已慰问 ${coverage.reached} 户，覆盖率 ${coverageRate(coverage)}，未慰问 ${coverage.notReached.length} 户`]);
  if (coverage.outside > 0) rows.push([`另有 ${coverage.outside} 户在档户在上报表没有出现的地区/单位，未计入`]);
  if (coverage.closed > 0) rows.push([`已解困脱困或退档的 ${coverage.closed} 户不计入在档户`]);
  for (const skipped of coverage.skipped) rows.push([`档案表“${skipped.file}”的工作表“${skipped.sheet}”未读取，在档户数可能不全`]);
  const empty = emptyColumnsNote(coverage.emptyColumns);
  if (empty !== null) rows.push([empty]);
  if (coverage.sheetsWithoutArchive > 0) rows.push([`有 ${coverage.sheetsWithoutArchive} 张上报表没有档案编号，未能对照`]);
  return rows;
}
