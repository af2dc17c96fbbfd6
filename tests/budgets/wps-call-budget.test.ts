import { SONGWENNUAN_TEMPLATE } from "../../src/core/template/songwennuan";
import { createWpsHost } from "../../src/adapters/wps/wps-host";
import { createInMemoryWps } from "../fakes/in-memory-wps";
import { generateRoster } from "../fakes/generate-roster";

/**
 * WPS's object model answers one call at a time through its bridge: a check must read the sheet
 * in blocks, never cell by cell. A 100k-row roster (14 columns) is read in ten Value2 blocks; the
 * rest is the used range, the visible areas and the amount column's formats, and one call per sheet
 * (its Visible) for the verdict to name the hidden sheets it did not check.
 */
const CHECK_100K_CALLS = 61;

describe("budget: checking 100,000 rows in WPS", () => {
  it(`takes at most ${CHECK_100K_CALLS} calls into WPS, all of them bulk`, async () => {
    const wps = createInMemoryWps();
    wps.model.addGrid("名单", generateRoster(100_000, { defectRate: 0.02 }).rows);
    const host = createWpsHost(wps.app);
    wps.model.resetCalls();
    const result = await host.check(SONGWENNUAN_TEMPLATE, "名单");
    expect(result.dataRows).toBe(100_000);
    expect({ calls: wps.model.totalCalls, detail: wps.model.callSummary() }).toEqual({ calls: expect.any(Number), detail: expect.any(String) });
    expect(wps.model.totalCalls).toBeLessThanOrEqual(CHECK_100K_CALLS);
    expect(wps.model.calls.get("Range.Value2.get")).toBe(10);
  }, 120_000);
});
