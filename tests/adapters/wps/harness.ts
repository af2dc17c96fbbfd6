import type { CellValue } from "../../../src/core/cell";
import { createWpsHost } from "../../../src/adapters/wps/wps-host";
import { createInMemoryWps } from "../../fakes/in-memory-wps";

export const ROSTER = "名单";

/** The real WPS adapter over a fresh in-memory WPS holding `rows` on sheet 名单. */
export function wpsHostWith(rows: readonly (readonly CellValue[])[]) {
  const wps = createInMemoryWps();
  const sheet = wps.model.addGrid(ROSTER, rows);
  return { ...wps, sheet, host: createWpsHost(wps.app) };
}
