import { ReportError } from "../errors";
import { parsePack } from "../template/load-pack";
import type { Pack } from "../template/pack-schema";
import { packToTemplate } from "../template/pack-to-template";
import type { Template } from "../template/schema";

/**
 * A province's own pack travels up inside the workbook, under `pack` in its saved settings, so the
 * level above checks the file with the form it was filled in on. Beside it the settings keep their
 * usual keys (rules overrides, 列对应).
 */
export interface SavedPack {
  /** The workbook's own form, validated key by key like a --form file; null when it carries none. */
  readonly template: Template | null;
  readonly pack: Pack | null;
  /** The saved settings without `pack`: what applySavedSettings lays over the form. */
  readonly settings: unknown | null;
}

export function splitSavedPack(saved: unknown | null): SavedPack {
  if (!isObject(saved) || saved.pack === undefined) return { template: null, pack: null, settings: saved };
  const { pack: json, ...rest } = saved;
  let pack: Pack;
  try {
    pack = parsePack(json);
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    throw new ReportError(error.code, `工作簿中保存的${error.messageZh}`, `In the workbook's saved settings: ${error.messageEn}`);
  }
  return { template: packToTemplate(pack), pack, settings: Object.keys(rest).length === 0 ? null : rest };
}

/** The saved settings with `pack` set to the pack's JSON (the rest kept). */
export function withSavedPack(saved: unknown | null, pack: unknown): Record<string, unknown> {
  return { ...(isObject(saved) ? saved : {}), pack };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
