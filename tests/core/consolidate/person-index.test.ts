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
});
