import laomoJson from "../../../assets/templates/laomo-weiwen.json";
import type { CellValue } from "../../../src/core/cell";
import { checkGrid } from "../../../src/core/check/check-grid";
import { parsePack } from "../../../src/core/template/load-pack";
import { packToTemplate } from "../../../src/core/template/pack-to-template";

const LAOMO = packToTemplate(parsePack(laomoJson));
const TODAY = new Date(Date.UTC(2025, 0, 15));
const IDS = ["11010519491231002X", "440524188001010014", "34052419800101001X"];

/** A 劳模 roster as a 区 clerk lays it out: 小计 after the two money columns, a 合计 row under the people. */
function check(header: readonly string[], rows: readonly (readonly CellValue[])[]) {
  return checkGrid(LAOMO, { sheet: "劳模", rows: [["城关区劳模慰问名册"], header, ...rows], today: TODAY });
}

const HEADER = ["序号", "地区", "姓名", "身份证号码", "劳模级别", "是否困难劳模", "慰问金", "帮扶金", "小计", "银行卡号", "户名"];
const person = (i: number, condolence: CellValue, aid: CellValue, subtotal: CellValue): CellValue[] => [
  i + 1, "城关区", ["张三", "李四", "王五"][i], IDS[i], "全国", aid === null ? "否" : "是", condolence, aid, subtotal, "6222021234567890128".slice(0, 18) + i, ["张三", "李四", "王五"][i],
];
const codes = (result: ReturnType<typeof check>) => result.issues.filter((issue) => issue.code === "row-subtotal-mismatch").map((issue) => `${issue.cell} ${issue.message}`);

describe("rule kind: row-subtotal (a row's own 小计 column)", () => {
  it("names a row whose 小计 is not 慰问金 + 帮扶金, with the cell and both figures in 元", () => {
    const result = check(HEADER, [person(0, 3000, 5000, 8000), person(1, 2000, null, 3000), person(2, 2000, 1000, 3000)]);
    expect(codes(result)).toEqual(["I4 I4的小计为3,000.00元，但本行慰问金与特殊困难帮扶金之和为2,000.00元（相差1,000.00元）：请核对后改正。"]);
    expect(result.issues.find((issue) => issue.code === "row-subtotal-mismatch")!.messageEn).toContain("says 3,000.00 yuan but the row's");
  });

  it("checks the sheet's 合计 row against the sum of 小计 and the sum of the money columns", () => {
    // The clerk's 合计 says 12,000 in 小计: the rows' 小计 add up to 13,000, their money columns too.
    const result = check(HEADER, [person(0, 3000, 5000, 8000), person(1, 2000, null, 2000), person(2, 2000, 1000, 3000), ["合计", null, null, null, null, null, null, null, 12000]]);
    expect(codes(result)).toEqual(["I6 I6（合计行的小计）为12,000.00元，但全部各行小计之和为13,000.00元，慰问金与特殊困难帮扶金之和为13,000.00元：请核对合计和各行金额。"]);
  });

  it("a 合计 that matches the rows' 小计 but not their money columns is named too", () => {
    const result = check(HEADER, [person(0, 3000, 5000, 8000), person(1, 2000, null, 3000), ["合计", null, null, null, null, null, 5000, 5000, 11000]]);
    expect(codes(result)).toEqual([
      "I4 I4的小计为3,000.00元，但本行慰问金与特殊困难帮扶金之和为2,000.00元（相差1,000.00元）：请核对后改正。",
      "I5 I5（合计行的小计）为11,000.00元，但全部各行小计之和为11,000.00元，慰问金与特殊困难帮扶金之和为10,000.00元：请核对合计和各行金额。",
    ]);
  });

  it("passes a roster whose 小计 and 合计 agree, and leaves a roster without 小计 unaffected", () => {
    expect(codes(check(HEADER, [person(0, 3000, 5000, 8000), person(1, 2000, null, 2000), ["合计", null, null, null, null, null, 5000, 5000, 10000]]))).toEqual([]);
    const without = HEADER.filter((heading) => heading !== "小计");
    const rows = [person(0, 3000, 5000, 8000), person(1, 2000, null, 3000)].map((row) => row.filter((_, index) => index !== 8));
    const result = check(without, rows);
    expect(result.issues.map((issue) => issue.code)).not.toContain("row-subtotal-mismatch");
    expect(result.total.amountFen).toBe(1_000_000);
  });

  it("reads 合计 and 金额合计 as the 小计 column; 小计 never counts into the amount", () => {
    for (const heading of ["合计", "金额合计", "小计（元）"]) {
      const header = HEADER.map((text) => (text === "小计" ? heading : text));
      const result = check(header, [person(0, 3000, 5000, 7000)]);
      expect(codes(result)).toEqual(["I3 I3的小计为7,000.00元，但本行慰问金与特殊困难帮扶金之和为8,000.00元（相差1,000.00元）：请核对后改正。"]);
      expect(result.total.amountFen).toBe(800_000);
    }
  });
});

describe("a pack's row-subtotal rule", () => {
  it("is refused on a 小计 that says sum: true (it would count every row twice)", () => {
    const json = JSON.parse(JSON.stringify(laomoJson));
    json.fields.find((field: { key: string }) => field.key === "subtotal").sum = true;
    expect(() => parsePack(json)).toThrow('小计字段 subtotal 不能写 "sum": true');
  });
});
