import { checkGrid } from "../../../src/core/check/check-grid";
import { columnMapKey, parseColumnMap } from "../../../src/core/check/column-map";
import { findHeader } from "../../../src/core/check/find-header";
import type { SheetRow } from "../../../src/core/rows/sheet-row";
import { headerLayout } from "../../../src/core/header/header-layout";
import { compileTemplate } from "../../../src/core/template/compile-template";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { HEADER, person, TODAY } from "./roster-fixture";

/** A region header no template alias knows: only the clerk's 列对应 can name it. */
const COUNTY_REGION = "所属辖区";
const COUNTY_HEADER = HEADER.map((text) => (text === "地区" ? COUNTY_REGION : text));
const ROWS = [person({ amount: 500 }, 0), person({}, 1)];
const compiled = compileTemplate(SONGWENNUAN_TEMPLATE);

const check = (header: string[], columnMap = {}) =>
  checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "花名册", rows: [header, ...ROWS], today: TODAY, columnMap });
const verdict = (result: ReturnType<typeof check>) => result.issues.map((issue) => `${issue.cell} ${issue.code}`);
const sheetRows = (header: string[]): SheetRow[] =>
  [header, ...ROWS].map((cells, i) => ({ rowNumber: i + 1, cells, firstColumn: 1, hidden: false }));

describe("column map (列对应)", () => {
  it("without a mapping, a header whose region column is unknown is found, with one error saying 地区 was not checked", () => {
    const result = check(COUNTY_HEADER);
    expect(verdict(result).filter((line) => line.endsWith("column-missing"))).toEqual(["A1 column-missing"]);
    expect(result.regions.map((region) => region.region)).toEqual(["未填地区"]);
    expect(findHeader(SONGWENNUAN_TEMPLATE, sheetRows(COUNTY_HEADER))?.columns.region).toBeUndefined();
  });

  it("mapped to 地区, the county's header checks exactly like the standard one", () => {
    const mapped = check(COUNTY_HEADER, { [columnMapKey(COUNTY_REGION)]: "region" });
    const standard = check(HEADER);
    expect(mapped.columns.region).toBe(2);
    expect(verdict(mapped)).toEqual(verdict(standard));
    expect(verdict(mapped)).toContain("I2 amount-below-minimum");
    expect(mapped.regions).toEqual(standard.regions);
    expect(findHeader(SONGWENNUAN_TEMPLATE, sheetRows(COUNTY_HEADER), { [columnMapKey(COUNTY_REGION)]: "region" })?.columns.region).toBe(2);
  });

  it("is keyed by folded header text, so width, spaces and a unit do not matter", () => {
    expect(columnMapKey(" 所属辖区（元）")).toBe(columnMapKey("所属辖区"));
    const header = COUNTY_HEADER.map((text) => (text === COUNTY_REGION ? "所 属 辖 区" : text));
    expect(check(header, { [COUNTY_REGION]: "region" }).columns.region).toBe(2);
  });

  it("不校验 (null) takes a known column out of the check, and the layout says it is not checked", () => {
    const result = check(HEADER, { 联系电话: null });
    expect(result.columns.phone).toBeUndefined();
    const layout = headerLayout(compiled, sheetRows(HEADER), { 联系电话: null })!;
    expect(layout.columns.find((column) => column.text === "联系电话")?.field).toBeNull();
    expect(layout.unknown).toEqual([]);
  });

  it("refuses a mapping to a field that does not exist, naming it", () => {
    const fields = ["region", "name", "amount"];
    expect(() => parseColumnMap({ 乡镇: "town" }, fields)).toThrow(expect.objectContaining({ code: "rules-invalid", messageZh: expect.stringContaining("columnMap.乡镇") }));
    expect(() => parseColumnMap(["region"], fields)).toThrow(expect.objectContaining({ code: "rules-invalid" }));
    expect(parseColumnMap({ 乡镇: "region" }, fields)).toEqual({ 乡镇: "region" });
  });
});
