import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from "fflate";
import { escapeXml, toXml } from "./json-xml";
import { envelope, SETTINGS_NAMESPACE, settingsChunks } from "./saved-settings";
import { SETTINGS_SHEET } from "./sheet-names";
import { parseWorkbookParts } from "./workbook-parts";

const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_REL = `${RELATIONSHIPS}/worksheet`;
const CUSTOM_XML_REL = `${RELATIONSHIPS}/customXml`;
const CUSTOM_XML_PROPS_REL = `${RELATIONSHIPS}/customXmlProps`;
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CUSTOM_XML_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const CONTENT_TYPES = "[Content_Types].xml";

/**
 * The .xlsx with the settings saved inside it, both copies (see saved-settings.ts): the custom
 * XML part and the veryHidden settings sheet, each replaced where the file has it already. Every
 * other part is kept byte for byte (only re-compressed), so the clerk's roster is untouched. The
 * page's downloaded copy goes through this, so the county's 列对应 travels to the next level.
 */
export function embedSavedSettings(bytes: Uint8Array, settings: unknown, savedAt: Date): Uint8Array {
  const files = unzipSync(bytes);
  const saved = envelope(settings, savedAt);
  putSettingsPart(files, toXml(SETTINGS_NAMESPACE, saved));
  putSettingsSheet(files, settingsSheetXml(settingsChunks(saved)));
  return zipSync(files);
}

function text(files: Unzipped, name: string): string {
  const data = files[name];
  if (data === undefined) throw new Error(`not a workbook package: ${name} is missing`);
  return strFromU8(data);
}

function putSettingsSheet(files: Unzipped, sheetXml: string): void {
  const parts = parseWorkbookParts(strToU8(text(files, WORKBOOK)), strToU8(text(files, WORKBOOK_RELS)));
  const existing = parts.sheets.find((sheet) => sheet.name === SETTINGS_SHEET);
  if (existing !== undefined) {
    files[existing.path] = strToU8(sheetXml);
    return;
  }
  const path = freeName(files, (n) => `xl/worksheets/sheet${n}.xml`);
  files[path] = strToU8(sheetXml);
  const id = addRelationship(files, WORKBOOK_RELS, WORKSHEET_REL, path.slice("xl/".length));
  addOverride(files, `/${path}`, WORKSHEET_TYPE);
  const workbook = text(files, WORKBOOK);
  const sheetIds = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*\bsheetId="(\d+)"/g)].map((match) => Number(match[1]));
  const prefix = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(workbook)?.[1];
  const relId = prefix === undefined ? `xmlns:r="${RELATIONSHIPS}" r:id="${id}"` : `${prefix}:id="${id}"`;
  const entry = `<sheet name="${SETTINGS_SHEET}" sheetId="${Math.max(0, ...sheetIds) + 1}" state="veryHidden" ${relId}/>`;
  files[WORKBOOK] = strToU8(workbook.replace(/<\/(\w+:)?sheets>/, (close) => `${entry}${close}`));
}

function putSettingsPart(files: Unzipped, xml: string): void {
  const existing = Object.keys(files).find(
    (name) => /^customXml\/item\d+\.xml$/.test(name) && strFromU8(files[name]).includes(SETTINGS_NAMESPACE),
  );
  if (existing !== undefined) {
    files[existing] = strToU8(xml);
    return;
  }
  const item = freeName(files, (n) => `customXml/item${n}.xml`);
  const n = /(\d+)\.xml$/.exec(item)![1];
  const props = `customXml/itemProps${n}.xml`;
  files[item] = strToU8(xml);
  files[props] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{${itemGuid(n)}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${SETTINGS_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  files[`customXml/_rels/item${n}.xml.rels`] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${CUSTOM_XML_PROPS_REL}" Target="itemProps${n}.xml"/></Relationships>`,
  );
  addRelationship(files, WORKBOOK_RELS, CUSTOM_XML_REL, `../${item}`);
  addOverride(files, `/${props}`, CUSTOM_XML_PROPS_TYPE);
  addXmlDefault(files);
}

/** A fixed, valid GUID per item number: the part's identity only has to be unique in this file. */
function itemGuid(n: string): string {
  return `6B6F2A3C-5E1D-4F7A-9B2C-${n.padStart(12, "0")}`;
}

function settingsSheetXml(chunks: readonly string[]): string {
  const rows = chunks
    .map((chunk, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(chunk)}</t></is></c></row>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
}

function freeName(files: Unzipped, name: (n: number) => string): string {
  let n = 1;
  while (files[name(n)] !== undefined) n++;
  return name(n);
}

function addRelationship(files: Unzipped, relsPath: string, type: string, target: string): string {
  const rels = text(files, relsPath);
  const ids = new Set([...rels.matchAll(/\bId="([^"]+)"/g)].map((match) => match[1]));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  files[relsPath] = strToU8(rels.replace("</Relationships>", `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`));
  return id;
}

function addOverride(files: Unzipped, partName: string, contentType: string): void {
  const types = text(files, CONTENT_TYPES);
  files[CONTENT_TYPES] = strToU8(types.replace("</Types>", `<Override PartName="${partName}" ContentType="${contentType}"/></Types>`));
}

function addXmlDefault(files: Unzipped): void {
  const types = text(files, CONTENT_TYPES);
  if (/<Default\b[^>]*Extension="xml"/i.test(types)) return;
  files[CONTENT_TYPES] = strToU8(types.replace("</Types>", `<Default Extension="xml" ContentType="application/xml"/></Types>`));
}
