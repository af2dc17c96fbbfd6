import { join } from "node:path";
import { tempDir } from "../adapters/xlsx/workbook-files";
import { cleanRows, writeRoster } from "../apps/cli/rosters";
import { buildCli } from "../apps/cli/run-cli";
import { unmaskedRuns } from "./digit-runs";
import { expectOneLineWithoutStack, measuredCli } from "./measured-cli";

jest.setTimeout(120_000);

const dir = tempDir();

beforeAll(() => buildCli());

/** IDs, cards and phones typed in groups, in full width, and in the wrong columns. */
function groupedRows(): (string | number | null)[][] {
  const rows = cleanRows();
  rows[0][1] = "哈密市 6222 0212 3456 7801 234";
  rows[0][2] = "张三 110105 19491231 002X";
  rows[0][8] = "6222-0212-3456-7801-234";
  rows[0][9] = "138 1234 5678";
  rows[1][3] = "4405 2418 8001 0100 14";
  rows[1][6] = "６２２２０２１２３４５６７８０１２３４";
  rows[1][8] = "代领 6222—0212—3456—7801—234";
  rows[2][7] = "11010519491231002X";
  return rows;
}

describe("digits written in groups are masked wherever the CLI shows text", () => {
  it("the readable report shows no ID, card or phone, grouped or not", async () => {
    const run = measuredCli(["check", await writeRoster(dir, "grouped.xlsx", groupedRows())]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("6222 02** **** ***1 234");
    expect(unmaskedRuns(run.stdout)).toEqual([]);
    expect(unmaskedRuns(run.stderr)).toEqual([]);
  });

  it("--json carries none either", async () => {
    const run = measuredCli(["check", await writeRoster(dir, "grouped-json.xlsx", groupedRows()), "--json"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).groups.map((group: { region: string }) => group.region)).toContain("哈密市 6222 02** **** ***1 234");
    expect(unmaskedRuns(run.stdout)).toEqual([]);
  });

  it("a file named after an ID number shows masked in the one stderr line", () => {
    const run = measuredCli(["check", join(dir, "110105 19491231 002X 张三.xlsx")]);
    expect(run.code).toBe(2);
    const line = expectOneLineWithoutStack(run.stderr);
    expect(line).toContain("110105 ******** 002X 张三.xlsx");
    expect(unmaskedRuns(line)).toEqual([]);
  });
});
