import type { CellValue } from "../cell";
import { FIELD_KEYS, type FieldKey } from "../fields";
import type { AccountCheck } from "../id/bank-account";
import type { IdCheck } from "../id/id-number";
import { AMOUNT_EMPTY } from "./parse-amount";

export const FIELD_COUNT = FIELD_KEYS.length;

/** Position of each field in a RowView's arrays. */
export const FIELD_INDEX = Object.fromEntries(FIELD_KEYS.map((key, index) => [key, index])) as Readonly<
  Record<FieldKey, number>
>;

/**
 * One table row as the rules read it. A session owns one and refills it for every row, so the
 * hot loop allocates nothing per row; fields without a column stay null / "".
 */
export class RowView {
  rowNumber = 0;
  hidden = false;
  readonly values: (CellValue | undefined)[] = new Array(FIELD_COUNT).fill(null);
  /** Trimmed cell text per field. */
  readonly texts: string[] = new Array(FIELD_COUNT).fill("");
  /** Integer fen, AMOUNT_EMPTY or AMOUNT_INVALID. */
  amountFen = AMOUNT_EMPTY;
  /** The ID as compared for duplicates: half-width, upper-case X. */
  idNumber = "";
  idCheck: IdCheck = "empty";
  accountCheck: AccountCheck = "empty";

  text(key: FieldKey): string {
    return this.texts[FIELD_INDEX[key]];
  }
}
