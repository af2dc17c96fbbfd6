import { basename } from "node:path";
import { readRegister } from "../../adapters/xlsx/read-register";
import { readInputFile } from "../../adapters/xlsx/read-input-file-node";
import type { ArchiveRegister } from "../../core/register/archive-register";

/** The --register files as one 档案表, or undefined when none was given. Read locally; nothing of it is written anywhere. */
export async function loadRegister(paths: readonly string[]): Promise<ArchiveRegister | undefined> {
  if (paths.length === 0) return undefined;
  const files = [];
  for (const path of paths) files.push({ fileName: basename(path), bytes: await readInputFile(path) });
  return readRegister(files);
}
