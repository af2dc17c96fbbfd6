import type { CellValue } from "../../core/cell";
import { isCellError } from "../../core/cell";
import { fenToYuan } from "../../core/format/fen";
import { AMOUNT_EMPTY, AMOUNT_INVALID, parseAmountFen, type AmountScale } from "../../core/rows/parse-amount";
import type { TableCell } from "./package/worksheet-xml";

/** A money cell as an output writes it, and what the unit had typed where that differs. */
export interface MoneyCell {
  readonly cell: TableCell;
  /** For the cell's note: the value as typed (0.15 under 万元, “1,500”, “500元”, “１０００”), or null where the number is the same. */
  readonly original: string | null;
}

/**
 * One unit per money column in every output: the amount in 元 as the check read it (its 万元 scale,
 * its text parsing), so Excel's SUM of the column is the stated total. What the check could not read
 * stays as typed, flagged by its own issue.
 */
export function moneyCell(value: CellValue, scale: AmountScale): MoneyCell {
  const fen = parseAmountFen(value, scale);
  if (fen === AMOUNT_EMPTY) return { cell: null, original: null };
  if (fen === AMOUNT_INVALID) return { cell: isCellError(value) ? value.error : String(value), original: null };
  const yuan = fenToYuan(fen);
  if (typeof value === "number" && value === yuan) return { cell: yuan, original: null };
  return { cell: yuan, original: `原填：${String(value)}${scale === 10000 ? "（万元）" : ""}` };
}

/** A money column's heading in an output: in 元, whatever the unit's heading said. */
export function yuanHeading(label: string): string {
  const bare = label.replace(/[（(]\s*万?元\s*[)）]/g, "").trim();
  return `${bare}（元）`;
}
