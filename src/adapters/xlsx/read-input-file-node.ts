import { open, stat } from "node:fs/promises";
import { basename } from "node:path";
import { ReportError } from "../../core/errors";

/**
 * Larger than any roster a union sends (a million rows of .xlsx is about 60 MB, of .csv about
 * 150 MB): past it a file is refused before a byte is read, so a disk image or a log dropped in the
 * folder cannot take the clerk's memory.
 */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

/**
 * The file's bytes, or a ReportError a clerk can act on (wrong path, a folder, no permission, a
 * pipe or device, too large). What is read is what was looked at: the size and kind come from the
 * opened file, not from its name, which could be swapped in between.
 */
export async function readInputFile(path: string): Promise<Uint8Array> {
  const name = basename(path);
  let handle;
  try {
    // A FIFO would block open() itself until a writer came: refuse anything not a regular file first.
    const seen = await stat(path);
    if (seen.isDirectory()) throw Object.assign(new Error("folder"), { code: "EISDIR" });
    if (!seen.isFile()) throw notAFile(path);
    handle = await open(path, "r");
    const opened = await handle.stat();
    if (!opened.isFile()) throw notAFile(path);
    if (opened.size > MAX_INPUT_BYTES) throw tooLarge(path, opened.size);
    return await handle.readFile();
  } catch (error) {
    if (error instanceof ReportError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      throw new ReportError("file-not-found", `找不到文件“${path}”：请检查路径和文件名。`, `File not found: "${path}" — check the path and name.`);
    }
    if (code === "EISDIR") {
      throw new ReportError("file-unreadable", `“${path}”是文件夹，不是文件：请指定名单文件。`, `"${path}" is a folder, not a file: give the roster file.`);
    }
    throw new ReportError(
      "file-unreadable",
      `无法读取“${name}”（${code ?? "未知原因"}）：请确认文件没有被其他程序占用、且有读取权限。`,
      `Cannot read "${name}" (${code ?? "unknown reason"}): make sure no other program holds it and you may read it.`,
    );
  } finally {
    await handle?.close();
  }
}

function notAFile(path: string): ReportError {
  return new ReportError(
    "file-unreadable",
    `“${path}”不是普通文件（是管道、设备或套接字），没有读取：请指定名单文件。`,
    `"${path}" is not a regular file (a pipe, device or socket) and was not read: give the roster file.`,
  );
}

function tooLarge(path: string, bytes: number): ReportError {
  const mib = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  return new ReportError(
    "file-unreadable",
    `“${path}”有 ${mib(bytes)}，超过名单文件的上限 ${mib(MAX_INPUT_BYTES)}，没有读取：请确认选对了文件，或把名单拆成几份。`,
    `"${path}" is ${mib(bytes)}, over the ${mib(MAX_INPUT_BYTES)} limit for a roster, and was not read: check it is the right file, or split the roster.`,
  );
}
