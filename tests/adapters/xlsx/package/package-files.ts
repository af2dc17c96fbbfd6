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

const THREADED_NS = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const THREAD_ROOT_ID = "{2BD0B1A4-7C3E-4F2A-9D11-6A5E8C0F1B23}";
export const THREAD_PERSON_ID = "{6A1F2C3D-4B5E-4F60-8A7B-9C0D1E2F3A4B}";
/** The text Excel 365 writes into the legacy note under a threaded comment, for programs that cannot read the thread. */
export const THREAD_PLACEHOLDER =
  "[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    ";

/**
 * The workbook with a threaded comment (Excel 365's 批注, a conversation) on `cell` of its first
 * sheet, as Excel saves one: the thread in xl/threadedComments/ by a person of xl/persons/person.xml,
 * and the legacy note on the same cell (which the workbook must already have, written by exceljs)
 * turned into Excel's placeholder, authored tc={thread id}.
 */
export function withThreadedComment(bytes: Uint8Array, cell: string, text: string): Uint8Array {
  const threaded = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="${THREADED_NS}" xmlns:x="${MAIN_NS}"><threadedComment ref="${cell}" dT="2026-11-30T09:00:00.00" personId="${THREAD_PERSON_ID}" id="${THREAD_ROOT_ID}"><text>${text}</text></threadedComment></ThreadedComments>`;
  const persons = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="${THREADED_NS}" xmlns:x="${MAIN_NS}"><person displayName="王会计" id="${THREAD_PERSON_ID}" userId="王会计" providerId="None"/></personList>`;
  const edits: Record<string, (xml: string) => string> = {
    "[Content_Types].xml": (xml) =>
      xml.replace(
        "</Types>",
        '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/><Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/></Types>',
      ),
    "xl/_rels/workbook.xml.rels": (xml) =>
      xml.replace("</Relationships>", '<Relationship Id="rIdPersons" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/></Relationships>'),
    "xl/worksheets/_rels/sheet1.xml.rels": (xml) =>
      xml.replace("</Relationships>", '<Relationship Id="rIdThread" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>'),
    "xl/comments1.xml": (xml) =>
      xml
        .replace(/<authors>[\s\S]*?<\/authors>/, `<authors><author>tc=${THREAD_ROOT_ID}</author></authors>`)
        .replace(new RegExp(`(<comment ref="${cell}"[^>]*>)[\\s\\S]*?</comment>`), `$1<text><t xml:space="preserve">${THREAD_PLACEHOLDER}${text}</t></text></comment>`),
  };
  return collectBytes((sink) => {
    const zip = new ZipWriter(sink);
    for (const record of readZipRecords(bytes, "test.xlsx")) {
      const edit = edits[record.name];
      if (edit) zip.add(record.name, [edit(partText(record, "test.xlsx"))]);
      else zip.copy(record);
    }
    zip.add("xl/threadedComments/threadedComment1.xml", [threaded]);
    zip.add("xl/persons/person.xml", [persons]);
    zip.finish();
  });
}
