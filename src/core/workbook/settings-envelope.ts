/**
 * Settings saved inside a workbook, as any host finds them in the .xlsx package. Two copies:
 * a custom XML part with SETTINGS_NAMESPACE (what Excel's task pane has always written), and the
 * veryHidden sheet SETTINGS_SHEET with the same JSON in column A, because custom XML parts are
 * dropped or fail silently on some hosts (office-js #642, #360, #2940, #6091) while a sheet
 * survives every host and any .xlsx reader. Each copy is an envelope with the time it was saved;
 * a reader takes the newer. Every host writes and reads them through this module; xlsx/saved-settings.ts finds them in a file.
 */
export const SETTINGS_NAMESPACE = "urn:baobiao-zhushou:settings:1";

/** A cell holds at most 32,767 characters; the JSON is cut into pieces below that, one per row. */
export const SETTINGS_CHUNK_CHARS = 30_000;
/**
 * Starts every piece, so no host takes a piece for a formula (=…), a number (123) or an error
 * (#N/A) when the cell is written as a value, wherever the JSON happens to be cut.
 */
const CHUNK_MARK = "~";

export interface SettingsEnvelope {
  /** ISO time of saving; "" for a part written before envelopes (bare settings JSON). */
  readonly savedAt: string;
  readonly settings: unknown;
}

export function envelope(settings: unknown, savedAt: Date): SettingsEnvelope {
  return { savedAt: savedAt.toISOString(), settings };
}

/** A stored value as an envelope: older parts hold the settings themselves. */
export function asEnvelope(stored: unknown): SettingsEnvelope {
  const candidate = stored as Partial<SettingsEnvelope> | null;
  if (candidate !== null && typeof candidate === "object" && typeof candidate.savedAt === "string" && "settings" in candidate) {
    return { savedAt: candidate.savedAt, settings: candidate.settings };
  }
  return { savedAt: "", settings: stored };
}

/** Of two copies, the one saved later (ISO times compare as text); either may be missing. */
export function newerEnvelope(a: SettingsEnvelope | null, b: SettingsEnvelope | null): SettingsEnvelope | null {
  if (a === null || b === null) return a ?? b;
  return b.savedAt > a.savedAt ? b : a;
}

/** The JSON cut into cell-sized pieces, whole code points each, for the settings sheet's column A. */
export function settingsChunks(value: SettingsEnvelope): string[] {
  const json = JSON.stringify(value);
  const chunks: string[] = [];
  let at = 0;
  while (at < json.length) {
    let end = Math.min(json.length, at + SETTINGS_CHUNK_CHARS);
    // Never split a surrogate pair between two cells.
    if (end < json.length && /[\ud800-\udbff]/.test(json[end - 1])) end--;
    chunks.push(CHUNK_MARK + json.slice(at, end));
    at = end;
  }
  return chunks;
}

/** The settings sheet's column A joined back into a value; null when damaged. */
export function fromSettingsChunks(chunks: readonly string[]): SettingsEnvelope | null {
  if (chunks.length === 0 || chunks.some((chunk) => !chunk.startsWith(CHUNK_MARK))) return null;
  try {
    return asEnvelope(JSON.parse(chunks.map((chunk) => chunk.slice(CHUNK_MARK.length)).join("")));
  } catch {
    return null; // edited by hand or cut short: treated as absent, like a damaged part
  }
}

