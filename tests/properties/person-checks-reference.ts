import type { CellValue } from "../../src/core/cell";
import { checkIdNumber, dateKey, normalizeIdNumber, upgradeLegacyId } from "../../src/core/id/id-number";
import { cellText } from "../../src/core/rows/cell-text";
import { accountKey, archiveKey, nameKey } from "../../src/core/rules/person-keys";

/** Where the reference reads each value in a row (0-based cell indexes). */
export interface PersonColumns {
  readonly name: number;
  readonly id: number;
  readonly archiveNo: number;
  readonly account: number;
}

/** An issue as the reference finds it: which check, which row and cell (1-based column), which row it names. */
export interface ReferenceIssue {
  readonly code: "duplicate-person" | "archive-shared" | "account-shared";
  readonly row: number;
  readonly col: number;
  readonly firstRow: number;
  /** duplicate-person only: one row held the old 15-digit ID, the other the 18-digit one. */
  readonly legacyPair?: boolean;
}

/**
 * The rules that compare rows with each other, written plainly over Maps of strings (as the
 * engine did before its typed-array indexes): the oracle the engine's issues must equal.
 * `rows` are the data rows in order, with their sheet row numbers.
 */
export function referencePersonIssues(rows: readonly { rowNumber: number; cells: readonly (CellValue | undefined)[] }[], columns: PersonColumns, today: Date): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const firstById = new Map<string, { row: number; legacy: boolean }>();
  const firstByArchiveNo = new Map<string, number>();
  const archives = new Map<string, { row: number; id: string; others: Set<string> }>();
  const accounts = new Map<string, { row: number; name: string }>();
  for (const { rowNumber: row, cells } of rows) {
    const idText = cellText(cells[columns.id]);
    const idNumber = idText === "" ? "" : normalizeIdNumber(idText);
    const legacy = checkIdNumber(cells[columns.id], idNumber, dateKey(today)) === "legacy";
    const id = legacy ? upgradeLegacyId(idNumber) : idNumber;
    const archiveNo = cellText(cells[columns.archiveNo]);
    if (id !== "") {
      const first = firstById.get(id);
      if (first === undefined) firstById.set(id, { row, legacy });
      else issues.push({ code: "duplicate-person", row, col: columns.id + 1, firstRow: first.row, legacyPair: first.legacy !== legacy });
    } else if (archiveNo !== "") {
      const firstRow = firstByArchiveNo.get(archiveKey(archiveNo));
      if (firstRow === undefined) firstByArchiveNo.set(archiveKey(archiveNo), row);
      else issues.push({ code: "duplicate-person", row, col: columns.archiveNo + 1, firstRow });
    }
    if (archiveNo !== "" && id !== "") {
      const archive = archives.get(archiveKey(archiveNo));
      if (archive === undefined) archives.set(archiveKey(archiveNo), { row, id, others: new Set() });
      else if (archive.id !== id && !archive.others.has(id)) {
        archive.others.add(id);
        issues.push({ code: "archive-shared", row, col: columns.archiveNo + 1, firstRow: archive.row });
      }
    }
    const account = cellText(cells[columns.account]);
    const name = cellText(cells[columns.name]);
    if (account !== "" && name !== "") {
      const first = accounts.get(accountKey(account));
      if (first === undefined) accounts.set(accountKey(account), { row, name: nameKey(name) });
      else if (first.name !== nameKey(name)) issues.push({ code: "account-shared", row, col: columns.account + 1, firstRow: first.row });
    }
  }
  return issues;
}
