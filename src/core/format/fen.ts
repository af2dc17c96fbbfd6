/**
 * Money is integer fen everywhere in the core; these are the only ways it becomes yuan.
 * A non-integer reaching here is a bug upstream, so it throws rather than rounding silently.
 */
export function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen)) {
    throw new RangeError(`金额必须是整数分 / amount must be a whole number of fen: ${fen}`);
  }
}

/** Yuan as a number for JSON. Dividing an integer by 100 yields the double nearest the decimal, so it prints exactly. */
export function fenToYuan(fen: number): number {
  assertFen(fen);
  return fen / 100;
}

/** "274,000.00": thousands separators and always two decimals, as on a 统计表. */
export function formatYuan(fen: number): string {
  assertFen(fen);
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+$)/g, ",");
  const cents = (abs % 100).toString().padStart(2, "0");
  return `${sign}${yuan}.${cents}`;
}
