import type { CellValue } from "../cell";
import type { FieldKey } from "../fields";
import type { AccountCheck } from "../id/bank-account";
import type { IdCheck } from "../id/id-number";
import type { CompiledTemplate } from "../template/compile-template";
import { AMOUNT_EMPTY } from "./parse-amount";

/**
 * One table row as the rules read it, with a slot per field of its template (compile-template.ts)
 * and one more that stays empty, which a role the template lacks reads. A session owns one and
 * refills it for every row, so the hot loop allocates nothing per row; fields without a column
 * stay null / "".
 */
export class RowView {
  rowNumber = 0;
  hidden = false;
  readonly values: (CellValue | undefined)[];
  /** Trimmed cell text per field. */
  readonly texts: string[];
  /** Per money field's slot: integer fen, AMOUNT_EMPTY or AMOUNT_INVALID (other slots unused). */
  readonly fens: Float64Array;
  /** The row's amount (the sum of its summed money fields): integer fen, AMOUNT_EMPTY or AMOUNT_INVALID. */
  amountFen = AMOUNT_EMPTY;
  /** The person's ID as compared for duplicates: half-width, upper-case X. */
  idNumber = "";
  idCheck: IdCheck = "empty";
  accountCheck: AccountCheck = "empty";

  constructor(private readonly compiled: Pick<CompiledTemplate, "slots" | "emptySlot">) {
    const size = compiled.emptySlot + 1;
    this.values = new Array(size).fill(null);
    this.texts = new Array(size).fill("");
    this.fens = new Float64Array(size).fill(AMOUNT_EMPTY);
  }

  /** A field's text by key ("" for a field the template lacks); rules in the hot loop read slots. */
  text(key: FieldKey | null): string {
    return this.texts[key === null ? this.compiled.emptySlot : (this.compiled.slots.get(key) ?? this.compiled.emptySlot)];
  }
}
