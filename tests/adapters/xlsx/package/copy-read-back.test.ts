import { writeAnnotatedPackage } from "../../../../src/adapters/xlsx/package/annotate-package";
import { verifyCopy } from "../../../../src/adapters/xlsx/package/copy-read-back";
import { collectBytes } from "../../../../src/adapters/xlsx/package/new-workbook";
import { checkWorkbookStream } from "../../../../src/adapters/xlsx/check-workbook";
import { SONGWENNUAN_TEMPLATE } from "../../../../src/core/template/songwennuan";
import { xlsxBytes } from "../workbook-files";
import { withPartEdited } from "./package-files";

async function rosterAndCopy() {
  const bytes = await xlsxBytes((wb) => {
    const sheet = wb.addWorksheet("名单");
    sheet.addRow(["地区", "姓名", "身份证号", "金额（元）"]);
    sheet.addRow(["哈密市", "张三", "11010519491231002X", 1500]);
    sheet.addRow(["哈密市", null, "440524188001010014", { formula: "1000+500", result: 1500 }]);
    sheet.getCell("D2").numFmt = "#,##0.00";
  });
  const result = await checkWorkbookStream(bytes, "名单.xlsx", SONGWENNUAN_TEMPLATE);
  let flagged: ReadonlyMap<string, ReadonlySet<string>> = new Map();
  const copy = collectBytes((sink) => (flagged = writeAnnotatedPackage(bytes, "名单.xlsx", result, SONGWENNUAN_TEMPLATE, sink).flagged));
  return { bytes, copy, flagged };
}

describe("verifyCopy (the read-back after writing)", () => {
  it("accepts the copy as written", async () => {
    const { bytes, copy, flagged } = await rosterAndCopy();
    expect(flagged).toEqual(new Map([["名单", new Set(["B3"])]]));
    expect(() => verifyCopy(bytes, copy, "名单.xlsx", flagged)).not.toThrow();
  });

  it.each([
    ["a value", (xml: string) => xml.replace("<v>1500</v>", "<v>1000</v>"), "第2行"],
    ["a formula", (xml: string) => xml.replace("1000+500", "1000+50"), "第3行"],
    ["an unflagged cell's style", (xml: string) => xml.replace(/(<c r="D2"[^>]*?s=")(\d+)"/, (_, head: string, s: string) => `${head}${Number(s) + 1}"`), "第2行"],
    ["a dropped row", (xml: string) => xml.replace(/<row r="3"[\s\S]*?<\/row>/, ""), "第3行"],
    ["an added row", (xml: string) => xml.replace("</sheetData>", '<row r="9"><c r="A9"><v>1</v></c></row></sheetData>'), "第9行"],
    ["what follows the rows", (xml: string) => xml.replace('left="0.7"', 'left="0.5"'), "表头或表尾部分"],
  ])("refuses a copy with %s changed, naming the row", async (_, edit, row) => {
    const { bytes, copy, flagged } = await rosterAndCopy();
    const tampered = withPartEdited(copy, "xl/worksheets/sheet1.xml", edit);
    expect(() => verifyCopy(bytes, tampered, "名单.xlsx", flagged)).toThrow(expect.objectContaining({ code: "output-unverified", messageZh: expect.stringContaining(row) }));
  });

  it("refuses a copy whose existing cell styles were changed", async () => {
    const { bytes, copy, flagged } = await rosterAndCopy();
    const tampered = withPartEdited(copy, "xl/styles.xml", (xml) => xml.replace(/(<cellXfs[^>]*>\s*<xf[^>]*?numFmtId=")(\d+)/, "$1" + "14"));
    expect(() => verifyCopy(bytes, tampered, "名单.xlsx", flagged)).toThrow(expect.objectContaining({ code: "output-unverified" }));
  });
});
