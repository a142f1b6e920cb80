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

/** A number format's tokens: lower-cased, without quoted text, brackets and escaped characters. */
function formatTokens(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .toLowerCase();
}

/** Whether an Excel number format shows a date (d, m, y tokens outside quotes and brackets). */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const tokens = formatTokens(format);
  if (/[dy]/.test(tokens)) return true;
  return tokens.includes('m') && !/[hs]/.test(tokens); // "mm:ss" is a time, "mmm" alone a month
}

/** The time of day a number format shows, as Custodian writes one: '' (none), hh:mm or hh:mm:ss. */
export function timeShown(format: string | null | undefined): '' | 'hh:mm' | 'hh:mm:ss' {
  if (!format) return '';
  const tokens = formatTokens(format);
  return /s/.test(tokens) ? 'hh:mm:ss' : /h/.test(tokens) ? 'hh:mm' : '';
}
