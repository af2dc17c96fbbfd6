import { randomBytes } from "node:crypto";
import { closeSync, existsSync, fsyncSync, linkSync, lstatSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { ByteSink } from "../../adapters/xlsx/package/zip-writer";
import { ReportError } from "../../core/errors";

const BUFFER_BYTES = 1 << 20;

/** Every file this process wrote, in order: the CLI lists them at the end of its report. */
const written: string[] = [];

export function filesWritten(): readonly string[] {
  return written;
}

/**
 * Writes an output file so that a kill, a full disk or a failed check never leaves a broken file
 * where the previous good one was: the bytes go to a temporary file in the same folder, created
 * readable by the owner only (rosters are personal data), and are renamed into place only once
 * complete and, when `verify` is given, read back and accepted. With `replace: false` (a blank form
 * a clerk may already have filled) an existing file is left alone and refused.
 */
export function writeOutputFile(
  path: string,
  write: (sink: ByteSink) => void,
  verify?: (written: Uint8Array) => void,
  { replace = true }: { readonly replace?: boolean } = {},
): void {
  const folder = dirname(resolve(path));
  clearStaleTemps(folder);
  const temp = join(folder, `${TEMP_PREFIX}${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  let fd: number | null = null;
  try {
    removeOnKill(temp);
    fd = openSync(temp, "wx", 0o600);
    const out = fd;
    const buffer = new Uint8Array(BUFFER_BYTES);
    let used = 0;
    const flush = () => {
      for (let at = 0; at < used; ) at += writeSync(out, buffer, at, used - at);
      used = 0;
    };
    write((chunk) => {
      for (let at = 0; at < chunk.length; ) {
        const n = Math.min(chunk.length - at, BUFFER_BYTES - used);
        buffer.set(chunk.subarray(at, at + n), used);
        used += n;
        at += n;
        if (used === BUFFER_BYTES) flush();
      }
    });
    flush();
    fsyncSync(out);
    closeSync(out);
    fd = null;
    verify?.(new Uint8Array(readFileSync(temp)));
    if (replace) renameSync(temp, path);
    else placeWithoutReplacing(temp, path);
    written.push(path);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    if (error instanceof ReportError) throw error;
    throw unwritable(path, error as NodeJS.ErrnoException);
  } finally {
    liveTemps.delete(temp);
    removeQuietly(temp);
  }
}

/**
 * Temporary files are named `.baobiao-<pid>-<random>.tmp` beside the output: what the product
 * writes (so a later run clears only its own), by which process (so a live run's is never touched).
 */
const TEMP_PREFIX = ".baobiao-";
const TEMP_NAME = /^\.baobiao-(\d+)-[0-9a-f]{8}\.tmp$/;
/** Temporary files of this process not yet renamed into place or removed. */
const liveTemps = new Set<string>();
const KILLS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM"];
let killHandled = false;

/**
 * Ctrl+C or a kill (SIGTERM) removes this run's temporary files before the process ends with that
 * signal, as it would have without a handler. The handlers stay for the whole run: one removed
 * while a signal waits for the event loop would make node drop that signal. A write is synchronous,
 * so a signal during it takes effect when it is done (the output is then complete or untouched).
 */
function removeOnKill(temp: string): void {
  liveTemps.add(temp);
  if (killHandled) return;
  killHandled = true;
  const onKill = (signal: NodeJS.Signals) => {
    for (const live of liveTemps) removeQuietly(live);
    liveTemps.clear();
    for (const kill of KILLS) process.removeListener(kill, onKill);
    process.kill(process.pid, signal);
  };
  for (const kill of KILLS) process.on(kill, onKill);
  process.on("exit", () => liveTemps.forEach(removeQuietly));
}

/** When this process started: a temporary file written since may belong to a run still under way. */
const STARTED_MS = Date.now() - process.uptime() * 1000;

/**
 * A run killed with SIGKILL, or by a power cut, cannot clean up: the next run writing to the same
 * folder removes the temporary files of runs no longer alive that are older than itself. Another
 * program's files, and those of a run still going, are left alone.
 */
function clearStaleTemps(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(TEMP_NAME.exec(name)?.[1] ?? NaN);
    const path = join(folder, name);
    if (Number.isNaN(pid) || liveTemps.has(path) || isAlive(pid)) continue;
    try {
      if (lstatSync(path).isFile() && lstatSync(path).mtimeMs < STARTED_MS) unlinkSync(path);
    } catch {
      // gone already, or not ours to remove
    }
  }
}

/** Whether a process of this id runs (one of another user's counts: EPERM). Our own id is a run before us that had it. */
function isAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // renamed into place, or never created
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

/** An output the clerk named: the option that named it and the path as typed. */
export interface NamedOutput {
  readonly option: string;
  readonly path: string;
}

/**
 * Before anything is read or checked: each output's folder exists, and a file already there is
 * replaced only with --force (a copy the clerk already sent up, or one they edited, is not
 * silently lost). Said in words, not ENOENT, and before a long check rather than after it.
 */
export function refuseUnusableOutputs(outputs: readonly NamedOutput[], force: boolean): void {
  for (const { path } of outputs) {
    const folder = dirname(resolve(path));
    if (!isFolder(folder)) throw missingFolder(path, folder);
    if (!force && existsSync(path)) throw alreadyExists(path);
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function missingFolder(path: string, folder: string): ReportError {
  return new ReportError(
    "output-unwritable",
    `要写到的文件夹“${folder}”不存在，“${path}”没有写出：请先建好这个文件夹，或换一个已有的文件夹。`,
    `The folder "${folder}" does not exist, so "${path}" was not written: create the folder first, or choose an existing one.`,
  );
}

function alreadyExists(path: string): ReportError {
  return new ReportError("output-unwritable", `“${path}”已存在，没有覆盖：请换一个文件名，或加 --force 覆盖。`, `"${path}" already exists and was left alone: choose another name, or add --force to replace it.`);
}

/**
 * An output may not be the roster itself, however it is named (a symbolic link to it, a hard link,
 * another spelling of its path), and --out and --public may not name the same file.
 */
export function refuseUnsafeOutputs(input: string, outputs: readonly NamedOutput[]): void {
  const inputIdentity = identity(input);
  for (const output of outputs) {
    const outputIdentity = identity(output.path);
    if (inputIdentity && outputIdentity && sameIdentity(inputIdentity, outputIdentity)) {
      throw new ReportError(
        "usage",
        `${output.option} 的输出文件“${output.path}”就是原名单“${input}”（或指向它的链接）：请另起一个文件名，原名单不会被改动。`,
        `The ${output.option} file "${output.path}" is the roster "${input}" itself (or a link to it): choose another name; the roster is left as it is.`,
      );
    }
  }
  const [first, second] = outputs;
  if (first && second) {
    const [a, b] = [identity(first.path), identity(second.path)];
    if (a && b && sameIdentity(a, b)) {
      throw new ReportError(
        "usage",
        `${first.option} 和 ${second.option} 指向同一个文件“${second.path}”：请给它们不同的文件名。`,
        `${first.option} and ${second.option} name the same file "${second.path}": give them different names.`,
      );
    }
  }
}

interface Identity {
  readonly realPath: string;
  readonly device?: number;
  readonly inode?: number;
}

/** Where a path leads: the real path (links followed) and, for an existing file, its device and inode. */
function identity(path: string): Identity | null {
  try {
    const stat = statSync(path);
    return { realPath: realpathSync(path), device: stat.dev, inode: stat.ino };
  } catch {
    try {
      return { realPath: join(realpathSync(dirname(resolve(path))), basename(path)) };
    } catch {
      return { realPath: resolve(path) };
    }
  }
}

function sameIdentity(a: Identity, b: Identity): boolean {
  if (a.realPath === b.realPath) return true;
  return a.inode !== undefined && a.device === b.device && a.inode === b.inode;
}

function unwritable(path: string, error: NodeJS.ErrnoException): ReportError {
  const code = error.code;
  if (code === "EEXIST") return alreadyExists(path);
  if (code === "ENOENT" || code === "ENOTDIR") return missingFolder(path, dirname(resolve(path)));
  const busy = code === "EBUSY" || code === "EPERM" || code === "EACCES";
  return new ReportError(
    "output-unwritable",
    `无法写入“${path}”${busy ? "（文件可能正在 Excel 中打开，或文件夹不可写，请先关闭或换一个文件夹）" : `（${code ?? error.message}）`}；原有文件未改动。`,
    `Cannot write "${path}"${busy ? " (it may be open in Excel, or the folder is read-only: close it or choose another folder)" : ` (${code ?? error.message})`}; any existing file is unchanged.`,
  );
}
