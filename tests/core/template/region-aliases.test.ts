import { checkGrid } from "../../../src/core/check/check-grid";
import { BUNDLED_TEMPLATES } from "../../../src/core/template/bundled-packs";

const withRegion = BUNDLED_TEMPLATES.filter((template) => template.fields.some((field) => field.key === "region"));

describe("region headings as clerks write them", () => {
  it.each(withRegion.flatMap((template) => ["所属乡镇", "乡镇（街道）", "所属县区", "所属街道"].map((heading) => [template.id, heading] as const)))(
    "%s reads a column headed %s as 地区",
    (id, heading) => {
      const template = withRegion.find((t) => t.id === id)!;
      const labels = template.fields.filter((field) => template.pack.fields.find((f) => f.key === field.key)?.required || field.key === "name").map((field) => field.label);
      const header = labels.map((label) => (label === "地区" ? heading : label));
      const result = checkGrid(template, { sheet: "s", rows: [header] });
      expect(result.columns.region).toBe(header.indexOf(heading) + 1);
    },
  );

  it("with both 所属县区 and 所属乡镇, keeps the county column, as with 县市区 and 乡镇", () => {
    const template = withRegion[0];
    const result = checkGrid(template, { sheet: "s", rows: [["所属乡镇", "所属县区", "姓名", "慰问金额"]] });
    expect(result.columns.region).toBe(2);
  });
});
