import type { CellValue } from "../../../src/core/cell";
import { detectHeader } from "../../../src/core/header/detect-header";
import type { SheetRow } from "../../../src/core/rows/sheet-row";
import { compileTemplate } from "../../../src/core/template/compile-template";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";

const compiled = compileTemplate(SONGWENNUAN_TEMPLATE);
const rows = (grid: CellValue[][]): SheetRow[] =>
  grid.map((cells, i) => ({ rowNumber: i + 1, cells, firstColumn: 1, hidden: false }));

describe("detectHeader", () => {
  it("recognises aliases in any order and ignores extra columns", () => {
    const match = detectHeader(compiled, rows([["帮扶金额", "备用列", "户主姓名", "片区", "开户名"]]));
    expect(match?.columns).toEqual({ amount: 1, name: 3, region: 4, accountHolder: 5 });
  });

  it("reads a county union's own wording: 县（市、区）, 开户人, 联系方式, headers broken over two lines", () => {
    const match = detectHeader(compiled, rows([["序 号", "县（市、区）", "姓  名", "身份证", "慰问金额\n（元）", "银行卡账号", "开户人", "联系方式"]]));
    expect(match?.columns).toEqual({ seq: 1, region: 2, name: 3, idNumber: 4, amount: 5, account: 6, accountHolder: 7, phone: 8 });
  });

  it("skips a title and 填报单位 line above the header", () => {
    const match = detectHeader(compiled, rows([["2025年送温暖花名册"], ["填报单位：伊吾县总工会", null, "单位：元"], ["地区", "姓名", "慰问金"], ["伊吾县", "张三", 1000]]));
    expect(match?.headerRows).toEqual([3]);
  });

  it("takes 万元 from the amount header or from a 单位：万元 line", () => {
    expect(detectHeader(compiled, rows([["地区", "姓名", "金额(万元)"]]))?.amountScale).toBe(10000);
    expect(detectHeader(compiled, rows([["单位：万元"], ["地区", "姓名", "金额"]]))?.amountScale).toBe(10000);
    expect(detectHeader(compiled, rows([["地区", "姓名", "金额（元）"]]))?.amountScale).toBe(1);
  });

  it("reads a two-row header with a merged group cell, whether merged cells repeat or are null", () => {
    for (const merged of [null, "慰问金"]) {
      const match = detectHeader(compiled, rows([
        ["地区", "姓名", "慰问金", merged],
        [null, null, "金额", "发放方式"],
      ]));
      expect(match).toMatchObject({ headerRows: [1, 2], columns: { region: 1, name: 2, amount: 3, payMethod: 4 } });
    }
  });

  it("keeps the first of two equal headers (a repeated page header)", () => {
    const header = ["地区", "姓名", "金额"];
    expect(detectHeader(compiled, rows([header, ["地直", "张三", 1000], header]))?.headerRows).toEqual([1]);
  });

  it("needs the person's name and most of the required columns: 姓名 and 金额 are a header lacking 地区; 地区 and 金额 are none", () => {
    expect(detectHeader(compiled, rows([["姓名", "金额"]]))?.columns).toEqual({ name: 1, amount: 2 });
    expect(detectHeader(compiled, rows([["地区", "户数", "金额"]]))).toBeNull();
    expect(detectHeader(compiled, rows([["姓名", "备注"]]))).toBeNull();
  });
});
