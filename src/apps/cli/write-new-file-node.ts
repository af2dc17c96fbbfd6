import { randomBytes } from "node:crypto";
import { existsSync, linkSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { ReportError } from "../../core/errors";

/**
 * Writes a new output file whole or not at all: the bytes go to a temporary file beside it
 * (owner-only: forms carry personal data once filled), which is then linked into place — failing
 * if the file exists, so a clerk's filled form is never replaced — or renamed over it when
 * `replace` is set.
 */
export function writeNewFile(path: string, bytes: Uint8Array, replace: boolean): void {
  const temp = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(temp, bytes, { flag: "wx", mode: 0o600 });
    if (replace) renameSync(temp, path);
    else placeWithoutReplacing(temp, path);
  } catch (error) {
    throw unwritable(path, error as NodeJS.ErrnoException);
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // renamed into place, or never created
    }
  }
}

/**
 * A hard link refuses an existing target atomically. USB sticks (FAT, exFAT) and some shares have
 * no hard links: there the check and the rename are two steps, which is enough for one clerk.
 */
function placeWithoutReplacing(temp: string, path: string): void {
  try {
    linkSync(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS") throw error;
    if (existsSync(path)) throw Object.assign(new Error(`${path} exists`), { code: "EEXIST" });
    renameSync(temp, path);
  }
}

function unwritable(path: string, error: NodeJS.ErrnoException): ReportError {
  if (error.code === "EEXIST") {
    return new ReportError("output-unwritable", `“${path}”已存在，没有覆盖：请换一个文件名，或加 --force 覆盖。`, `"${path}" already exists and was left alone: choose another name, or add --force to replace it.`);
  }
  const busy = error.code === "EBUSY" || error.code === "EPERM" || error.code === "EACCES";
  return new ReportError(
    "output-unwritable",
    `无法写入“${path}”${busy ? "（文件可能正在 Excel 中打开，请先关闭）" : `（${error.code ?? error.message}）`}。`,
    `Cannot write "${path}"${busy ? " (it may be open in Excel: close it first)" : ` (${error.code ?? error.message})`}.`,
  );
}
