import fc from "fast-check";
import { cellText } from "../../../src/core/rows/cell-text";

/** Every space trim() strips, the units either side of its ranges, and ordinary text. */
const EDGES = [..."\t\n\v\f\r \u001f!~\u007f\u0085\u009f\u00a0\u00a1\u1680\u2000\u200a\u200b\u2028\u2029\u202f\u205f\u2fff\u3000\u3001\ufefe\ufeff\uffff张0X"];

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

  it("trims text exactly as String.prototype.trim does, whatever its ends", () => {
    const unit = fc.oneof(fc.constantFrom(...EDGES), fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 6 }), (units) => {
        const text = units.join("");
        expect(cellText(text)).toBe(text.trim());
      }),
      { numRuns: 5000 },
    );
  });
});
