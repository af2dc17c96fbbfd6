import { embedSavedSettings } from "../../../src/adapters/xlsx/embed-saved-settings";
import { consolidatedWritingInPage } from "../../../src/apps/standalone/consolidated-writing";
import { PageSubmissionsHost } from "../../../src/apps/standalone/page-submissions-host";
import { rosterCheckingInPage, type RosterChecking } from "../../../src/apps/standalone/roster-checking";
import { columnMapKey } from "../../../src/core/check/column-map";
import type { SubmissionsProgress } from "../../../src/core/ports/submissions-host";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import ExcelJS from "exceljs";
import { noRulesPack } from "../../hostile/generators/no-rules-pack";
import { threeSubmissions, validId } from "./submission-workbooks";

const picked = (files: { name: string; bytes: Uint8Array }[]) => files.map(({ name, bytes }) => ({ name, bytes: async () => bytes }));
const pageHost = (checking: RosterChecking = rosterCheckingInPage, lanes?: number) => new PageSubmissionsHost(checking, consolidatedWritingInPage, () => {}, lanes);

/** A unit's roster under its own words for 姓名 (受助人): the template does not know the column. */
async function ownHeaderRoster(id = validId("65220119700101001")): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("名单");
  sheet.addRow(["序号", "地区", "受助人", "身份证号", "人员类别", "慰问金额"]);
  sheet.addRow([1, "伊州区", "张三", id, "一线职工", 500]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("the page's 汇总 host", () => {
  it("answers one verdict per file in the order given, however many are checked at once, with the progress in files and rows", async () => {
    const progress: SubmissionsProgress[] = [];
    const outcomes = await pageHost(rosterCheckingInPage, 2).checkFiles(picked(await threeSubmissions()), SONGWENNUAN_TEMPLATE, { onProgress: (step) => progress.push(step) });
    expect(outcomes.map((outcome) => outcome.file)).toEqual(["地直.xlsx", "哈密市.xlsx", "伊吾县.csv"]);
    const done = progress.map((step) => step.filesDone);
    expect(done).toEqual([...done].sort());
    expect(new Set(done)).toEqual(new Set([0, 1, 2, 3]));
    // The reader counts the rows it read (titles and 合计 rows among them): at least the 5 data rows.
    expect(progress.at(-1)).toMatchObject({ filesDone: 3, filesTotal: 3 });
    expect(progress.at(-1)!.rowsRead).toBeGreaterThanOrEqual(5);
    // Each sheet keeps its people's keys for the checks across files, not its rows.
    const first = outcomes[0];
    expect("checked" in first && first.checked[0].people?.map((person) => person.row)).toEqual([4, 5]);
  });

  it("a file the reader fails on without a message of its own is still named, in Chinese and English, and the others go on", async () => {
    const crashing: RosterChecking = {
      check: async (bytes, fileName, rules, onRows) => {
        if (fileName === "哈密市.xlsx") throw new RangeError("Array buffer allocation failed");
        return rosterCheckingInPage.check(bytes, fileName, rules, onRows);
      },
    };
    const outcomes = await pageHost(crashing).checkFiles(picked(await threeSubmissions()), SONGWENNUAN_TEMPLATE);
    const failed = outcomes[1];
    expect("error" in failed && [failed.error.code, failed.error.messageZh, failed.error.messageEn]).toEqual([
      "file-unreadable",
      expect.stringContaining("无法读取“哈密市.xlsx”（Array buffer allocation failed）"),
      expect.stringContaining('Could not read "哈密市.xlsx"'),
    ]);
    expect(outcomes.filter((outcome) => "checked" in outcome).map((outcome) => outcome.file)).toEqual(["地直.xlsx", "伊吾县.csv"]);
  });

  it("a unit's checked copy is checked with the 列对应 saved in it, as it was where it was made", async () => {
    const plain = await ownHeaderRoster();
    const mapped = embedSavedSettings(plain, { columnMap: { [columnMapKey("受助人")]: "name" } }, new Date("2025-01-10T08:00:00Z"));
    const [unmapped, carried] = await pageHost().checkFiles(picked([{ name: "伊州区.xlsx", bytes: plain }, { name: "伊州区-校验结果.xlsx", bytes: mapped }]), SONGWENNUAN_TEMPLATE);
    expect("error" in unmapped && unmapped.error.code).toBe("header-not-found");
    expect("checked" in carried && carried.checked.map((result) => [result.sheet, result.dataRows])).toEqual([["名单", 1]]);
  });
});

describe("the page's 汇总 host receives a file's saved settings as evidence", () => {
  it("a file carrying 送温暖's id with no rules is checked with the receiving form, and its verdict names the form it carried", async () => {
    const plain = await ownHeaderRoster("110105194912310021");
    const carrying = embedSavedSettings(plain, { pack: noRulesPack(), columnMap: { [columnMapKey("受助人")]: "name" } }, new Date("2025-01-10T08:00:00Z"));
    const [outcome] = await pageHost().checkFiles(picked([{ name: "伊州区.xlsx", bytes: carrying }]), SONGWENNUAN_TEMPLATE);
    if (!("checked" in outcome)) throw outcome.error;
    // The carried pack reads 身份证号 as text; the receiving form finds its wrong check character.
    expect(outcome.checked[0].issues.map((issue) => `${issue.cell} ${issue.code}`)).toContain("D2 id-invalid");
    expect(outcome.said?.map((text) => text.zh)).toEqual([
      expect.stringMatching(/^工作簿带有表式“送温暖慰问花名册”，未采用（按“送温暖慰问花名册”校验），它比本表式少查：.*去掉或改动了规则 duplicate-person/),
      "已采用工作簿中保存的列对应 1 项：受助人→姓名",
    ]);
  });
});
