import { cellAddress } from "../address";
import type { Issue, IssueCode, PersonFields } from "../check/types";
import type { FieldKey } from "../fields";
import { maskSensitive } from "../format/mask";
import { MESSAGES } from "../messages/catalogue";
import { renderMessage } from "../messages/render-message";
import type { PersonEntry } from "./person-entry";

/** Where a submission sits among those consolidated: its position (the order they were given) and its name. */
export interface SubmissionPlace {
  readonly index: number;
  readonly file: string;
  readonly sheet: string;
  readonly columns: Readonly<Partial<Record<FieldKey, number>>>;
  readonly personFields: PersonFields;
}

/** Numbers only: the index holds one small record per ID and account, the place is named when needed. */
interface FirstSeen {
  readonly submission: number;
  readonly row: number;
  readonly column: number;
  /** The submission that last met this key: its own rows are its own sheet's rules' business. */
  lastSubmission: number;
}

interface FirstAccount extends FirstSeen {
  readonly name: string;
}

/**
 * The people of every submission, by ID and by account, and nothing else of their rows. A key met
 * again in another submission is an issue on that submission's first row with it (later rows in the
 * same sheet are already flagged there by `duplicate-person` / `account-shared`), naming where it was
 * first seen as 文件名 › 工作表!单元格. The first is the one given first: files in the order named.
 */
export class PersonIndex {
  /** File and sheet of each submission added, by its index. */
  private readonly places: Pick<SubmissionPlace, "file" | "sheet">[] = [];
  private readonly byId = new Map<string, FirstSeen>();
  private readonly byAccount = new Map<string, FirstAccount>();

  /** The issues `people` of `submission` raise against those added before it. */
  add(submission: SubmissionPlace, people: readonly PersonEntry[]): Issue[] {
    this.places[submission.index] = { file: submission.file, sheet: submission.sheet };
    const issues: Issue[] = [];
    const { id: idField, account: accountField } = submission.personFields;
    const idColumn = idField === null ? undefined : submission.columns[idField];
    const accountColumn = accountField === null ? undefined : submission.columns[accountField];
    for (const person of people) {
      if (person.idKey !== "" && idColumn !== undefined) {
        const first = this.seen(this.byId, person.idKey, submission, idColumn, person.row);
        if (first !== null) issues.push(crossIssue("duplicate-person", idField!, person.row, idColumn, this.placeOf(first), person.idKey));
      }
      if (person.accountKey !== "" && accountColumn !== undefined) {
        const first = this.seen(this.byAccount, person.accountKey, submission, accountColumn, person.row, person.name);
        if (first !== null && first.name !== person.name) {
          issues.push(crossIssue("account-shared", accountField!, person.row, accountColumn, this.placeOf(first), person.accountKey));
        }
      }
    }
    return issues;
  }

  /** The first sighting when it was in another submission not yet met again by this one; else null (and remembered). */
  private seen<T extends FirstSeen>(index: Map<string, T>, key: string, submission: SubmissionPlace, column: number, row: number, name?: string): T | null {
    const first = index.get(key);
    if (first === undefined) {
      index.set(key, { submission: submission.index, row, column, lastSubmission: submission.index, ...(name === undefined ? {} : { name }) } as T);
      return null;
    }
    if (first.lastSubmission === submission.index) return null;
    first.lastSubmission = submission.index;
    return first;
  }

  private placeOf(first: FirstSeen): string {
    return placeName(this.places[first.submission], cellAddress(first.row, first.column));
  }
}

/** 文件名 › 工作表!单元格, as the message names the first sighting. */
export function placeName(submission: Pick<SubmissionPlace, "file" | "sheet">, cell: string): string {
  return `${submission.file} › ${submission.sheet}!${cell}`;
}

function crossIssue(code: IssueCode, field: FieldKey, row: number, col: number, firstPlace: string, key: string): Issue {
  const params = { firstPlace };
  const message = renderMessage(code, "elsewhere", params);
  return {
    code,
    severity: MESSAGES[code].severity,
    row,
    col,
    cell: cellAddress(row, col),
    field,
    message: message.zh,
    messageEn: message.en,
    params,
    shownValue: maskSensitive(key),
  };
}
