import type { RosterSheets } from "../../../src/adapters/xlsx/check-roster-sheets";
import { PageSubmissionsHost } from "../../../src/apps/standalone/page-submissions-host";
import type { RosterChecking } from "../../../src/apps/standalone/roster-checking";
import { rosterCheckingInPage } from "../../../src/apps/standalone/roster-checking";
import type { SubmissionsProgress } from "../../../src/core/ports/submissions-host";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { threeSubmissions } from "./submission-workbooks";

const picked = (files: { name: string; bytes: Uint8Array }[]) => files.map(({ name, bytes }) => ({ name, bytes: async () => bytes }));

describe("the page's 汇总 host", () => {
  it("answers one verdict per file in the order given, however many are checked at once, with the progress in files and rows", async () => {
    const saved: string[] = [];
    const host = new PageSubmissionsHost(rosterCheckingInPage, (_, name) => saved.push(name), 2);
    const progress: SubmissionsProgress[] = [];
    const outcomes = await host.checkFiles(picked(await threeSubmissions()), SONGWENNUAN_TEMPLATE, { onProgress: (step) => progress.push(step) });
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
      check: async (bytes, fileName, template, columnMap, onRows): Promise<RosterSheets> => {
        if (fileName === "哈密市.xlsx") throw new RangeError("Array buffer allocation failed");
        return rosterCheckingInPage.check(bytes, fileName, template, columnMap, onRows);
      },
    };
    const outcomes = await new PageSubmissionsHost(crashing, () => {}).checkFiles(picked(await threeSubmissions()), SONGWENNUAN_TEMPLATE);
    const failed = outcomes[1];
    expect("error" in failed && [failed.error.code, failed.error.messageZh, failed.error.messageEn]).toEqual([
      "file-unreadable",
      expect.stringContaining("无法读取“哈密市.xlsx”（Array buffer allocation failed）"),
      expect.stringContaining('Could not read "哈密市.xlsx"'),
    ]);
    expect(outcomes.filter((outcome) => "checked" in outcome).map((outcome) => outcome.file)).toEqual(["地直.xlsx", "伊吾县.csv"]);
  });
});
