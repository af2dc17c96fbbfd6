import { buildCli } from "../apps/cli/run-cli";
import { veryHiddenCleanCopyFirst } from "./generators/hostile-files";
import { checkFile, jsonOf } from "./support/run-measured";

beforeAll(() => buildCli());

describe("hidden sheets", () => {
  const bytes = veryHiddenCleanCopyFirst();

  it("checks the visible roster, not a veryHidden clean copy placed first, and lists what it skipped", () => {
    const report = jsonOf(checkFile("隐藏.xlsx", bytes, "--json"));
    expect(report.sheet).toBe("名单");
    expect(report.issues).toContainEqual(expect.objectContaining({ cell: "B3", code: "required-missing" }));
    expect(report.skippedSheets).toEqual([
      { sheet: "送温暖名单", reason: "veryHidden" },
      { sheet: "备用", reason: "hidden" },
    ]);
  });

  it("says in the readable report, beside the verdict, which sheets were not checked", () => {
    const run = checkFile("隐藏.xlsx", bytes);
    expect(run.code).toBe(1);
    const verdict = run.stdout.trimEnd().split("\n").at(-1);
    expect(verdict).toMatch(/^结论：发现 1 处错误/);
    expect(verdict).toContain("“送温暖名单”（深度隐藏）");
    expect(verdict).toContain("“备用”（隐藏）");
  });

  it("checks a hidden sheet the clerk names, and still lists the other hidden one", () => {
    const report = jsonOf(checkFile("隐藏.xlsx", bytes, "--json", "--sheet", "送温暖名单"));
    expect(report.sheet).toBe("送温暖名单");
    expect(report.dataRows).toBe(3);
    expect(report.skippedSheets).toEqual([{ sheet: "备用", reason: "hidden" }]);
  });
});
