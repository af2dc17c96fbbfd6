/**
 * Whether a number format shows a date. Built-in ids 14–22 and 45–47 are dates and times in every
 * locale; 27–36 and 50–58 are the Chinese-locale dates (yyyy"年"m"月"d"日"…). A custom code is a
 * date when, outside quoted text and [colour]/[locale] brackets, it uses y, m, d, h or s.
 */
export function isDateFormat(numFmtId: number, formatCode: string | undefined): boolean {
  if (formatCode === undefined) {
    return (
      (numFmtId >= 14 && numFmtId <= 22) ||
      (numFmtId >= 27 && numFmtId <= 36) ||
      (numFmtId >= 45 && numFmtId <= 47) ||
      (numFmtId >= 50 && numFmtId <= 58)
    );
  }
  const bare = formatCode.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/\\./g, "");
  return /[ymdhs]/i.test(bare);
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Mac workbooks saved with the 1904 date system count days from 1904-01-01. */
const DAYS_1900_TO_1904 = 1462;

/** An Excel serial day as a UTC date (the 1900 leap-year bug only shifts dates before March 1900). */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(EXCEL_EPOCH_MS + Math.round((serial + (date1904 ? DAYS_1900_TO_1904 : 0)) * DAY_MS));
}

/** The UTC fields are the date Excel shows (serial days and exceljs's dates are both UTC). */
export function isoDate(date: Date): string {
  const month = String(date.getUTCMonth() + 1).padStart(2, "0");
  const day = String(date.getUTCDate()).padStart(2, "0");
  return `${date.getUTCFullYear()}-${month}-${day}`;
}
