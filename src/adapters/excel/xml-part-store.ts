import { fromXml, toXml } from "../xlsx/json-xml";
/**
 * JSON kept in a custom XML part of the workbook, one part per namespace. Custom XML parts are
 * stored inside the .xlsx (customXml/item*.xml), so they travel with the file to the next level
 * and do not depend on the add-in's ID, unlike Office.context.document.settings (keyed per add-in,
 * so a sideloaded and an IT-deployed copy would not see each other's settings). They also go
 * through Excel.run like every other call, so the in-memory Excel exercises them.
 */
export const MARKS_NAMESPACE = "urn:baobiao-zhushou:marks:1";

export interface StoredXml {
  /** The stored JSON, or null when there is no part (or it is damaged). */
  readonly value: unknown | null;
  /** Queues deleting the namespace's parts (applied at the next sync). */
  remove(): void;
  /** Queues replacing the namespace's parts with one holding `value`. */
  replace(value: unknown): void;
}

/** Reads the namespace's part: one sync when there is none, two when there is (getXml needs the part). */
export async function readXmlJson(context: Excel.RequestContext, namespace: string): Promise<StoredXml> {
  const parts = context.workbook.customXmlParts.getByNamespace(namespace).load("items/id");
  await context.sync();
  const xml = parts.items.length ? parts.items[0].getXml() : null;
  if (xml) await context.sync();
  let removed = false;
  const remove = () => {
    if (!removed) parts.items.forEach((part) => part.delete());
    removed = true;
  };
  return {
    value: xml ? parseStored(xml.value) : null,
    remove,
    replace: (value) => {
      remove();
      context.workbook.customXmlParts.add(toXml(namespace, value));
    },
  };
}

function parseStored(xml: string): unknown | null {
  try {
    return fromXml(xml);
  } catch {
    return null; // a damaged part is treated as absent rather than blocking the add-in
  }
}
