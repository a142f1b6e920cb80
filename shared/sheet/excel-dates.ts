/**
 * Excel serial day numbers <-> dates, in the 1900 date system that Excel and Google Sheets share
 * for their serials (serial 1 = 1900-01-01; Excel's fictitious 1900-02-29 is serial 60).
 */
const MS_PER_DAY = 86_400_000;
// Serial 25569 is 1970-01-01; serials after the 1900 leap-year bug line up with this epoch.
const UNIX_EPOCH_SERIAL = 25569;

export function serialToDate(serial: number): Date {
  const whole = Math.floor(serial);
  const adjusted = whole < 61 ? whole + 1 : whole; // before 1900-03-01 Excel counts one day too few
  return new Date((adjusted - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
}

export function dateToSerial(date: Date): number {
  const days = Math.floor(date.getTime() / MS_PER_DAY) + UNIX_EPOCH_SERIAL;
  return days < 61 ? days - 1 : days;
}

/** Plausible serials for customer data: 1900-01-01 .. 2199-12-31. */
export function isPlausibleSerial(n: number): boolean {
  return Number.isFinite(n) && n >= 1 && n <= 109574;
}

/** Whether an Excel number format shows a date (d, m, y tokens outside quotes and brackets). */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const stripped = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  const tokens = stripped.toLowerCase();
  if (/[dy]/.test(tokens)) return true;
  return tokens.includes('m') && !/[hs]/.test(tokens); // "mm:ss" is a time, "mmm" alone a month
}
