import { readPack, type PackReading } from "../template/load-pack";
import type { Pack } from "../template/pack-schema";

/**
 * A province's own pack travels inside the workbook, under `pack` in its saved settings, so the
 * upper level checks the file with the form it was filled in on.
 */
export function savedPack(saved: unknown | null): PackReading | null {
  if (!isObject(saved) || saved.pack === undefined) return null;
  return readPack(saved.pack);
}

/** The saved settings with the pack replaced; `null` takes it out (back to the bundled forms). */
export function withPack(saved: unknown | null, pack: Pack | null): Record<string, unknown> {
  const { pack: _previous, ...rest } = isObject(saved) ? saved : {};
  return pack === null ? rest : { ...rest, pack };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
