import type { CellValue } from "../../../src/core/cell";
import { readCsv, readCsvRows } from "../../../src/adapters/xlsx/read-csv";
import { gbkBytes } from "./workbook-files";

describe("readCsv", () => {
  it("reads UTF-8 with Excel's byte-order mark, keeping IDs as text", () => {
    const bytes = new TextEncoder().encode("\uFEFF地区,姓名,身份证号\r\n哈密市,张三,11010519491231002X\r\n");
    expect(readCsv(bytes)).toEqual([
      ["地区", "姓名", "身份证号"],
      ["哈密市", "张三", "11010519491231002X"],
    ]);
  });

  it("reads GBK as WPS and Chinese Excel save it", () => {
    const bytes = gbkBytes('地区,姓名,金额\n伊吾县,李四,"1,500"\n');
    expect(readCsv(bytes)).toEqual([
      ["地区", "姓名", "金额"],
      ["伊吾县", "李四", "1,500"],
    ]);
  });

  it("keeps blank lines inside the table as empty rows and empty fields as empty cells", () => {
    expect(readCsv(new TextEncoder().encode("a,,c\n\nd,e,f\n"))).toEqual([["a", null, "c"], [null], ["d", "e", "f"]]);
  });
});

describe("readCsvRows: the CSV read as a stream", () => {
  /** Every row as the stream hands it on, with its row number. */
  function streamed(bytes: Uint8Array, chunkBytes: number): [number, readonly CellValue[]][] {
    const rows: [number, readonly CellValue[]][] = [];
    readCsvRows(bytes, (rowNumber, cells) => rows.push([rowNumber, cells.slice()]), { chunkBytes });
    return rows;
  }

  const TEXT = '地区,姓名,备注\r\n哈密市,张三,"住址：\r\n伊州区"\r\n\r\n伊吾县,李四,"说""困难"""\r\n';
  const ROWS = [
    [1, ["地区", "姓名", "备注"]],
    [2, ["哈密市", "张三", "住址：\r\n伊州区"]],
    [3, [null]],
    [4, ["伊吾县", "李四", '说"困难"']],
  ];

  it.each([
    ["UTF-8", new TextEncoder().encode(TEXT)],
    ["GBK", gbkBytes(TEXT)],
  ])("reads %s the same at every chunk size: a character's bytes and a quoted newline split across chunks", (_name, bytes) => {
    for (let chunkBytes = 1; chunkBytes <= bytes.length + 1; chunkBytes++) expect([chunkBytes, streamed(bytes, chunkBytes)]).toEqual([chunkBytes, ROWS]);
  });

  it("tells GBK from UTF-8 by the first bytes that are not ASCII, however far in they are", () => {
    const ascii = "no,name\n".repeat(20_000);
    expect(streamed(gbkBytes(`${ascii}1,张三\n`), 4096).at(-1)).toEqual([20_001, ["1", "张三"]]);
  });

  it("refuses a file whose bytes stop being the encoding its start is in, rather than show garbled names", () => {
    const utf8 = new TextEncoder().encode(`地区,姓名\n${"哈密市,张三\n".repeat(5000)}`);
    const bytes = new Uint8Array([...utf8, ...gbkBytes("伊吾县,李四\n")]);
    expect(() => streamed(bytes, 4096)).toThrow(expect.objectContaining({ code: "file-unreadable", messageZh: expect.stringContaining("第 5002 行") }));
  });

  it("stops when asked: rows after are not read", () => {
    const rows: number[] = [];
    readCsvRows(new TextEncoder().encode("a\nb\nc\nd\n"), (rowNumber) => rows.push(rowNumber), { chunkBytes: 2, more: () => rows.length < 2 });
    expect(rows).toEqual([1, 2]);
  });
});
