import { asWritten, lostDigits } from "../../../src/core/id/lost-digits";

describe("lostDigits", () => {
  it.each<[string | number, boolean]>([
    [652201198001011200, true],
    [1e15, true],
    [340524800101001, false],
    [999999999999999, false],
    ["6.21102E+17", true],
    ["6.2E17", true],
    ["6222021234567894", false],
    ["E+17", false],
  ])("%j: %s", (value, lost) => {
    expect(lostDigits(value, String(value))).toBe(lost);
  });
});

describe("asWritten", () => {
  it("shows a long number as Excel's General format does, and anything else as it is", () => {
    expect(asWritten(652201198001011200, "652201198001011200")).toBe("6.52201E+17");
    expect(asWritten(6.5e17, "650000000000000000")).toBe("6.5E+17");
    expect(asWritten("6.21102E+17", "6.21102E+17")).toBe("6.21102E+17");
    expect(asWritten(340524800101001, "340524800101001")).toBe("340524800101001");
  });
});
