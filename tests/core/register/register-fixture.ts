import type { CellValue } from "../../../src/core/cell";
import type { ArchiveRegister } from "../../../src/core/register/archive-register";
import { RegisterBuilder } from "../../../src/core/register/register-reader";
import { IDS } from "../check/roster-fixture";

/** A 档案表 as the national system exports it: a title line, then the header. */
export const REGISTER_HEADER = ["档案编号", "姓名", "身份证号", "档案级别", "困难类别", "所在地区", "建档日期", "档案状态"];

export interface Family {
  archiveNo?: string;
  name?: string;
  id?: string;
  level?: string;
  region?: string;
  status?: string;
}

/** The family of the roster fixture's person(…, index): same archive number, name and ID. */
export function family(index: number, overrides: Family = {}): CellValue[] {
  const f = { archiveNo: `QZ${1000 + index}`, name: "张三", id: IDS[index % IDS.length], level: "全总", region: "地直", status: "在档", ...overrides };
  return [f.archiveNo, f.name, f.id, f.level, "深度困难", f.region, "2023-05-01", f.status];
}

/** The register read from rows: a title on line 1, the header on line 2, families from line 3. */
export function registerOf(families: CellValue[][], file = "档案表.xlsx"): ArchiveRegister {
  const builder = new RegisterBuilder();
  const sheet = builder.sheet(file, "Sheet1");
  const rows: CellValue[][] = [["困难职工档案表"], REGISTER_HEADER, ...families];
  rows.forEach((cells, i) => sheet.pushRow(i + 1, cells));
  sheet.finish();
  return builder.build();
}
