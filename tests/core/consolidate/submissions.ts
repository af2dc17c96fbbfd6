import type { CellValue } from "../../../src/core/cell";
import { startCheck } from "../../../src/core/check/check-session";
import type { CheckResult } from "../../../src/core/check/types";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { HEADER, TODAY } from "../check/roster-fixture";

/** One submission's sheet as the CLI checks it (people collected): `above` are the lines over the header. */
export function submission(sheet: string, rows: CellValue[][], above: CellValue[][] = []): CheckResult {
  const session = startCheck(SONGWENNUAN_TEMPLATE, { sheet, today: TODAY, collectPeople: true });
  [...above, HEADER, ...rows].forEach((cells, i) => session.pushRow(i + 1, cells));
  return session.finish();
}

/** A 合计 row under the fixture's columns (amount in column I). */
export function grandTotal(yuan: number): CellValue[] {
  return ["合计", null, null, null, null, null, null, null, yuan];
}
