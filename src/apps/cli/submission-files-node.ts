import { readdir, realpath, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { ReportError } from "../../core/errors";

const ROSTER_FILE = /\.(xlsx|xlsm|csv)$/i;
/** Excel's lock file (~$名单.xlsx) while a roster is open, and hidden files, are not submissions. */
const NOT_A_SUBMISSION = /^(~\$|\.)/;

/**
 * The files named, with each folder replaced by the .xlsx/.csv files directly in it, by name
 * (number them 01-…, 02-… to choose the order: the first sighting of a person is the first file's).
 * A file named more than once — by any spelling: ./a.xlsx and a.xlsx, a folder and a file in it, a
 * link to it — is checked once, under the first name given, or its people would be paid twice.
 */
export async function submissionFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (!(await isFolder(path))) {
      files.push(path);
      continue;
    }
    const names = (await readdir(path)).filter((name) => ROSTER_FILE.test(name) && !NOT_A_SUBMISSION.test(name)).sort();
    if (names.length === 0) {
      throw new ReportError(
        "file-not-found",
        `文件夹“${path}”里没有 .xlsx 或 .csv 文件：请把各单位上报的名单放进去，或直接指定文件。`,
        `The folder "${path}" holds no .xlsx or .csv file: put the units' rosters in it, or name the files.`,
      );
    }
    files.push(...names.map((name) => join(path, name)));
  }
  return oncePerFile(files);
}

async function oncePerFile(files: readonly string[]): Promise<string[]> {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const file of files) {
    // A path that cannot be resolved stays, so the reader's message names it.
    const real = await realpath(file).catch(() => resolve(file));
    if (seen.has(real)) continue;
    seen.add(real);
    kept.push(file);
  }
  return kept;
}

/** Several files or a folder: a consolidation, whose --out is the 汇总 workbook (one file's --out is its annotated copy). */
export async function namesSeveralFiles(paths: readonly string[]): Promise<boolean> {
  return paths.length > 1 || (await isFolder(paths[0]));
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    // A path that cannot be looked at is read as a file, so the reader's message names it.
    return false;
  }
}

/**
 * How issues and verdicts name each file: its name, as the clerk sees it in the folder, or the
 * path as given when two folders hold files of the same name (each must stay one submission).
 */
export function fileLabels(paths: readonly string[]): string[] {
  const names = paths.map((path) => basename(path));
  return names.map((name, i) => (names.indexOf(name) === names.lastIndexOf(name) ? name : paths[i]));
}
