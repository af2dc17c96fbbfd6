import { execFileSync } from "node:child_process";
import { closeSync, openSync, ftruncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MAX_INPUT_BYTES, readInputFile } from "../../../src/adapters/xlsx/read-input-file-node";
import { tempDir } from "./workbook-files";

const dir = tempDir();

describe("readInputFile", () => {
  it("refuses a named pipe at once instead of waiting for a writer that never comes", async () => {
    const fifo = join(dir, "名单.xlsx");
    execFileSync("mkfifo", [fifo]);
    await expect(readInputFile(fifo)).rejects.toThrow(/不是普通文件（是管道、设备或套接字）/);
  });

  it("refuses a device", async () => {
    await expect(readInputFile("/dev/zero")).rejects.toThrow(/不是普通文件/);
  });

  it("refuses a file over the size cap before reading it", async () => {
    const big = join(dir, "大文件.csv");
    const fd = openSync(big, "w");
    ftruncateSync(fd, MAX_INPUT_BYTES + 1); // sparse: no disk, no memory
    closeSync(fd);
    await expect(readInputFile(big)).rejects.toThrow(/超过名单文件的上限 512 MB，没有读取/);
  });

  it("still reads a roster, and names a missing file and a folder as before", async () => {
    const roster = join(dir, "名单.csv");
    writeFileSync(roster, "姓名\n张三\n");
    expect(new TextDecoder().decode(await readInputFile(roster))).toBe("姓名\n张三\n");
    await expect(readInputFile(join(dir, "没有.xlsx"))).rejects.toThrow(/找不到文件/);
    await expect(readInputFile(dir)).rejects.toThrow(/是文件夹，不是文件/);
  });
});
