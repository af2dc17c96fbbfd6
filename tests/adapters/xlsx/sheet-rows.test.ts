import { checkRosterSheets } from "../../../src/adapters/xlsx/check-roster-sheets";
import { openWorkbookFile } from "../../../src/adapters/xlsx/workbook-file";
import { readSheetRows } from "../../../src/adapters/xlsx/workbook-reader";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { xlsxBytes } from "./workbook-files";

const HEADER = ["序号", "地区", "姓名", "身份证号", "人员类别", "基本慰问", "补助", "慰问金额", "发放方式", "户名"];
const IDS = ["11010519491231002X", "440524188001010014"];

/**
 * A roster written by a program (exceljs here, as many export tools) whose formulas were never
 * calculated: the file holds each formula but no result. Excel shows the sums once it opens it;
 * the reader cannot know them.
 */
async function uncalculatedRoster(): Promise<Uint8Array> {
  return xlsxBytes((workbook) => {
    const sheet = workbook.addWorksheet("名单");
    sheet.addRow(HEADER);
    sheet.addRow([1, "哈密市", "冯一", IDS[0], "一线职工", 800, 200, { formula: "F2+G2" }, "现金", "冯一"]);
    sheet.addRow([2, "哈密市", "冯二", { formula: "TEXT(440524188001010000+14,\"0\")" }, "一线职工", 500, 300, 800, "现金", { formula: "C3" }]);
    sheet.addRow(["合计", null, null, null, null, { formula: "SUM(F2:F3)" }, { formula: "SUM(G2:G3)" }, { formula: "SUM(H2:H3)" }]);
  });
}

describe("a formula the file keeps no result for", () => {
  it("is read as a cell whose value is unknown, not as an empty cell", async () => {
    const rows = await readSheetRows(await uncalculatedRoster(), "名单");
    expect(rows[1].cells[7]).toEqual({ error: "#公式未计算" });
    expect(rows[2].cells[3]).toEqual({ error: "#公式未计算" });
    expect(rows[3].cells[5]).toEqual({ error: "#公式未计算" });
  });

  it("is never told to the clerk as empty, never passes unchecked and never counts as 0", async () => {
    const file = await openWorkbookFile(await uncalculatedRoster(), "导出名单.xlsx");
    const { checked } = await checkRosterSheets(file, SONGWENNUAN_TEMPLATE);
    const [result] = checked;
    const at = (cell: string) => result.issues.filter((issue) => issue.cell === cell).map((issue) => issue.code);
    // Before: H2 said “慰问金额为空：请填写慰问金额” though the cell holds =F2+G2, and the summary wrote 0.08万元.
    expect(result.issues.map((issue) => issue.code)).not.toContain("required-missing");
    expect(at("H2")).toEqual(["amount-invalid"]);
    // The 合计 =SUM(H2:H3) with no result is not taken as a total that was checked.
    expect(at("H4")).toEqual(["amount-invalid"]);
    // Before: an ID formula without a result passed as an empty, optional ID: 未发现错误 for that row.
    expect(at("D3")).not.toEqual([]);
    expect(result.issues.filter((issue) => issue.severity === "error").length).toBeGreaterThan(0);
  });
});
