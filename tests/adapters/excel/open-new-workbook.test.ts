import { randomBytes } from "node:crypto";
import { openNewWorkbook } from "../../../src/adapters/excel/open-new-workbook";
import { createInMemoryExcel } from "../../fakes/in-memory-excel";
import { xlsxBytes } from "../xlsx/workbook-files";

const everySet = () => true;

describe("opening the 汇总 workbook in Excel", () => {
  it("hands Excel the .xlsx as base64, byte for byte", async () => {
    const excel = createInMemoryExcel();
    const bytes = await xlsxBytes((workbook) => workbook.addWorksheet("汇总名册").addRow(["来源单位", "姓名"]));
    await openNewWorkbook({ createWorkbook: excel.createWorkbook, isSetSupported: everySet }, bytes);
    expect(excel.model.createdWorkbooks).toEqual([bytes]);
  });

  it("says the workbook is too large for Excel, and where to get it instead, when the request would pass 5 MB", async () => {
    const excel = createInMemoryExcel();
    // 4 MB that do not compress: 5.3 MB once base64, past Excel on the web's request limit.
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(4 * 1024 * 1024)]));
    const opening = openNewWorkbook({ createWorkbook: excel.createWorkbook, isSetSupported: everySet }, bytes);
    await expect(opening).rejects.toMatchObject({
      code: "output-unwritable",
      messageZh: expect.stringMatching(/汇总工作簿（4\.0 MB）超出 Excel 一次能接收的大小.*网页版/),
      messageEn: expect.stringContaining("--out 汇总.xlsx"),
    });
    expect(excel.model.createdWorkbooks).toEqual([]);
  });
});
