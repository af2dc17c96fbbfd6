import { mkdirSync } from "node:fs";
import { join } from "node:path";
import * as inputFile from "../../../src/adapters/xlsx/read-input-file-node";
import * as zipDirectory from "../../../src/adapters/xlsx/zip-directory";
import { tempDir } from "../../adapters/xlsx/workbook-files";
import { cleanRows, IDS, writeRoster } from "./rosters";
import { checkHere as check } from "./run-cli";

jest.setTimeout(60_000);

afterEach(() => jest.restoreAllMocks());

describe("report check opens each file once", () => {
  it("one roster: read from disk once and its zip directory parsed once, for its form, its settings and its check", async () => {
    const roster = await writeRoster(tempDir(), "哈密市.xlsx");
    const reads = jest.spyOn(inputFile, "readInputFile");
    const directories = jest.spyOn(zipDirectory, "readZipDirectory");

    const { code, stdout } = await check([roster, "--json"]);

    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ dataRows: 3, template: { id: "songwennuan", chosenBy: "detected" } });
    expect(reads).toHaveBeenCalledTimes(1);
    expect(directories).toHaveBeenCalledTimes(1);
  });

  it("one roster with --out: its zip directory parsed once, for its check and its marked copy (format, parts taken over, read-back) alike", async () => {
    const dir = tempDir();
    const roster = await writeRoster(dir, "哈密市.xlsx");
    const reads = jest.spyOn(inputFile, "readInputFile");
    const directories = jest.spyOn(zipDirectory, "readZipDirectory");

    const { code } = await check([roster, "--out", join(dir, "副本.xlsx")]);

    expect(code).toBe(0);
    expect(reads).toHaveBeenCalledTimes(1);
    const input = directories.mock.calls[0][0];
    // The copy writer takes the opening's directory (WorkbookFile.zipDirectory): it parsed it three times more.
    expect(directories.mock.calls.filter(([bytes]) => bytes === input)).toHaveLength(1);
  });

  it("a folder of five: each file read once and its directory parsed once, its form read from its own header where it is checked", async () => {
    const folder = join(tempDir(), "上报");
    mkdirSync(folder);
    const units = ["地直", "哈密市", "伊吾县", "巴里坤县", "伊州区"];
    for (const [i, unit] of units.entries()) {
      // Each unit its own person: the same ID in two files would be a duplicate across them.
      const rows = cleanRows().slice(0, 1).map((row) => row.map((cell, at) => (at === 3 ? IDS[i % 3] : cell)));
      await writeRoster(folder, `0${i + 1}-${unit}.xlsx`, i < 3 ? rows : cleanRows().slice(1, 2));
    }
    const reads = jest.spyOn(inputFile, "readInputFile");
    const directories = jest.spyOn(zipDirectory, "readZipDirectory");

    const { stdout } = await check([folder, "--json"]);

    const report = JSON.parse(stdout) as { submissions: unknown[]; template: { id: string } };
    expect(report.submissions).toHaveLength(5);
    expect(report.template.id).toBe("songwennuan");
    expect(reads).toHaveBeenCalledTimes(5);
    expect(directories).toHaveBeenCalledTimes(5);
  });
});
