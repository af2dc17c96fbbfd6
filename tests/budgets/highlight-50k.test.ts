import { highlightRoundTrips } from "../../bench/excel-round-trips";
import { TARGETS } from "../../bench/targets";

/**
 * A merged provincial roster can flag tens of thousands of cells. tests/adapters/excel holds the
 * 10k highlight to 10 syncs; this holds the line at 50k (reads of prior fills, fills and notes).
 */
const HIGHLIGHT_50K_SYNCS = 15;

describe("budget: highlighting 50,000 flagged cells in Excel", () => {
  it(`takes at most ${HIGHLIGHT_50K_SYNCS} syncs, every request and response within ${TARGETS.maxRequestBytes / 1024 / 1024} MB`, async () => {
    const { adapter, fills } = await highlightRoundTrips(50_000, { naive: false });
    expect(fills).toBe(50_000);
    expect(adapter.syncs).toBeLessThanOrEqual(HIGHLIGHT_50K_SYNCS);
    expect(adapter.maxRequestBytes).toBeLessThanOrEqual(TARGETS.maxRequestBytes);
    expect(adapter.maxResponseBytes).toBeLessThanOrEqual(TARGETS.maxRequestBytes);
  }, 60_000);
});
