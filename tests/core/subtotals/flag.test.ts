import { isFlagged } from "../../../src/core/subtotals/flag";

describe("isFlagged (送温暖's 劳模 flag: yes 是, also when 人员类别 contains 劳模)", () => {
  const yes = new Set(["是"]);
  const flagged = (text: string, also: string) => isFlagged(text, also, yes, "劳模", "劳模");

  it("counts 是, a 劳模 type and a 劳模 group", () => {
    expect(flagged("是", "一线职工")).toBe(true);
    expect(flagged("省部级劳模", "")).toBe(true);
    expect(flagged("", "困难劳模")).toBe(true);
  });

  it("does not count 否", () => {
    expect(flagged("否", "困难职工")).toBe(false);
  });

  it("takes another pack's flag and words (near miss: no alsoWhen, so the group does not count)", () => {
    expect(isFlagged("有", "", new Set(["有"]), "残疾", "")).toBe(true);
    expect(isFlagged("", "残疾职工家庭", new Set(["有"]), "残疾", "")).toBe(false);
  });
});
