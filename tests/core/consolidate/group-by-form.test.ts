import { groupByForm } from "../../../src/core/consolidate/group-by-form";

describe("groupByForm", () => {
  it("gives a group per form in the order each first appears; files of no known form join the first", () => {
    const files = [
      { file: "劳模.xlsx", form: "laomo-weiwen" },
      { file: "汇总.xlsx", form: null },
      { file: "地直.xlsx", form: "songwennuan" },
      { file: "哈密市.xlsx", form: "songwennuan" },
    ];
    expect(groupByForm(files, (item) => item.form).map((group) => [group.form, group.items.map((item) => item.file)])).toEqual([
      ["laomo-weiwen", ["劳模.xlsx", "汇总.xlsx"]],
      ["songwennuan", ["地直.xlsx", "哈密市.xlsx"]],
    ]);
  });

  it("with no form named at all, is one group of form null", () => {
    expect(groupByForm(["坏文件.xlsx"], () => null)).toEqual([{ form: null, items: ["坏文件.xlsx"] }]);
  });
});
