import type { ProductMarker } from "../../../core/consolidate/product-output";
import { collectBytes } from "./new-workbook";
import { withOverrides } from "./package-parts";
import { markerEdits } from "./product-marker";
import { openPackage, type WorkbookPackage } from "./workbook-package";
import { ZipWriter } from "./zip-writer";

/** The workbook's bytes with the marker set (a workbook exceljs wrote, the blank form): every other part copied as it was. */
export function withProductMarker(bytes: Uint8Array, marker: ProductMarker): Uint8Array {
  const pkg = openPackage(bytes, "workbook.xlsx");
  const edits = markerEdits(pkg.text, marker);
  const parts = new Map<string, string>([[edits.path, edits.xml]]);
  if (edits.rootRels !== null) parts.set("_rels/.rels", edits.rootRels);
  if (edits.override !== null) parts.set("[Content_Types].xml", withOverrides(pkg.text("[Content_Types].xml") ?? "", [edits.override]));
  return withPartsReplaced(pkg, parts);
}

/** The package with these parts replaced or added, every other part copied with its compressed bytes as it was. */
export function withPartsReplaced(pkg: WorkbookPackage, parts: Map<string, string>): Uint8Array {
  return collectBytes((sink) => {
    const zip = new ZipWriter(sink);
    for (const record of pkg.records) {
      const replaced = parts.get(record.name);
      if (replaced === undefined) zip.copy(record);
      else zip.add(record.name, [replaced]);
      parts.delete(record.name);
    }
    for (const [path, xml] of parts) zip.add(path, [xml]);
    zip.finish();
  });
}
