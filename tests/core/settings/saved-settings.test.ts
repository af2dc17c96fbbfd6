import { checkGrid } from "../../../src/core/check/check-grid";
import { applySavedSettings, withColumnMap } from "../../../src/core/settings/saved-settings";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { HEADER, person, TODAY } from "../check/roster-fixture";

const COUNTY_REGION = "所属辖区";
const COUNTY_HEADER = HEADER.map((text) => (text === "地区" ? COUNTY_REGION : text));
const ROWS = [person({ amount: 500 }, 0), person({}, 1)];
const verdict = (result: ReturnType<typeof checkGrid>) => result.issues.map((issue) => `${issue.cell} ${issue.code}`);

describe("settings saved in a workbook", () => {
  it("carry rule overrides and the column map, validated like --rules", () => {
    const saved = { rules: { minimums: [{ level: "全总", minYuan: 300 }] }, columnMap: { [COUNTY_REGION]: "region" } };
    const { template, columnMap } = applySavedSettings(SONGWENNUAN_TEMPLATE, saved);
    const result = checkGrid(template, { sheet: "花名册", rows: [COUNTY_HEADER, ...ROWS], today: TODAY, columnMap });
    expect(verdict(result)).not.toContain("I2 amount-below-minimum");
    expect(() => applySavedSettings(SONGWENNUAN_TEMPLATE, { rulez: {} })).toThrow(expect.objectContaining({ code: "rules-invalid" }));
  });

  it("replacing the column map keeps the rules the clerk saved", () => {
    const saved = { rules: { archiveGroups: ["困难职工"] }, columnMap: { 甲: "region" } };
    expect(withColumnMap(saved, { 乙: null })).toEqual({ rules: { archiveGroups: ["困难职工"] }, columnMap: { 乙: null } });
    expect(withColumnMap(saved, {})).toEqual({ rules: { archiveGroups: ["困难职工"] } });
    expect(withColumnMap(null, { 乙: "region" })).toEqual({ columnMap: { 乙: "region" } });
  });
});
