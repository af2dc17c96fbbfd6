import { openWorkbook } from "../../../src/adapters/xlsx/open-workbook";
import { openWorkbookReader } from "../../../src/adapters/xlsx/workbook-reader";
import { xlsxBytes, zipBytes } from "./workbook-files";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// exceljs writes and reads back 20,000 rows here: seconds on a busy machine.
jest.setTimeout(30_000);

describe("merged areas, listed after the rows (reader)", () => {
  it("finds merges listed after 20,000 rows, as the whole-workbook reader does", async () => {
    const bytes = await xlsxBytes((wb) => {
      const sheet = wb.addWorksheet("名单");
      sheet.addRow(["地区", "姓名", "慰问金额"]);
      // A cell that talks about merges must not be taken for one.
      for (let i = 0; i < 20_000; i++) sheet.addRow([i % 10 === 0 ? "哈密市" : null, `<mergeCell ref="A1:C3"/> ${i}`, 1000]);
      sheet.mergeCells("A2:A11");
      sheet.mergeCells("A19992:A20001");
    });
    const [source] = await openWorkbookReader(bytes, "名单.xlsx");
    const streamed = await source.readRows(() => {});
    expect(streamed).toEqual([
      { top: 2, left: 1, bottom: 11, right: 1 },
      { top: 19992, left: 1, bottom: 20001, right: 1 },
    ]);
    expect(streamed).toEqual((await openWorkbook(bytes, "名单.xlsx")).sheets[0].merges);
  });

  it("reads prefixed SpreadsheetML and a sheet with no merges", async () => {
    const sheet = (merges: string) =>
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData>${merges}</x:worksheet>`;
    const bytes = zipBytes({
      "xl/workbook.xml": `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets><x:sheet name="甲" sheetId="1" r:id="rId1"/><x:sheet name="乙" sheetId="2" r:id="rId2"/></x:sheets></x:workbook>`,
      "xl/_rels/workbook.xml.rels":
        `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/a.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/b.xml"/></Relationships>`,
      "xl/worksheets/a.xml": sheet(`<x:mergeCells count="1"><x:mergeCell ref="B5:B9"/></x:mergeCells>`),
      "xl/worksheets/b.xml": sheet(""),
    });
    const [first, second] = await openWorkbookReader(bytes, "名单.xlsx");
    expect(await first.readRows(() => {})).toEqual([{ top: 5, left: 2, bottom: 9, right: 2 }]);
    expect(await second.readRows(() => {})).toEqual([]);
  });
});
