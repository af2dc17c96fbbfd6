import { openWorkbookFile } from "../../../src/adapters/xlsx/workbook-file";
import { openWorkbookReader } from "../../../src/adapters/xlsx/workbook-reader";
import { cellText } from "../../../src/core/rows/cell-text";
import { xlsxBytes } from "./workbook-files";

const HEADER = ["序号", "学生姓名", "入学层次", "资助金额（元）"];

/** A roster of `rows` rows under a title and the header; a hidden sheet and a notes sheet beside it. */
function roster(rows: number): Promise<Uint8Array> {
  return xlsxBytes((workbook) => {
    workbook.addWorksheet("填表说明").addRow(["请用本表填报，身份证号列设为文本。"]);
    const sheet = workbook.addWorksheet("名单");
    sheet.addRow(["2024年金秋助学资助名单"]);
    sheet.addRow(HEADER);
    for (let i = 1; i <= rows; i++) sheet.addRow([i, `学生${i}号${"甲乙丙丁戊"[i % 5]}`, i % 2 ? "本科" : "高中", 5000 + (i % 7)]);
    const hidden = workbook.addWorksheet("旧表", { state: "hidden" });
    hidden.addRow(["姓名", "身份证号"]);
  });
}

/** The same bytes with the CRC-32 of one part changed where the zip's central directory records it. */
function withWrongCrc(bytes: Uint8Array, part: string): Uint8Array {
  const copy = bytes.slice();
  const name = new TextEncoder().encode(part);
  for (let i = 0; i + 46 < copy.length; i++) {
    const central = copy[i] === 0x50 && copy[i + 1] === 0x4b && copy[i + 2] === 0x01 && copy[i + 3] === 0x02;
    if (!central || copy[i + 28] !== name.length || !name.every((byte, k) => copy[i + 46 + k] === byte)) continue;
    copy[i + 16] ^= 0xff;
    return copy;
  }
  throw new Error(`no ${part} in the central directory`);
}

describe("reading the top rows of a workbook's sheets, to choose its template", () => {
  it("gives the first 30 rows of each visible sheet, the hidden one left out", async () => {
    const sheets = await (await openWorkbookFile(await roster(100), "名单.xlsx")).topRows();
    expect(sheets.map((rows) => rows.length)).toEqual([1, 30]);
    expect(sheets[1][1].cells.map(cellText)).toEqual(HEADER);
    expect(sheets[1].map((row) => row.rowNumber)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it("reads only the sheet named, hidden or not", async () => {
    const sheets = await (await openWorkbookFile(await roster(5), "名单.xlsx")).topRows("旧表");
    expect(sheets.map((rows) => rows.map((row) => row.cells.map(cellText)))).toEqual([[["姓名", "身份证号"]]]);
  });

  it("stops reading a long sheet once the window is full: damage at its end is never reached", async () => {
    const spoiled = withWrongCrc(await roster(20_000), "xl/worksheets/sheet2.xml");
    const sheets = await openWorkbookReader(spoiled, "名单.xlsx");
    await expect(sheets[1].readRows(() => undefined)).rejects.toThrow();
    const top = await (await openWorkbookFile(spoiled, "名单.xlsx")).topRows("名单");
    expect(top[0]).toHaveLength(30);
  }, 60_000);
});
