import { strFromU8 } from "fflate";
import { fromXml } from "./json-xml";
import { SETTINGS_SHEET } from "./sheet-names";
import { openWorkbookReader, type SheetReader } from "./workbook-reader";
import { readZipDirectory, type ZipEntry } from "./zip-directory";
import { PART_LIMITS, partBytes } from "./zip-part";

/**
 * Settings saved inside a workbook, as any host finds them in the .xlsx package. Two copies:
 * a custom XML part with SETTINGS_NAMESPACE (what Excel's task pane has always written), and the
 * veryHidden sheet SETTINGS_SHEET with the same JSON in column A, because custom XML parts are
 * dropped or fail silently on some hosts (office-js #642, #360, #2940, #6091) while a sheet
 * survives every host and any .xlsx reader. Each copy is an envelope with the time it was saved;
 * a reader takes the newer. Platform-neutral (fflate): the CLI and the page read the same bytes.
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

/**
 * The settings saved in an .xlsx (the newer of the two copies), or null when it has none. Read with
 * the one reader, under its caps (part sizes, inflate ratio, CRC-32): a received workbook's settings
 * are as untrusted as its rows. A file that is not a readable workbook has no settings; the check
 * itself then says what is wrong with it.
 */
export async function readSavedSettings(bytes: Uint8Array): Promise<unknown | null> {
  const entries = readZipDirectory(bytes);
  if (entries === null) return null;
  return savedSettingsIn(bytes, entries, () => openWorkbookReader(bytes, "workbook.xlsx"));
}

/**
 * The same, from a workbook already opened (workbook-file.ts): its zip directory and its sheets,
 * whose shared strings are then parsed once for the settings sheet and the check alike.
 */
export async function savedSettingsIn(
  bytes: Uint8Array,
  entries: ReadonlyMap<string, ZipEntry>,
  sheets: () => Promise<readonly SheetReader[]>,
): Promise<unknown | null> {
  try {
    return newerEnvelope(await partEnvelope(bytes, entries), await sheetEnvelope(await sheets()))?.settings ?? null;
  } catch {
    return null;
  }
}

async function partEnvelope(bytes: Uint8Array, entries: ReadonlyMap<string, ZipEntry>): Promise<SettingsEnvelope | null> {
  for (const [name, entry] of entries) {
    if (!/^customXml\/item\d+\.xml$/.test(name)) continue;
    const xml = partText(await partBytes(bytes, entry, PART_LIMITS.small));
    if (!xml.includes(SETTINGS_NAMESPACE)) continue;
    try {
      return asEnvelope(fromXml(xml));
    } catch {
      return null;
    }
  }
  return null;
}

/** Custom XML parts are UTF-8, or UTF-16 with a byte-order mark where a host wrote them so. */
function partText(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder("utf-16le").decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder("utf-16be").decode(data);
  return strFromU8(data);
}

/** Column A of the veryHidden settings sheet, as the one reader reads any sheet (shared, inline or rich text). */
async function sheetEnvelope(sheets: readonly SheetReader[]): Promise<SettingsEnvelope | null> {
  const sheet = sheets.find((candidate) => candidate.name === SETTINGS_SHEET);
  if (sheet === undefined) return null;
  const texts: string[] = [];
  await sheet.readRows((_row, cells) => {
    const first = cells[0];
    if (first !== null && first !== undefined) texts.push(String(first));
  });
  return fromSettingsChunks(texts);
}
