import { strFromU8, unzipSync } from "fflate";
import { decodeXml } from "./xml-text";
import { fromXml } from "./json-xml";
import { SETTINGS_SHEET } from "./sheet-names";
import { parseWorkbookParts } from "./workbook-parts";

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
 * The settings saved in an .xlsx (the newer of the two copies), or null when it has none. Reads
 * only the parts it needs; a file that is not a readable zip has no settings.
 */
export function readSavedSettings(bytes: Uint8Array): unknown | null {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => /^customXml\/item\d+\.xml$/.test(file.name) || /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels)$/.test(file.name) });
  } catch {
    return null;
  }
  const fromPart = partEnvelope(files);
  const sheetPath = settingsSheetPath(files);
  const fromSheet = sheetPath === null ? null : sheetEnvelope(bytes, sheetPath);
  return newerEnvelope(fromPart, fromSheet)?.settings ?? null;
}

function partEnvelope(files: Record<string, Uint8Array>): SettingsEnvelope | null {
  for (const [name, data] of Object.entries(files)) {
    if (!name.startsWith("customXml/")) continue;
    const xml = partText(data);
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

function settingsSheetPath(files: Record<string, Uint8Array>): string | null {
  const workbook = files["xl/workbook.xml"];
  const rels = files["xl/_rels/workbook.xml.rels"];
  if (workbook === undefined || rels === undefined) return null;
  return parseWorkbookParts(workbook, rels).sheets.find((sheet) => sheet.name === SETTINGS_SHEET)?.path ?? null;
}

function sheetEnvelope(bytes: Uint8Array, path: string): SettingsEnvelope | null {
  const files = unzipSync(bytes, { filter: (file) => file.name === path || file.name === "xl/sharedStrings.xml" });
  const sheet = files[path];
  if (sheet === undefined) return null;
  const shared = files["xl/sharedStrings.xml"];
  return fromSettingsChunks(columnATexts(strFromU8(sheet), shared === undefined ? [] : sharedStrings(strFromU8(shared))));
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const TEXT = /<t\b[^>]*>([\s\S]*?)<\/t>/g;

/** Column A's texts in row order: inline, shared or formula strings. */
function columnATexts(sheetXml: string, shared: readonly string[]): string[] {
  const texts: string[] = [];
  for (const [, attributes, body = ""] of sheetXml.matchAll(CELL)) {
    if (!/\br="A\d+"/.test(attributes)) continue;
    const type = /\bt="(\w+)"/.exec(attributes)?.[1];
    const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    if (type === "inlineStr") texts.push(joinedText(body));
    else if (type === "s" && value !== undefined) texts.push(shared[Number(value)] ?? "");
    else if (value !== undefined) texts.push(decodeXml(value));
  }
  return texts;
}

function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map(([, item]) => joinedText(item.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "")));
}

function joinedText(xml: string): string {
  return [...xml.matchAll(TEXT)].map(([, text]) => decodeXml(text)).join("");
}
