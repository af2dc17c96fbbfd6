import type { ProductMarker, ProductOutputKind } from "../../../core/consolidate/product-output";
import { maskNumberRuns } from "../../../core/format/mask";
import { readZipDirectory, type ZipEntry } from "../zip-directory";
import { PART_LIMITS, partBytes } from "../zip-part";
import { freeRelationshipId, parseRelationships, withRelationships, type Relationship } from "./package-parts";
import { decodeXml, escapeXml, XML_DECLARATION } from "./xml-text";

/**
 * The marker every workbook the product writes carries: two custom document properties (File ›
 * Properties › Custom in Excel and WPS), kept by every program that saves the file again, so a
 * 汇总 or 公示名单 lying among the submissions is known for what it is. Other custom properties
 * a workbook has (WPS writes its own) are kept.
 */
const KIND_PROPERTY = "报表助手输出";
const SOURCE_PROPERTY = "报表助手来源";
const CUSTOM_PROPERTIES_PATH = "docProps/custom.xml";
const CUSTOM_PROPERTIES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const CUSTOM_PROPERTIES_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
const VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
/** The format id every user-defined property carries. */
const USER_DEFINED = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
const KINDS: readonly ProductOutputKind[] = ["checked-copy", "consolidated", "public-list", "blank-form"];
const PROPERTY = /<(?:[\w.-]+:)?property\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?property>)/g;

/** What marking a package changes: the properties part, and where it is new the root rels and content types. */
export interface MarkerEdits {
  readonly path: string;
  readonly xml: string;
  /** The part is new: the root rels as they must be written, and the override to add. */
  readonly rootRels: string | null;
  readonly override: { readonly path: string; readonly type: string } | null;
}

/** The edits that mark a package whose parts `text` reads (null: absent). */
export function markerEdits(text: (path: string) => string | null, marker: ProductMarker): MarkerEdits {
  const rootRelsXml = text("_rels/.rels");
  const rootRels = rootRelsXml === null ? [] : parseRelationships(rootRelsXml, "");
  const existing = rootRels.find((rel) => rel.type === CUSTOM_PROPERTIES_REL);
  if (existing !== undefined) return { path: existing.path, xml: customPropertiesXml(text(existing.path), marker), rootRels: null, override: null };
  const rel: Relationship = { id: freeRelationshipId(rootRels.map((candidate) => candidate.id)), type: CUSTOM_PROPERTIES_REL, path: CUSTOM_PROPERTIES_PATH };
  return {
    path: CUSTOM_PROPERTIES_PATH,
    xml: customPropertiesXml(text(CUSTOM_PROPERTIES_PATH), marker),
    rootRels: withRelationships(rootRelsXml, "", [rel]),
    override: { path: CUSTOM_PROPERTIES_PATH, type: CUSTOM_PROPERTIES_TYPE },
  };
}

/** The custom properties part with the marker's two properties set, every other property kept. */
export function customPropertiesXml(existing: string | null, marker: ProductMarker): string {
  const kept = (existing?.match(PROPERTY) ?? []).filter((element) => {
    const name = decodeXml(/\sname\s*=\s*"([^"]*)"/.exec(element)?.[1] ?? "");
    return name !== KIND_PROPERTY && name !== SOURCE_PROPERTY;
  });
  let pid = kept.reduce((max, element) => Math.max(max, Number(/\spid\s*=\s*"(\d+)"/.exec(element)?.[1] ?? 1)), 1);
  const property = (name: string, value: string) =>
    `<property fmtid="${USER_DEFINED}" pid="${++pid}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`;
  // A kept property may use the prefix vt: as ours do; one written under another prefix keeps its own declaration.
  return (
    `${XML_DECLARATION}<Properties xmlns="${CUSTOM_NS}" xmlns:vt="${VT_NS}">` +
    kept.join("") +
    property(KIND_PROPERTY, marker.kind) +
    // The source file's name is shown like every name that leaves the check: an ID or card in it masked.
    property(SOURCE_PROPERTY, maskNumberRuns(marker.source)) +
    "</Properties>"
  );
}

/** The marker a workbook carries, or null (not ours, not a workbook, or a part too damaged to read: the check then says so). */
export async function readProductMarker(bytes: Uint8Array): Promise<ProductMarker | null> {
  const entries = readZipDirectory(bytes);
  return entries === null ? null : productMarkerIn(bytes, entries);
}

/** The same, from a workbook already opened (workbook-file.ts): its zip directory is not read again. */
export async function productMarkerIn(bytes: Uint8Array, entries: ReadonlyMap<string, ZipEntry>): Promise<ProductMarker | null> {
  try {
    const text = async (path: string) => {
      const entry = entries.get(path);
      return entry === undefined ? null : new TextDecoder().decode(await partBytes(bytes, entry, PART_LIMITS.small));
    };
    const rootRels = await text("_rels/.rels");
    const path = (rootRels === null ? [] : parseRelationships(rootRels, "")).find((rel) => rel.type === CUSTOM_PROPERTIES_REL)?.path ?? CUSTOM_PROPERTIES_PATH;
    const xml = await text(path);
    if (xml === null) return null;
    const values = new Map<string, string>();
    for (const element of xml.match(PROPERTY) ?? []) {
      const name = decodeXml(/\sname\s*=\s*"([^"]*)"/.exec(element)?.[1] ?? "");
      const value = /<(?:[\w.-]+:)?lpwstr>([\s\S]*?)<\/(?:[\w.-]+:)?lpwstr>/.exec(element)?.[1];
      if (value !== undefined) values.set(name, decodeXml(value));
    }
    const kind = values.get(KIND_PROPERTY) as ProductOutputKind | undefined;
    return kind !== undefined && KINDS.includes(kind) ? { kind, source: values.get(SOURCE_PROPERTY) ?? "" } : null;
  } catch {
    return null;
  }
}
