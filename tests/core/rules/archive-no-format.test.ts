import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { checkRows, flagged, person } from "../check/roster-fixture";

const withPattern = { ...SONGWENNUAN_TEMPLATE, rules: { ...SONGWENNUAN_TEMPLATE.rules, archiveNoPattern: "QZ\\d{4}" } };

describe("archive-no-format", () => {
  it("warns when the template's pattern does not match", () => {
    expect(flagged(checkRows([person({ archiveNo: "QZ12" })], withPattern))).toEqual(["G2 archive-no-format"]);
  });

  it("accepts a match, and anything when no pattern is set", () => {
    expect(flagged(checkRows([person({ archiveNo: "QZ1234" })], withPattern))).toEqual([]);
    expect(flagged(checkRows([person({ archiveNo: "随便" })]))).toEqual([]);
  });
});
