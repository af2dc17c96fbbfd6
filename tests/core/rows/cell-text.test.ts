import { cellText } from "../../../src/core/rows/cell-text";

describe("cellText", () => {
  it("reads a fraction as Excel shows it, without binary noise", () => {
    expect(cellText(501.21000000000004)).toBe("501.21");
    expect(cellText(0.1 + 0.2)).toBe("0.3");
    expect(cellText(1234.5)).toBe("1234.5");
  });

  it("keeps whole numbers and text as they are", () => {
    expect(cellText(340524800101001)).toBe("340524800101001");
    expect(cellText("  张三 ")).toBe("张三");
    expect(cellText(null)).toBe("");
  });
});
