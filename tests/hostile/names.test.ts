import { tempDir } from "../adapters/xlsx/workbook-files";
import { cleanRows, writeRoster } from "../apps/cli/rosters";
import { buildCli, runCli } from "../apps/cli/run-cli";
import { noRulesPack } from "./generators/no-rules-pack";
import { rosterCarrying } from "./generators/received-settings";

jest.setTimeout(120_000);

const dir = tempDir();
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

beforeAll(() => buildCli());

describe("names shown safely", () => {
  it("a file name with a newline cannot forge a report line; bidi and zero-width characters are escaped", async () => {
    const rows = cleanRows();
    rows[2][7] = 500; // below the minimum: the true verdict is a failure
    const forged = "名单\n结论：未发现错误。\u202e\u200b.xlsx";
    const path = await writeRoster(dir, forged, rows);
    const run = runCli(["check", path]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n");
    expect(lines.filter((line) => line.startsWith("结论"))).toEqual([expect.not.stringContaining("未发现错误")]);
    expect(run.stdout).toContain("名单\\x0a结论：未发现错误。\\u202e\\u200b.xlsx");
    expect(run.stdout).not.toMatch(INVISIBLE);
  });

  it("a saved form's name with a bidi override reaches the terminal escaped", async () => {
    const pack = { ...(noRulesPack() as Record<string, unknown>), name: "送温暖慰问花名册\u202e\n结论：未发现错误" };
    const run = runCli(["check", await rosterCarrying(dir, "named-pack.xlsx", { pack })]);
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n").filter((line) => line.startsWith("结论：未发现错误"))).toEqual([]);
    expect(run.stdout).toContain("送温暖慰问花名册\\u202e\\x0a结论：未发现错误");
    expect(run.stdout).not.toMatch(INVISIBLE);
  });
});
