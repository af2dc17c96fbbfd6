import { UnitNames } from "../../../src/apps/cli/unit-names";

describe("UnitNames (--unit)", () => {
  it("names a file with or without its extension, and one sheet of it, the sheet winning", () => {
    const units = new UnitNames(["巴里坤县.xlsx=巴里坤县总工会", "巴里坤县!清源镇=清源镇工会", "04-伊吾县=伊吾县总工会"]);
    expect(units.unitFor("巴里坤县.xlsx", "城关镇")).toBe("巴里坤县总工会");
    expect(units.unitFor("巴里坤县.xlsx", "清源镇")).toBe("清源镇工会");
    expect(units.unitFor("04-伊吾县.csv", "04-伊吾县")).toBe("伊吾县总工会");
    expect(units.unitFor("地直.xlsx", "名单")).toBeUndefined();
    expect(() => units.refuseUnused([])).not.toThrow();
  });

  it("keeps an = in a file name, splitting at the last one", () => {
    expect(new UnitNames(["a=b.xlsx=某单位"]).unitFor("a=b.xlsx", "名单")).toBe("某单位");
  });

  it("refuses a --unit without a name or a unit, and one that matched nothing checked, listing what was", () => {
    for (const bad of ["地直.xlsx=", "=地直", "地直"]) expect(() => new UnitNames([bad])).toThrow(expect.objectContaining({ code: "usage" }));
    const units = new UnitNames(["05-不存在.xlsx=某单位"]);
    units.unitFor("01-地直.xlsx", "名单");
    expect(() => units.refuseUnused([{ file: "01-地直.xlsx", sheet: "名单" }])).toThrow(
      expect.objectContaining({ code: "usage", messageZh: expect.stringContaining("05-不存在.xlsx"), messageEn: expect.stringContaining("01-地直.xlsx!名单") }),
    );
  });
});
