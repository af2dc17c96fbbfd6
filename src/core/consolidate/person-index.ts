import { cellAddress } from "../address";
import type { Issue, IssueCode, PersonFields } from "../check/types";
import type { FieldKey } from "../fields";
import { maskSensitive } from "../format/mask";
import { MESSAGES } from "../messages/catalogue";
import { renderMessage } from "../messages/render-message";
import { doubled, KeyTable } from "./key-table";
import type { PersonEntry } from "./person-entry";

/** Where a submission sits among those consolidated: its position (the order they were given) and its name. */
export interface SubmissionPlace {
  readonly index: number;
  readonly file: string;
  readonly sheet: string;
  readonly columns: Readonly<Partial<Record<FieldKey, number>>>;
  readonly personFields: PersonFields;
}

/**
 * Where each key was first seen, by its entry number in a KeyTable: numbers in typed arrays, so a
 * million of them cost 12 MB, not a million objects.
 */
class Sightings {
  readonly keys = new KeyTable();
  private submission = new Int32Array(1024);
  private row = new Int32Array(1024);
  /** The submission that last met this key: its own rows are its own sheet's rules' business. */
  private last = new Int32Array(1024);

  /** The entry of a key first seen in an earlier submission and not yet met again by this one; else -1 (and remembered). */
  seen(key: string, submission: number, row: number): number {
    const entry = this.keys.entryOf(key);
    if (entry < 0) {
      this.remember(this.keys.add(key), submission, row);
      return -1;
    }
    if (this.last[entry] === submission) return -1;
    this.last[entry] = submission;
    return entry;
  }

  /**
   * Counts one more row of the key, for a form that allows several per person: the rows of it in
   * earlier submissions, and in all so far. Arrays made only when a form counts.
   */
  tally(key: string, submission: number, row: number): { readonly entry: number; readonly before: number; readonly total: number } {
    let entry = this.keys.entryOf(key);
    if (entry < 0) {
      entry = this.keys.add(key);
      this.remember(entry, submission, row);
      this.last[entry] = -1;
    }
    if (this.total.length <= entry) {
      this.total = grownTo(this.total, this.row.length);
      this.before = grownTo(this.before, this.row.length);
    }
    if (this.last[entry] !== submission) {
      this.last[entry] = submission;
      this.before[entry] = this.total[entry];
    }
    return { entry, before: this.before[entry], total: ++this.total[entry] };
  }

  private total = new Int32Array(0);
  private before = new Int32Array(0);

  firstSubmission(entry: number): number {
    return this.submission[entry];
  }

  firstRow(entry: number): number {
    return this.row[entry];
  }

  private remember(entry: number, submission: number, row: number): void {
    if (entry === this.row.length) {
      this.submission = doubled(this.submission);
      this.row = doubled(this.row);
      this.last = doubled(this.last);
    }
    this.submission[entry] = submission;
    this.row[entry] = row;
    this.last[entry] = submission;
  }
}

/**
 * The name on each account where it was first seen, by the account's entry: a name of up to four
 * UTF-16 units (almost every Chinese name) packed into two numbers, a longer one kept as text.
 */
class AccountNames {
  private packed = new Int32Array(2048);
  private readonly long = new Map<number, string>();

  set(entry: number, name: string): void {
    if (2 * entry + 1 >= this.packed.length) this.packed = doubled(this.packed);
    if (name.length > 4 || name.includes("\0")) this.long.set(entry, name);
    else [this.packed[2 * entry], this.packed[2 * entry + 1]] = packName(name);
  }

  is(entry: number, name: string): boolean {
    const long = this.long.get(entry);
    if (long !== undefined) return long === name;
    if (name.length > 4) return false;
    const [first, second] = packName(name);
    return this.packed[2 * entry] === first && this.packed[2 * entry + 1] === second;
  }
}

function grownTo(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(length);
  grown.set(array);
  return grown;
}

/** Four UTF-16 units, two to a number; a name never holds NUL, so the padding is unambiguous. */
function packName(name: string): [number, number] {
  const unit = (i: number) => (i < name.length ? name.charCodeAt(i) : 0);
  return [(unit(0) << 16) | unit(1), (unit(2) << 16) | unit(3)];
}

/**
 * The people of every submission, by ID and by account, and nothing else of their rows. A key met
 * again in another submission is an issue on that submission's first row with it (later rows in the
 * same sheet are already flagged there by `duplicate-person` / `account-shared`), naming where it was
 * first seen as 文件名 › 工作表!单元格. The first is the one given first: files in the order named.
 */
export class PersonIndex {
  /** File, sheet and columns of each submission added, by its index. */
  private readonly places: SubmissionPlace[] = [];
  private readonly ids = new Sightings();
  private readonly accounts = new Sightings();
  private readonly accountNames = new AccountNames();

  /** The issues `people` of `submission` raise against those added before it. */
  add(submission: SubmissionPlace, people: readonly PersonEntry[]): Issue[] {
    this.places[submission.index] = submission;
    const issues: Issue[] = [];
    const { id: idField, account: accountField } = submission.personFields;
    const idColumn = idField === null ? undefined : submission.columns[idField];
    const accountColumn = accountField === null ? undefined : submission.columns[accountField];
    const limit = submission.personFields.perPerson;
    for (const person of people) {
      if (person.idKey !== "" && idColumn !== undefined && limit === undefined) {
        const first = this.ids.seen(person.idKey, submission.index, person.row);
        if (first >= 0) issues.push(crossIssue("duplicate-person", idField!, person.row, idColumn, this.placeOf(this.ids, first, "id"), person.idKey));
      } else if (person.idKey !== "" && idColumn !== undefined && limit !== null && limit !== undefined) {
        const { entry, before, total } = this.ids.tally(person.idKey, submission.index, person.row);
        // Past the limit only by counting earlier submissions: the sheet's own check flagged the rest.
        if (before > 0 && total > limit.max && total - before <= limit.max) {
          const params = { field: limit.field, fieldEn: limit.fieldEn, firstPlace: this.placeOf(this.ids, entry, "id"), count: total, max: limit.max };
          issues.push(crossIssue("too-many-records", idField!, person.row, idColumn, params, person.idKey, limit.severity));
        }
      }
      if (person.accountKey !== "" && accountColumn !== undefined) {
        const known = this.accounts.keys.size;
        const first = this.accounts.seen(person.accountKey, submission.index, person.row);
        if (this.accounts.keys.size > known) this.accountNames.set(known, person.name);
        if (first >= 0 && !this.accountNames.is(first, person.name)) {
          issues.push(crossIssue("account-shared", accountField!, person.row, accountColumn, this.placeOf(this.accounts, first, "account"), person.accountKey));
        }
      }
    }
    return issues;
  }

  /** The first sighting's cell, in that submission's own column for the person field (packs may differ by sheet). */
  private placeOf(sightings: Sightings, entry: number, role: "id" | "account"): string {
    const place = this.places[sightings.firstSubmission(entry)];
    return placeName(place, cellAddress(sightings.firstRow(entry), place.columns[place.personFields[role]!]!));
  }
}

/** 文件名 › 工作表!单元格, as the message names the first sighting. */
export function placeName(submission: Pick<SubmissionPlace, "file" | "sheet">, cell: string): string {
  return `${submission.file} › ${submission.sheet}!${cell}`;
}

function crossIssue(
  code: IssueCode,
  field: FieldKey,
  row: number,
  col: number,
  place: string | Readonly<Record<string, string | number>>,
  key: string,
  severity = MESSAGES[code].severity,
): Issue {
  const params = typeof place === "string" ? { firstPlace: place } : place;
  const message = renderMessage(code, "elsewhere", params);
  return {
    code,
    severity,
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
