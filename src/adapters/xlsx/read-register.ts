import { ReportError } from "../../core/errors";
import type { ArchiveRegister } from "../../core/register/archive-register";
import { RegisterBuilder } from "../../core/register/register-reader";
import { openWorkbookReader } from "./workbook-reader";

export interface RegisterFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/**
 * The 档案表 files (.xlsx, or .csv in UTF-8 or GBK: the one reader of rosters) as one register.
 * Every visible sheet with a register header is read; hidden sheets are named as not read. A file
 * with no register header anywhere is refused, saying what it lacks: a register that silently
 * read nothing would make every archive number "not registered".
 */
export async function readRegister(files: readonly RegisterFile[]): Promise<ArchiveRegister> {
  const builder = new RegisterBuilder();
  for (const { fileName, bytes } of files) {
    const sheets = await openWorkbookReader(bytes, fileName);
    let read = 0;
    const refusalsBefore = builder.headerRefusals().length;
    for (const reader of sheets) {
      if (reader.visibility !== "visible") {
        builder.skip(fileName, reader.name, reader.visibility);
        continue;
      }
      const sheet = builder.sheet(fileName, reader.name);
      await reader.readRows((rowNumber, cells, hidden) => sheet.pushRow(rowNumber, cells, 1, hidden));
      if (sheet.finish()) read++;
    }
    if (read === 0) {
      const refusal = builder.headerRefusals()[refusalsBefore];
      const why = refusal === undefined ? { zh: "没有可见的工作表", en: "no visible sheet" } : { zh: refusal.messageZh, en: refusal.messageEn };
      throw new ReportError(
        "header-not-found",
        `档案表“${fileName}”读不出来：${why.zh} 档案表须有档案编号（或职工编号、档案号）和姓名两列。`,
        `The archive register "${fileName}" could not be read: ${why.en} A register needs an archive-number (职工编号, 档案号) column and a name column.`,
      );
    }
  }
  return builder.build();
}

/** Picked files (a page or pane host's), read one after another. */
export async function readRegisterFiles(files: readonly { readonly name: string; readonly bytes: () => Promise<Uint8Array> }[]): Promise<ArchiveRegister> {
  const read: RegisterFile[] = [];
  for (const file of files) read.push({ fileName: file.name, bytes: await file.bytes() });
  return readRegister(read);
}
