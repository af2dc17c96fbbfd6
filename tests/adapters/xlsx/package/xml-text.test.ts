import { escapeXml } from "../../../../src/adapters/xlsx/package/xml-text";
import { collectBytes, writeNewWorkbook } from "../../../../src/adapters/xlsx/package/new-workbook";
import { loadXlsx } from "../workbook-files";

describe("escapeXml", () => {
  it("escapes markup and writes control characters as Excel does, so the part stays well-formed", () => {
    expect(escapeXml('a<b>&"c"')).toBe("a&lt;b&gt;&amp;&quot;c&quot;");
    expect(escapeXml("\u001b[2J结论")).toBe("_x001B_[2J结论");
    expect(escapeXml("_x0041_")).toBe("_x005F_x0041_");
  });

  it("keeps a workbook with such text well-formed (exceljs opens it; it does not decode _xHHHH_, Excel does)", async () => {
    const text = "地区\u0007 _x0041_ <备注>";
    const workbook = await loadXlsx(collectBytes((sink) => writeNewWorkbook([{ name: "表", rows: [[text]] }], sink)));
    expect(workbook.getWorksheet("表")!.getCell("A1").value).toBe("地区_x0007_ _x005F_x0041_ <备注>");
  });
});
