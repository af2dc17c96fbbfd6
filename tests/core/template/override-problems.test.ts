import { minimumsOffProblems, unreachableFieldProblems } from "../../../src/core/template/override-problems";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import type { Template } from "../../../src/core/template/schema";

const withMinimums = (minimums: Template["rules"]["minimums"], archiveLevels = SONGWENNUAN_TEMPLATE.rules.archiveLevels): Template => ({
  ...SONGWENNUAN_TEMPLATE,
  rules: { ...SONGWENNUAN_TEMPLATE.rules, minimums, archiveLevels },
});

describe("unreachableFieldProblems", () => {
  it("finds nothing in the built-in template", () => {
    expect(unreachableFieldProblems(SONGWENNUAN_TEMPLATE)).toEqual([]);
  });

  it("names a required field whose every header an earlier field has taken", () => {
    const fields = SONGWENNUAN_TEMPLATE.fields.map((field) =>
      field.key === "seq" ? { ...field, aliases: ["序号", "地区", ...SONGWENNUAN_TEMPLATE.fields[1].aliases] } : field,
    );
    expect(unreachableFieldProblems({ ...SONGWENNUAN_TEMPLATE, fields }).map((p) => `${p.path}: ${p.zh}`)).toEqual([
      "fields(region): 必填列“地区”的每种写法都已归到别的列，表头中再也认不出它：请去掉重复的别名",
    ]);
  });
});

describe("minimumsOffProblems", () => {
  it("lets a table with one live entry through", () => {
    expect(minimumsOffProblems(SONGWENNUAN_TEMPLATE, withMinimums([{ level: "县总", minYuan: 800 }, { level: "省总级", minYuan: 1000 }]))).toEqual([]);
    expect(minimumsOffProblems(SONGWENNUAN_TEMPLATE, withMinimums([{ level: "县总", minYuan: 800 }, { group: "困难职工", minYuan: 500 }]))).toEqual([]);
  });

  it("names every entry when none can apply", () => {
    expect(minimumsOffProblems(SONGWENNUAN_TEMPLATE, withMinimums([{ level: "鍏ㄦ€?", minYuan: 1500 }, { level: "鐪佹€?", group: "困难职工", minYuan: 1500 }])).map((p) => p.path)).toEqual([
      "rules.minimums[0].level",
      "rules.minimums[1].level",
    ]);
  });

  it("refuses an empty table only where the template had minimums", () => {
    expect(minimumsOffProblems(SONGWENNUAN_TEMPLATE, withMinimums([])).map((p) => p.path)).toEqual(["rules.minimums"]);
    expect(minimumsOffProblems(withMinimums([]), withMinimums([]))).toEqual([]);
  });

  it("knows a level the rules file adds to archiveLevels", () => {
    expect(minimumsOffProblems(SONGWENNUAN_TEMPLATE, withMinimums([{ level: "县总", minYuan: 800 }], ["县总"]))).toEqual([]);
  });
});
