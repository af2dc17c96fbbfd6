import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { refuseUnusableOutputs, writeOutputFile } from "../../../src/apps/cli/output-file-node";
import { ReportError } from "../../../src/core/errors";

function folderWithPrevious(): { folder: string; path: string } {
  const folder = mkdtempSync(join(tmpdir(), "output-file-"));
  const path = join(folder, "副本.xlsx");
  writeFileSync(path, "the previous good copy");
  return { folder, path };
}

describe("writeOutputFile", () => {
  it("replaces the previous file only when the new one is complete, created 0600", () => {
    const { folder, path } = folderWithPrevious();
    writeOutputFile(path, (sink) => {
      for (let i = 0; i < 3000; i++) sink(new TextEncoder().encode(`line ${i}\n`));
    });
    expect(readFileSync(path, "utf8").split("\n")).toHaveLength(3001);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder)).toEqual(["副本.xlsx"]);
  });

  it("leaves the previous file as it was when writing fails half-way (a full disk, a crash in the writer)", () => {
    const { folder, path } = folderWithPrevious();
    expect(() =>
      writeOutputFile(path, (sink) => {
        sink(new Uint8Array(3 << 20));
        throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
      }),
    ).toThrow(expect.objectContaining({ code: "output-unwritable", messageZh: expect.stringContaining("ENOSPC") }));
    expect(readFileSync(path, "utf8")).toBe("the previous good copy");
    expect(readdirSync(folder)).toEqual(["副本.xlsx"]);
  });

  it("leaves the previous file as it was when the read-back refuses the new one", () => {
    const { folder, path } = folderWithPrevious();
    const refusal = new ReportError("output-unverified", "副本与原文件不一致", "the copy differs");
    expect(() =>
      writeOutputFile(
        path,
        (sink) => sink(new Uint8Array([1, 2, 3])),
        (written) => {
          expect([...written]).toEqual([1, 2, 3]);
          throw refusal;
        },
      ),
    ).toThrow(refusal);
    expect(readFileSync(path, "utf8")).toBe("the previous good copy");
    expect(readdirSync(folder)).toEqual(["副本.xlsx"]);
  });

  it("says in words, not ENOENT, when the folder does not exist", () => {
    expect(() => writeOutputFile("/nonexistent-folder/副本.xlsx", (sink) => sink(new Uint8Array(1)))).toThrow(
      expect.objectContaining({
        code: "output-unwritable",
        messageZh: "要写到的文件夹“/nonexistent-folder”不存在，“/nonexistent-folder/副本.xlsx”没有写出：请先建好这个文件夹，或换一个已有的文件夹。",
        messageEn: expect.stringContaining('The folder "/nonexistent-folder" does not exist'),
      }),
    );
  });
});

describe("refuseUnusableOutputs: before anything is checked", () => {
  it("names a missing folder in words", () => {
    expect(() => refuseUnusableOutputs([{ option: "--out", path: "/nonexistent-folder/副本.xlsx" }], false)).toThrow(
      expect.objectContaining({ messageZh: expect.stringMatching(/^要写到的文件夹“\/nonexistent-folder”不存在/) }),
    );
  });

  it("refuses a file that exists unless --force is given, and leaves it alone", () => {
    const { path } = folderWithPrevious();
    expect(() => refuseUnusableOutputs([{ option: "--public", path }], false)).toThrow(
      expect.objectContaining({ code: "output-unwritable", messageZh: `“${path}”已存在，没有覆盖：请换一个文件名，或加 --force 覆盖。` }),
    );
    expect(() => refuseUnusableOutputs([{ option: "--public", path }], true)).not.toThrow();
    expect(readFileSync(path, "utf8")).toBe("the previous good copy");
  });
});
