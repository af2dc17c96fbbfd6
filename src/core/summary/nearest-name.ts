import { distance } from "fastest-levenshtein";

/**
 * The candidate a mistyped placeholder most likely meant, or null when none is near: first one that
 * contains what was written or is contained in it ({单位} → {填报单位}, {金额} → {金额元}), then the
 * fewest characters changed ({人数} → {户数}, {#各县} → {#各地区}), at most half of the longer name. Ties go to the earlier
 * candidate. Edit distance from fastest-levenshtein (a small, well-kept library) rather than by hand.
 */
export function nearestName(written: string, candidates: readonly string[]): string | null {
  if (written === "") return null;
  let best: { name: string; rank: number } | null = null;
  for (const name of candidates) {
    if (name === written) continue;
    const contains = name.includes(written) || written.includes(name);
    const changes = distance(written, name);
    if (!contains && changes > Math.ceil(Math.max(written.length, name.length) / 2)) continue;
    // Containment first: any containing name outranks any merely close one.
    const rank = (contains ? 0 : 1000) + changes;
    if (best === null || rank < best.rank) best = { name, rank };
  }
  return best?.name ?? null;
}
