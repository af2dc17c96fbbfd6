import { collectBytes } from "../../../../src/adapters/xlsx/package/new-workbook";
import { partText } from "../../../../src/adapters/xlsx/package/part-bytes";
import { ZipWriter } from "../../../../src/adapters/xlsx/package/zip-writer";
import { readZipRecords } from "../../../../src/adapters/xlsx/package/zip-records";

/** The package with one part's text changed by `edit` and every other entry copied as it was. */
export function withPartEdited(bytes: Uint8Array, path: string, edit: (xml: string) => string): Uint8Array {
  return collectBytes((sink) => {
    const zip = new ZipWriter(sink);
    for (const record of readZipRecords(bytes, "test.xlsx")) {
      if (record.name === path) zip.add(path, [edit(partText(record, "test.xlsx"))]);
      else zip.copy(record);
    }
    zip.finish();
  });
}

export function partOf(bytes: Uint8Array, path: string): string {
  const record = readZipRecords(bytes, "test.xlsx").find((candidate) => candidate.name === path);
  if (!record) throw new Error(`no ${path}`);
  return partText(record, "test.xlsx");
}
