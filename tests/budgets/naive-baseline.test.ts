import { checkRoundTrips, highlightRoundTrips } from "../../bench/excel-round-trips";

/**
 * The bench sets the adapter beside a naive add-in (one sync per row read, one per cell filled).
 * These keep that yardstick honest (it does the same work) and the adapter three orders of
 * magnitude ahead of it, at a size jest runs in seconds.
 */
describe("budget: the adapter against the naive baseline", () => {
  it("checks 10,000 rows in at most 1/1000 of the naive reader's syncs", async () => {
    const { adapter, naive, dataRows } = await checkRoundTrips(10_000);
    expect(dataRows).toBe(10_000);
    expect(naive.syncs).toBeGreaterThan(10_000);
    expect(adapter.syncs * 1000).toBeLessThanOrEqual(naive.syncs);
  }, 30_000);

  it("highlights 10,000 cells in at most 1/1000 of the naive filler's syncs", async () => {
    const { adapter, naive, fills } = await highlightRoundTrips(10_000);
    expect(fills).toBe(10_000);
    expect(naive.syncs).toBe(10_000);
    expect(adapter.syncs * 1000).toBeLessThanOrEqual(naive.syncs);
  }, 30_000);
});
