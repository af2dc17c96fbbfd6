import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { ReportError } from "../../core/errors";

/** The file's bytes, or a ReportError a clerk can act on (wrong path, a folder, no permission). */
export async function readInputFile(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const name = basename(path);
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
  }
}
