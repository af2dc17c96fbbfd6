import { maskNumberRuns, maskSensitive } from "../../../src/core/format/mask";

describe("maskSensitive", () => {
  it.each([
    ["652201199001011234", "652201********1234"],
    ["11010519491231002X", "110105********002X"],
    ["652201900101123", "652201*****1123"],
    ["6222021234567890123", "622202*********0123"],
    ["6222021234567894", "622202******7894"],
    ["13812345678", "138******78"],
    ["0902-2234567", "090*******67"],
    ["1234", "1**4"],
    ["123", "1**"],
    ["12", "1*"],
    ["1", "*"],
    ["", ""],
  ])("%s shows as %s", (text, shown) => {
    expect(maskSensitive(text)).toBe(shown);
  });

  it("keeps the length, so the clerk sees how many characters were typed", () => {
    expect(Array.from(maskSensitive("阿依古丽·买买提")).length).toBe(8);
  });

  it("never shows more than half of what follows a public 6-character prefix, nor half of short text", () => {
    for (let length = 1; length <= 30; length++) {
      const text = "x".repeat(length);
      const shown = maskSensitive(text).replace(/\*/g, "").length;
      if (length >= 15) expect(shown - 6).toBeLessThanOrEqual((length - 6) / 2);
      else expect(shown).toBeLessThanOrEqual(length / 2);
    }
  });
});

describe("maskNumberRuns", () => {
  it.each([
    ["户名 13812345678 了", "户名 138******78 了"],
    ["11010519491231002X", "110105********002X"],
    ["6222 0212 3456 7801 234", "6222 02** **** ***1 234"],
    ["6222-0212-3456-7801-234", "6222-02**-****-***1-234"],
    ["110105 19491231 002X", "110105 ******** 002X"],
    ["６２２２　０２１２　３４５６　７８０１", "６２２２　０２**　****　７８０１"],
    ["0902-2231234", "090*-*****34"],
    // Issue 22: dots, slashes, a full-width comma or two spaces between the groups.
    ["138.1234.5678", "138.****.**78"],
    ["6222/0212/3456/7801", "6222/02**/****/7801"],
    ["身份证110105，19491231，002X", "身份证110105，********，002X"],
    ["6222  0212  3456  7801", "6222  02**  ****  7801"],
    ["100  13812345678", "100  138******78"],
  ])("masks %s as %s", (text, shown) => {
    expect(maskNumberRuns(text)).toBe(shown);
  });

  it.each([["2024-01-20"], ["3,300.00"], ["第 12 行"], ["1000000  2000000"], ["1234567890"], ["1 2 3 4 5 6 7 8 9 0"]])(
    "leaves %s as it is: fewer than 11 digits in a run, or columns two spaces apart",
    (text) => {
      expect(maskNumberRuns(text)).toBe(text);
    },
  );

  it("is idempotent: masked text stays as it is", () => {
    const once = maskNumberRuns("卡号 6222 0212 3456 7801 234，身份证 11010519491231002X");
    expect(maskNumberRuns(once)).toBe(once);
  });
});
