import { inlineListFormula } from "../../../src/core/blank-form/data-validation";

describe("inlineListFormula", () => {
  it("quotes a short list as Excel's inline source", () => {
    expect(inlineListFormula(["全总", "省总", "市总"])).toBe('"全总,省总,市总"');
  });

  it("gives null past Excel's 255 characters, or when a value holds a comma or a quote", () => {
    expect(inlineListFormula(Array.from({ length: 52 }, (_, i) => `类别${String(i).padStart(2, "0")}`))).toBeNull(); // 52×4 + 51 = 259
    expect(inlineListFormula(Array.from({ length: 51 }, (_, i) => `类别${String(i).padStart(2, "0")}`))).not.toBeNull(); // 254
    expect(inlineListFormula(["银行卡,存折"])).toBeNull();
    expect(inlineListFormula(['"现金"'])).toBeNull();
  });
});
