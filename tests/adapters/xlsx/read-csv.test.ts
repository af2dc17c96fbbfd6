import { readCsv } from "../../../src/adapters/xlsx/read-csv";
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
