import { checkRoundTrips, highlightRoundTrips, type RoundTrips } from "./excel-round-trips";
import type { Section, Verdict } from "./report-types";
import { count, size } from "./stats";
import { TARGETS } from "./targets";

const CHECK_SIZES = [1_000, 10_000, 100_000];
const HIGHLIGHT_SIZES = [100, 10_000, 50_000];

const cells = (trips: RoundTrips) => [count(trips.syncs), size(trips.maxRequestBytes), size(trips.maxResponseBytes)];

function budget(target: string, trips: RoundTrips, maxSyncs: number, maxRequestBytes = Infinity): Verdict {
  const met = trips.syncs <= maxSyncs && trips.maxRequestBytes <= maxRequestBytes;
  const measured = `${trips.syncs} syncs, largest request ${size(trips.maxRequestBytes)}`;
  if (met) return { target, measured, met };
  const over = [
    trips.syncs > maxSyncs ? `${trips.syncs - maxSyncs} syncs over` : "",
    trips.maxRequestBytes > maxRequestBytes ? `request ${size(trips.maxRequestBytes - maxRequestBytes)} over` : "",
  ];
  return { target, measured, met, missedBy: over.filter(Boolean).join(", "), why: "See the round-trip notes below." };
}

/** Part 3: the adapter's syncs and request sizes on the in-memory Excel, next to the naive way. */
export async function benchExcel(): Promise<Section> {
  const checks = [];
  for (const households of CHECK_SIZES) checks.push({ households, ...(await checkRoundTrips(households)) });
  const highlights = [];
  for (const flagged of HIGHLIGHT_SIZES) highlights.push({ flagged, ...(await highlightRoundTrips(flagged)) });
  const check100k = checks.find((c) => c.households === 100_000)!;
  const highlight10k = highlights.find((h) => h.flagged === 10_000)!;
  return {
    title: "Excel round trips (in-memory Excel)",
    method:
      "The real adapter (`createExcelHost`) over tests/fakes/in-memory-excel, which counts every `context.sync()` and sizes each request and response as JSON. " +
      "Check = `host.check` on a generated roster; highlight = `host.markIssues` (reads prior fills for exact restore, fills, adds notes — every API set available). " +
      "Naive baselines (bench/naive-excel.ts): one sync per sheet row to read, one sync per cell to fill.",
    headers: ["operation", "adapter syncs", "largest request", "largest response", "naive syncs", "naive largest request", "naive largest response"],
    rows: [
      ...checks.map((c) => [`check ${count(c.households)} rows`, ...cells(c.adapter), ...cells(c.naive)]),
      ...highlights.map((h) => [`highlight ${count(h.flagged)} cells`, ...cells(h.adapter), ...cells(h.naive)]),
    ],
    verdicts: [
      budget("check 100k rows ≤ 30 syncs, every request ≤ 4 MB", check100k.adapter, TARGETS.check100kSyncs, TARGETS.maxRequestBytes),
      budget("highlight 10k cells ≤ 10 syncs", highlight10k.adapter, TARGETS.highlight10kSyncs),
    ],
  };
}
