import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileLabels, submissionFiles } from "../../../src/apps/cli/submission-files-node";
import { tempDir } from "../../adapters/xlsx/workbook-files";

describe("submissionFiles", () => {
  it("replaces a folder by its rosters in name order, leaving out Excel's lock files, hidden files and others", async () => {
    const folder = join(tempDir(), "上报");
    mkdirSync(folder);
    for (const name of ["02-哈密市.xlsx", "01-地直.xlsx", "~$01-地直.xlsx", ".DS_Store", "说明.docx", "04-伊吾县.CSV", "03-巴里坤县.xlsm"]) writeFileSync(join(folder, name), "");
    const loose = join(folder, "..", "补报.xlsx");
    expect(await submissionFiles([folder, loose, join(folder, "02-哈密市.xlsx")])).toEqual([
      ...["01-地直.xlsx", "02-哈密市.xlsx", "03-巴里坤县.xlsm", "04-伊吾县.CSV"].map((name) => join(folder, name)),
      loose,
    ]);
  });

  it("reads a file named twice by different spellings once, under the first name given (a link, ./, ..)", async () => {
    const folder = join(tempDir(), "县");
    mkdirSync(folder);
    const roster = join(folder, "名单.xlsx");
    writeFileSync(roster, "");
    symlinkSync(roster, join(folder, "..", "链接.xlsx"));
    const spellings = [roster, join(folder, ".", "名单.xlsx"), join(folder, "..", "县", "名单.xlsx"), join(folder, "..", "链接.xlsx")];
    expect(await submissionFiles([`${folder}/./名单.xlsx`, ...spellings])).toEqual([`${folder}/./名单.xlsx`]);
  });

  it("refuses a folder without a roster, naming it", async () => {
    const folder = join(tempDir(), "空文件夹");
    mkdirSync(folder);
    await expect(submissionFiles([folder])).rejects.toMatchObject({ code: "file-not-found", messageZh: expect.stringContaining("空文件夹") });
  });

  it("names files by their name, by their path only where two share a name", () => {
    expect(fileLabels(["a/名单.xlsx", "b/名单.xlsx", "b/地直.xlsx"])).toEqual(["a/名单.xlsx", "b/名单.xlsx", "地直.xlsx"]);
  });
});
