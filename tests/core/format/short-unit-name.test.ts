import { shortUnitName } from "../../../src/core/format/short-unit-name";

describe("shortUnitName", () => {
  it("names a unit as the seed sentences do: the place, without its union or seal", () => {
    expect(shortUnitName("城关区总工会")).toBe("城关区");
    expect(shortUnitName("城关区总工会（盖章）")).toBe("城关区");
    expect(shortUnitName("地直工会")).toBe("地直");
    expect(shortUnitName("哈密市总工会 (公章)")).toBe("哈密市");
    expect(shortUnitName("某某公司工会委员会")).toBe("某某公司");
  });

  it("keeps names that are already short, and a unit named only 工会", () => {
    expect(shortUnitName("巴里坤县")).toBe("巴里坤县");
    expect(shortUnitName("工会")).toBe("工会");
    expect(shortUnitName("总工会（盖章）")).toBe("总工会");
  });
});
