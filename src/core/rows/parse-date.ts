/** 2024-01-31, 2024/1/31, 2024.1.31, 2024年1月31日, 20240131 (adapters give real dates as YYYY-MM-DD). */
const DATE = /^(\d{4})(?:[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(\d{2})(\d{2}))$/;

/**
 * A date as clerks type it, as one comparable number (20240131), or null when the text is not a
 * date. Only a day that exists in its month counts: 2月30日 is a typo, not a date to compare.
 */
export function parseDateKey(text: string): number | null {
  const match = DATE.exec(text);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2] ?? match[4]);
  const day = Number(match[3] ?? match[5]);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return year * 10000 + month * 100 + day;
}

/** 20240131 → 2024-01-31, as messages show a date. */
export function formatDateKey(key: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${Math.floor(key / 10000)}-${pad(Math.floor(key / 100) % 100)}-${pad(key % 100)}`;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
