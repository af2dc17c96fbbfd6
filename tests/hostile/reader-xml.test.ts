import { readSheetRows } from "../../src/adapters/xlsx/workbook-reader";
import { buildCli } from "../apps/cli/run-cli";
import {
  cdataNames,
  columnBeyondXfd,
  duplicateRowNumber,
  entityExpansion,
  greaterThanInAttribute,
  longTextCell,
  phoneticInlineStrings,
  rowsOutOfOrder,
  rowsWithoutReferences,
} from "./generators/hostile-files";
import { checkFile, expectRefused, jsonOf, MiB } from "./support/run-measured";

beforeAll(() => buildCli());

describe("hostile sheet XML: read as Excel reads it, or refused as damaged", () => {
  it("reads all five households whose names carry a phonetic guide, without the guide", async () => {
    const bytes = phoneticInlineStrings();
    expect(jsonOf(checkFile("拼音.xlsx", bytes, "--json")).dataRows).toBe(5);
    expect((await readSheetRows(bytes, "名单")).map((row) => row.cells[1])).toEqual(["姓名", "张三", "李四", "王五", "赵六", "钱七"]);
  });

  it("keeps a `>` inside an attribute value in the value: the amount is 100 元", async () => {
    const bytes = greaterThanInAttribute();
    expect(jsonOf(checkFile("属性.xlsx", bytes, "--json")).total.amountYuan).toBe(100);
    expect((await readSheetRows(bytes, "名单"))[1].cells).toEqual(["哈密市", "张三", 100]);
  });

  it("numbers rows and cells written without references as Excel does", async () => {
    const bytes = rowsWithoutReferences(5);
    const report = jsonOf(checkFile("无行号.xlsx", bytes, "--json"));
    expect(report.dataRows).toBe(5);
    expect(report.issues).toContainEqual(expect.objectContaining({ cell: "B4", code: "required-missing" }));
    expect((await readSheetRows(bytes, "名单")).map((row) => row.rowNumber)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("reads CDATA sections as text", async () => {
    const bytes = cdataNames();
    expect(jsonOf(checkFile("CDATA.xlsx", bytes, "--json")).total.amountYuan).toBe(1800);
    expect((await readSheetRows(bytes, "名单")).map((row) => row.cells[1])).toEqual(["姓名", "王&五<小>", "赵六"]);
  });

  it.each([
    ["rows out of order", "乱序.xlsx", rowsOutOfOrder, "第 4 行出现在第 5 行之后"],
    ["a repeated row number", "重复.xlsx", duplicateRowNumber, "第 3 行出现在第 3 行之后"],
    ["a cell beyond column XFD", "超宽.xlsx", () => columnBeyondXfd(20), "JAAAAA2"],
    ["a document type declaration", "DTD.xlsx", entityExpansion, "DTD"],
  ])("refuses %s as damaged, naming the sheet, quickly and in bounded memory", (_, fileName, make, detail) => {
    const run = checkFile(fileName, make(), "--json");
    expectRefused(run, fileName, "损坏", "工作表“名单”", detail);
    expect(run.wallMs).toBeLessThan(10_000);
    expect(run.maxRssBytes).toBeLessThan(300 * MiB);
  });

  it("reads a 4 MB text cell in time linear in its size", () => {
    const run = checkFile("长文本.xlsx", longTextCell(4 * MiB), "--json");
    expect(jsonOf(run).dataRows).toBe(2);
    expect(run.wallMs).toBeLessThan(15_000);
    expect(run.maxRssBytes).toBeLessThan(400 * MiB);
  });
});
