import { strFromU8 } from "fflate";
import { asEnvelope, fromSettingsChunks, newerEnvelope, SETTINGS_NAMESPACE, type SettingsEnvelope } from "../../core/workbook/settings-envelope";
import { fromXml } from "./json-xml";
import { SETTINGS_SHEET } from "../../core/workbook/sheet-names";
import { openWorkbookReader, type SheetReader } from "./workbook-reader";
import { readZipDirectory, type ZipEntry } from "./zip-directory";
import { PART_LIMITS, partBytes } from "./zip-part";

/**
 * The settings saved in an .xlsx (the newer of the two copies core/workbook/settings-envelope.ts
 * describes), or null when it has none. Read with the one reader, under its caps (part sizes, inflate ratio, CRC-32): a received workbook's settings
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
