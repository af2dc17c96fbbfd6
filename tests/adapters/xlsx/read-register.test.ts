import { readRegister } from "../../../src/adapters/xlsx/read-register";
import { gbkBytes, xlsxBytes } from "./workbook-files";

const ROWS = [
  ["哈密地区困难职工档案表"],
  ["职工编号", "姓名", "身份证号", "档案级别", "档案类别", "所在地区", "状态"],
  ["HM0001", "阿依古丽", "652201198001011235", "省总", "深度困难", "哈密市", "在档"],
  ["HM0002", "王建国", "652201800101123", "市总", "相对困难", "伊吾县", "已解困脱困"],
];
const csv = ROWS.map((row) => row.join(",")).join("\r\n") + "\r\n";

describe("readRegister", () => {
  it.each([
    ["UTF-8 CSV", "档案.csv", () => new TextEncoder().encode(csv)],
    ["UTF-8 CSV with BOM", "档案.csv", () => new TextEncoder().encode("\ufeff" + csv)],
    ["GBK CSV", "档案.csv", () => gbkBytes(csv)],
    ["xlsx", "档案.xlsx", () => xlsxBytes((workbook) => workbook.addWorksheet("档案").addRows(ROWS))],
  ])("reads the same families from a %s", async (_kind, fileName, bytes) => {
    const register = await readRegister([{ fileName, bytes: await bytes() }]);
    expect(register.archiveNos).toEqual(["HM0001", "HM0002"]);
    expect(register.names).toEqual(["阿依古丽", "王建国"]);
    // The old 15-digit ID is kept as the 18-digit one it became.
    expect(register.idKeys[0]).toBe("652201198001011235");
    expect(register.idKeys[1]).toMatch(/^65220119800101123[0-9X]$/);
    expect(Array.from(register.closed)).toEqual([0, 1]);
    expect(register.sources).toEqual([{ file: fileName, sheet: expect.any(String) }]);
  });

  it("refuses a file with no register header, saying which columns a register needs", async () => {
    const bytes = new TextEncoder().encode("序号,金额\r\n1,100\r\n");
    await expect(readRegister([{ fileName: "错的.csv", bytes }])).rejects.toMatchObject({
      code: "header-not-found",
      messageZh: expect.stringContaining("档案表“错的.csv”读不出来"),
    });
  });

  it("names a hidden sheet as not read, and reads the visible ones", async () => {
    const bytes = await xlsxBytes((workbook) => {
      workbook.addWorksheet("档案").addRows(ROWS);
      workbook.addWorksheet("旧档", { state: "hidden" }).addRows(ROWS);
    });
    const register = await readRegister([{ fileName: "档案.xlsx", bytes }]);
    expect(register.skipped).toEqual([{ file: "档案.xlsx", sheet: "旧档", reason: "hidden" }]);
    expect(register.archiveNos).toHaveLength(2);
  });
});
