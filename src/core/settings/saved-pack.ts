import { ReportError } from "../errors";
import { parsePack, readPack, type PackReading } from "../template/load-pack";
import type { Pack } from "../template/pack-schema";

/**
 * A province's own pack travels up inside the workbook, under `pack` in its saved settings (see
 * applySavedSettings, which checks the file with it), so the level above uses the form it was
 * filled in on. The pack the saved settings carry, validated key by key; null when there is none.
 */
export function savedPack(saved: unknown | null): Pack | null {
  if (!isObject(saved) || saved.pack === undefined) return null;
  try {
    return parsePack(saved.pack);
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    throw new ReportError(error.code, `工作簿中保存的${error.messageZh}`, `In the workbook's saved settings: ${error.messageEn}`);
  }
}

/** The saved settings with `pack` set to the pack (the rest kept). */
export function withSavedPack(saved: unknown | null, pack: Pack): Record<string, unknown> {
  return { ...(isObject(saved) ? saved : {}), pack };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The pack the saved settings carry, or every problem with it (the pane lists them one per line); null when there is none. */
export function readSavedPack(saved: unknown | null): PackReading | null {
  if (!isObject(saved) || saved.pack === undefined) return null;
  return readPack(saved.pack);
}

/** The saved settings without a pack: the workbook is checked with a bundled form again. */
export function withoutSavedPack(saved: unknown | null): Record<string, unknown> {
  const { pack: _previous, ...rest } = isObject(saved) ? saved : {};
  return rest;
}
