import { toXml } from "./json-xml";
import { withPartsReplaced } from "./package/marked-workbook";
import {
  CONTENT_TYPES,
  freePartPath,
  freeRelationshipId,
  RELATIONSHIP_TYPES,
  relsPathOf,
  withOverrides,
  withRelationships,
  withWorkbookSheets,
  type Relationship,
} from "./package/package-parts";
import { openPackage, type WorkbookPackage } from "./package/workbook-package";
import { worksheetXml } from "./package/worksheet-xml";
import { envelope, SETTINGS_NAMESPACE, settingsChunks } from "../../core/workbook/settings-envelope";
import { SETTINGS_SHEET } from "../../core/workbook/sheet-names";

const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CUSTOM_XML_REL = `${RELATIONSHIPS}/customXml`;
const CUSTOM_XML_PROPS_REL = `${RELATIONSHIPS}/customXmlProps`;
const CUSTOM_XML_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const SETTINGS_PART = /^customXml\/item\d+\.xml$/;

/** What the settings change in the package: parts replaced or added, and the lists that must name the new ones. */
interface SettingsEdits {
  readonly parts: Map<string, string>;
  readonly workbookRels: Relationship[];
  readonly overrides: { path: string; type: string }[];
  readonly sheets: { name: string; relationshipId: string; state: "veryHidden" }[];
  readonly taken: Set<string>;
}

/**
 * The .xlsx with the settings saved inside it, both copies (see saved-settings.ts): the custom
 * XML part and the veryHidden settings sheet, each replaced where the file has it already. Every
 * other part is copied with its compressed bytes as they were (the package writer), so the clerk's
 * roster is untouched. The page's downloaded copy and the blank form go through this, so the
 * county's 列对应 travels to the next level.
 */
export function embedSavedSettings(bytes: Uint8Array, settings: unknown, savedAt: Date): Uint8Array {
  const pkg = openPackage(bytes, "workbook.xlsx");
  const saved = envelope(settings, savedAt);
  const edits: SettingsEdits = { parts: new Map(), workbookRels: [], overrides: [], sheets: [], taken: new Set(pkg.records.map((record) => record.name)) };
  putSettingsPart(pkg, edits, toXml(SETTINGS_NAMESPACE, saved));
  putSettingsSheet(pkg, edits, settingsChunks(saved));
  const { parts } = edits;
  if (edits.workbookRels.length > 0) parts.set(relsPathOf(pkg.workbookPath), withRelationships(pkg.workbookRelsXml, pkg.workbookPath, edits.workbookRels));
  if (edits.sheets.length > 0) parts.set(pkg.workbookPath, withWorkbookSheets(pkg.workbookXml, edits.sheets));
  if (edits.overrides.length > 0) parts.set("[Content_Types].xml", withXmlDefault(withOverrides(pkg.text("[Content_Types].xml") ?? "", edits.overrides)));
  return withPartsReplaced(pkg, parts);
}

function putSettingsSheet(pkg: WorkbookPackage, edits: SettingsEdits, chunks: readonly string[]): void {
  const xml = [...worksheetXml({ name: SETTINGS_SHEET, rows: chunks.map((chunk) => [chunk]) })].join("");
  const existing = pkg.sheets.find((sheet) => sheet.name === SETTINGS_SHEET);
  if (existing !== undefined) {
    edits.parts.set(existing.path, xml);
    return;
  }
  const xlFolder = pkg.workbookPath.slice(0, pkg.workbookPath.lastIndexOf("/") + 1);
  const path = reserve(edits, `${xlFolder}worksheets/sheet`, ".xml");
  const relationshipId = newRelationship(pkg, edits, RELATIONSHIP_TYPES.worksheet, path);
  edits.parts.set(path, xml);
  edits.overrides.push({ path, type: CONTENT_TYPES.worksheet });
  edits.sheets.push({ name: SETTINGS_SHEET, relationshipId, state: "veryHidden" });
}

function putSettingsPart(pkg: WorkbookPackage, edits: SettingsEdits, xml: string): void {
  const existing = pkg.records.find((record) => SETTINGS_PART.test(record.name) && (pkg.text(record.name) ?? "").includes(SETTINGS_NAMESPACE));
  if (existing !== undefined) {
    edits.parts.set(existing.name, xml);
    return;
  }
  const item = reserve(edits, "customXml/item", ".xml");
  const n = /(\d+)\.xml$/.exec(item)![1];
  const props = `customXml/itemProps${n}.xml`;
  edits.taken.add(props);
  edits.parts.set(item, xml);
  edits.parts.set(
    props,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{${itemGuid(n)}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${SETTINGS_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  edits.parts.set(relsPathOf(item), withRelationships(null, item, [{ id: "rId1", type: CUSTOM_XML_PROPS_REL, path: props }]));
  newRelationship(pkg, edits, CUSTOM_XML_REL, item);
  edits.overrides.push({ path: props, type: CUSTOM_XML_PROPS_TYPE });
}

function reserve(edits: SettingsEdits, prefix: string, suffix: string): string {
  const path = freePartPath(prefix, suffix, edits.taken);
  edits.taken.add(path);
  return path;
}

function newRelationship(pkg: WorkbookPackage, edits: SettingsEdits, type: string, path: string): string {
  const id = freeRelationshipId([...pkg.workbookRels, ...edits.workbookRels].map((rel) => rel.id));
  edits.workbookRels.push({ id, type, path });
  return id;
}

/** A fixed, valid GUID per item number: the part's identity only has to be unique in this file. */
function itemGuid(n: string): string {
  return `6B6F2A3C-5E1D-4F7A-9B2C-${n.padStart(12, "0")}`;
}

/** The custom XML item is plain XML: the package must say what .xml parts without an override are. */
function withXmlDefault(contentTypes: string): string {
  if (/<Default\b[^>]*Extension="xml"/i.test(contentTypes)) return contentTypes;
  return contentTypes.replace(/<\/((?:[\w.-]+:)?)Types>/, (close) => `<Default Extension="xml" ContentType="application/xml"/>${close}`);
}
