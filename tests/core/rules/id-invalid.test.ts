import { IDS } from "../check/roster-fixture";
import { checkRows, flagged, person } from "../check/roster-fixture";

describe("id-invalid", () => {
  it("flags a wrong check character without repeating the number", () => {
    const result = checkRows([person({ id: "652201198001011236" })]);
    expect(flagged(result)).toEqual(["D2 id-invalid"]);
    expect(result.issues[0].message).not.toContain("652201198001011236");
    expect(result.issues[0].shownValue).toBe("652201********1236");
  });

  it("tells the clerk to format a numeric ID column as text, quoting the cell as Excel shows it", () => {
    const [issue] = checkRows([person({ id: 652201198001011200 })]).issues;
    expect(issue.code).toBe("id-invalid");
    expect(issue.message).toBe("身份证号码被保存成了数字（单元格显示为 6.52201E+17），15位以后的数字已经丢失：请把该列设置为“文本”格式，再按身份证重新录入。");
  });

  it("says the same of an ID a CSV kept in E-notation, quoted unmasked as written so the clerk can find it", () => {
    const [issue] = checkRows([person({ id: "6.52201E+17" })]).issues;
    expect(`${issue.cell} ${issue.code}`).toBe("D2 id-invalid");
    expect(issue.message).toContain("单元格显示为 6.52201E+17");
    expect(issue.messageEn).toContain("the cell shows 6.52201E+17");
  });

  it("reads an old 15-digit ID stored as a number as the old ID it is (15 digits fit in a number)", () => {
    const result = checkRows([person({ id: 340524800101001 })]);
    expect(flagged(result)).toEqual(["D2 id-legacy"]);
  });

  it("still finds a wrong birth date in a 15-digit ID stored as a number", () => {
    expect(flagged(checkRows([person({ id: 340524801301001 })]))).toEqual(["D2 id-invalid"]);
  });

  it("accepts a valid ID, and an empty one", () => {
    expect(flagged(checkRows([person({ id: IDS[1] }), person({ id: "" }, 1)]), "id-invalid")).toEqual([]);
  });
});
