import { headerLayout } from "../../../src/core/header/header-layout";
import type { SheetRow } from "../../../src/core/rows/sheet-row";
import { compileTemplate } from "../../../src/core/template/compile-template";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { HEADER, person } from "../check/roster-fixture";

/** A region header no template alias knows: only the clerk's 列对应 can name it. */
const COUNTY_REGION = "所属辖区";
const COUNTY_HEADER = HEADER.map((text) => (text === "地区" ? COUNTY_REGION : text));
const compiled = compileTemplate(SONGWENNUAN_TEMPLATE);
const sheetRows = (header: string[]): SheetRow[] =>
  [["2025年送温暖花名册"], header, person({}, 0)].map((cells, i) => ({ rowNumber: i + 1, cells, firstColumn: 1, hidden: false }));

describe("header layout (the 列对应 view)", () => {
  it("the layout shows the likeliest header row, each column's field and the required fields still missing", () => {
    const layout = headerLayout(compiled, sheetRows(COUNTY_HEADER))!;
    expect(layout.headerRows).toEqual([2]);
    expect(layout.missing).toEqual(["region"]);
    expect(layout.columns.find((column) => column.column === 3)).toMatchObject({ text: "姓名", field: "name" });
    expect(layout.unknown.map((column) => column.text)).toEqual([COUNTY_REGION]);
    const mapped = headerLayout(compiled, sheetRows(COUNTY_HEADER), { [COUNTY_REGION]: "region" })!;
    expect(mapped.missing).toEqual([]);
    expect(mapped.unknown).toEqual([]);
  });


  it("two-row header: a column takes the upper cell's text where the lower one is empty", () => {
    const rows: SheetRow[] = [
      { rowNumber: 1, cells: ["序号", "地区", "姓名", "慰问金", null], firstColumn: 1, hidden: false },
      { rowNumber: 2, cells: [null, null, null, "金额", "发放方式"], firstColumn: 1, hidden: false },
    ];
    const layout = headerLayout(compiled, rows)!;
    expect(layout.headerRows).toEqual([1, 2]);
    expect(layout.columns.map((column) => `${column.text}:${column.field}`)).toEqual(["序号:seq", "地区:region", "姓名:name", "金额:amount", "发放方式:payMethod"]);
  });

  it("rows without any text have no layout", () => {
    expect(headerLayout(compiled, [])).toBeNull();
  });
});
