import type { PersonEntry } from "../../../src/core/consolidate/person-entry";
import { PersonIndex, type SubmissionPlace } from "../../../src/core/consolidate/person-index";

const COLUMNS = { idNumber: 4, account: 11 };
const place = (index: number, file: string, sheet: string): SubmissionPlace => ({ index, file, sheet, columns: COLUMNS, personFields: { id: "idNumber", account: "account" } });
const entry = (row: number, idKey: string, accountKey = "", name = ""): PersonEntry => ({ row, idKey, accountKey, name });

describe("PersonIndex", () => {
  it("flags a person met again in another submission, naming the first as 文件名 › 工作表!单元格", () => {
    const index = new PersonIndex();
    expect(index.add(place(0, "地直.xlsx", "花名册"), [entry(5, "652201198001011235")])).toEqual([]);
    const [issue, ...rest] = index.add(place(1, "哈密市.xlsx", "清源镇"), [entry(9, "652201198001011235")]);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: "duplicate-person", severity: "error", cell: "D9", row: 9, field: "idNumber", params: { firstPlace: "地直.xlsx › 花名册!D5" } });
    expect(issue.message).toContain("地直.xlsx › 花名册!D5");
    expect(issue.shownValue).not.toContain("19800101");
  });

  it("leaves repeats inside one submission to the sheet's own rule, and flags each later submission once", () => {
    const index = new PersonIndex();
    index.add(place(0, "a.xlsx", "一"), [entry(2, "X"), entry(3, "X")]);
    const issues = index.add(place(1, "b.xlsx", "二"), [entry(4, "X"), entry(6, "X")]);
    expect(issues.map((i) => i.cell)).toEqual(["D4"]);
    expect(index.add(place(2, "c.xlsx", "三"), [entry(7, "X")]).map((i) => i.params.firstPlace)).toEqual(["a.xlsx › 一!D2"]);
  });

  it("warns of one account paid to another name in another submission, not to the same name", () => {
    const index = new PersonIndex();
    index.add(place(0, "a.xlsx", "一"), [entry(2, "", "6222021234567894", "张三")]);
    expect(index.add(place(1, "b.xlsx", "二"), [entry(3, "", "6222021234567894", "张三")])).toEqual([]);
    const [issue] = index.add(place(2, "c.xlsx", "三"), [entry(8, "", "6222021234567894", "李四")]);
    expect(issue).toMatchObject({ code: "account-shared", severity: "warning", cell: "K8", params: { firstPlace: "a.xlsx › 一!K2" } });
  });

  it("compares the names on a shared account exactly, short or long, across thousands of accounts", () => {
    const index = new PersonIndex();
    const names = ["张三", "张三丰", "欧阳娜娜", "阿卜杜拉·买买提", "阿卜杜拉·买买"];
    const account = (i: number) => `62220212345${String(i).padStart(5, "0")}`;
    const first = Array.from({ length: 3000 }, (_, i) => entry(i + 2, "", account(i), names[i % names.length]));
    expect(index.add(place(0, "a.xlsx", "一"), first)).toEqual([]);
    const same = index.add(place(1, "b.xlsx", "二"), first.map((person, i) => ({ ...person, row: i + 2 })));
    expect(same).toEqual([]);
    const swapped = names.map((_, i) => entry(i + 2, "", account(i), names[(i + 1) % names.length]));
    expect(index.add(place(2, "c.xlsx", "三"), swapped).map((issue) => issue.cell)).toEqual(["K2", "K3", "K4", "K5", "K6"]);
  });

  it("counts a form's records per person across submissions: past the limit only with the earlier ones, it names the first", () => {
    const index = new PersonIndex();
    const limited = (i: number, file: string, severity?: "warning") => ({
      ...place(i, file, "台账"),
      personFields: { id: "idNumber", account: null, perPerson: { max: 2, field: "身份证号码", fieldEn: "ID number", ...(severity ? { severity } : {}) } },
    });
    expect(index.add(limited(0, "一季度.xlsx"), [entry(4, "X")])).toEqual([]);
    expect(index.add(limited(1, "二季度.xlsx"), [entry(5, "X"), entry(6, "Y")])).toEqual([]);
    const issues = index.add(limited(2, "三季度.xlsx", "warning"), [entry(7, "X"), entry(8, "X"), entry(9, "Y")]);
    // Rows 7 and 8 are X's third and fourth in all, though only the first and second of this sheet
    // (whose own check therefore says nothing): both flagged here, as this form asks, as warnings.
    expect(issues.map((issue) => [issue.cell, issue.code, issue.severity, issue.params.count])).toEqual([
      ["D7", "too-many-records", "warning", 3],
      ["D8", "too-many-records", "warning", 4],
    ]);
    expect(issues[0].message).toBe("同一人（身份证号码与 一季度.xlsx › 台账!D4 相同）连同先前报送的已是第3条记录，本表每人最多2条：请核对是否重复填报。");
  });

  it("says nothing across submissions for a form that checks no duplicates (perPerson null)", () => {
    const index = new PersonIndex();
    const free = (i: number) => ({ ...place(i, `${i}.xlsx`, "台账"), personFields: { id: "idNumber", account: null, perPerson: null } });
    index.add(free(0), [entry(2, "X")]);
    expect(index.add(free(1), [entry(3, "X")])).toEqual([]);
  });
});
