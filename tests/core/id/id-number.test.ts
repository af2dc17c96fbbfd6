import { checkIdNumber, normalizeIdNumber, upgradeLegacyId } from "../../../src/core/id/id-number";

const TODAY = 20250115;
const check = (text: string) => checkIdNumber(text, normalizeIdNumber(text), TODAY);

describe("checkIdNumber (GB 11643)", () => {
  it.each(["11010519491231002X", "440524188001010014", "34052419800101001X", "11010519491231002x", "１１０１０５１９４９１２３１００２Ｘ"])(
    "%s is valid",
    (id) => {
      expect(check(id)).toBe("ok");
    },
  );

  it.each([
    ["110105194912310021", "check-char"],
    ["440524188001010015", "check-char"],
    ["110105194902300020", "birth-date"],
    ["110105203001010010", "future"],
    ["990105194912310021", "area"],
    ["11010519491231002", "length"],
    ["11010519491231002Y", "chars"],
  ])("%s is %s", (id, verdict) => {
    expect(check(id)).toBe(verdict);
  });

  it("calls a 15-digit number legacy, unless its date is impossible", () => {
    expect(check("110105491231002")).toBe("legacy");
    expect(check("110105491331002")).toBe("birth-date");
  });

  it("rejects a number-typed cell past 15 digits, and its E-notation text: Excel has dropped the last digits", () => {
    expect(checkIdNumber(110105194912310000, "110105194912310000", TODAY)).toBe("numeric");
    expect(checkIdNumber("1.10105E+17", "1.10105E+17", TODAY)).toBe("numeric");
  });

  it("reads a 15-digit number as the old ID it is: nothing is lost below 10^15", () => {
    expect(checkIdNumber(110105491231002, "110105491231002", TODAY)).toBe("legacy");
  });

  it("compares upper-case, half-width text", () => {
    expect(normalizeIdNumber("１１０１０５ 19491231002x")).toBe("11010519491231002X");
  });
});

describe("upgradeLegacyId", () => {
  it("puts 19 before the year and computes the check character, giving an ID that checks", () => {
    expect(upgradeLegacyId("340524800101001")).toBe("34052419800101001X");
    expect(upgradeLegacyId("110105491231002")).toBe("11010519491231002X");
    expect(checkIdNumber("440524800101001", upgradeLegacyId("440524800101001"), 2025_01_15)).toBe("ok");
  });
});
