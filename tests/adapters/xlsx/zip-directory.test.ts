import { unzipSync } from "fflate";
import { zipArchive } from "../../../scripts/corpus/crafted-bytes";
import { readSheetRows } from "../../../src/adapters/xlsx/workbook-reader";
import { readZipRecords } from "../../../src/adapters/xlsx/package/zip-records";
import { readZipDirectory } from "../../../src/adapters/xlsx/zip-directory";
import { xlsxBytes } from "./workbook-files";

/** The same workbook as exceljs wrote it, re-zipped with every size and offset in ZIP64 form. */
function asZip64(bytes: Uint8Array): Uint8Array {
  return zipArchive(
    Object.entries(unzipSync(bytes)).map(([name, content]) => ({ name, content })),
    { zip64: true },
  );
}

const roster = () =>
  xlsxBytes((workbook) => {
    const sheet = workbook.addWorksheet("名单");
    sheet.addRow(["地区", "姓名", "身份证号", "金额"]);
    for (let i = 1; i <= 200; i++) sheet.addRow(["城关镇", `职工${i}`, "", 500 + i]);
  });

describe("readZipDirectory: ZIP64 central directories", () => {
  it("reads the sizes and offsets a ZIP64 extra field holds, and the ZIP64 end record", async () => {
    const plain = await roster();
    const zip64 = asZip64(plain);
    const entries = readZipDirectory(zip64);
    expect(entries).not.toBeNull();
    const sheet = entries!.get("xl/worksheets/sheet1.xml")!;
    expect(sheet.size).toBe(readZipDirectory(plain)!.get("xl/worksheets/sheet1.xml")!.size);
    expect(sheet.size).toBeGreaterThan(1000);
  });

  it("reads a workbook written with ZIP64 records row for row like the same workbook without them", async () => {
    const plain = await roster();
    const rows = await readSheetRows(asZip64(plain), "名单", "名单.xlsx");
    expect(rows).toEqual(await readSheetRows(plain, "名单", "名单.xlsx"));
    expect(rows).toHaveLength(201);
    expect(rows[200].cells).toEqual(["城关镇", "职工200", null, 700]);
  });

  it("copies a ZIP64 workbook's parts with their true sizes", async () => {
    const records = readZipRecords(asZip64(await roster()), "名单.xlsx");
    const sheet = records.find((record) => record.name === "xl/worksheets/sheet1.xml")!;
    expect(sheet.compressedSize).toBe(sheet.data.length);
    expect(sheet.size).toBeLessThan(0xffffffff);
  });
});
