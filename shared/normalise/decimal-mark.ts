/**
 * Which mark a number uses for decimals: `.` (1,234.56: China, Britain, the US) or `,` (1.234,56:
 * French, German, Spanish and Italian Excel). One separator before three digits (1.500, 2,000) reads
 * either way, a thousand times apart: only the column's other numbers can say which (`decimalMarkOf`
 * in number.ts), as they say day or month first for dates (`dateOrderOf`).
 */
import type { DecimalMark } from './types';

// A first group with a leading zero groups nothing (0,500 is a decimal); e-notation has no thousands.
// India groups in twos above the thousands (1,28,050), which reads no other way.
const DOT_DECIMAL =
  /^(?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d?(?:,\d{2})+,\d{3}|\d+)(?:\.\d+)?$|^\.\d+$|^\d+(?:\.\d+)?e[-+]?\d{1,3}$/;
const COMMA_DECIMAL = /^(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+)(?:,\d+)?$|^\d+(?:,\d+)?e[-+]?\d{1,3}$/;

/** A number written `1.500` or `2,000` where nothing says which mark it uses: both readings, as decimal text. */
export interface TwoReadings {
  /** The separator groups thousands: 1500, 2000. */
  grouped: string;
  /** The separator marks decimals: 1.500, 2.000. */
  decimal: string;
}

/** Digits and separators as decimal text when `mark` reads them, else null. */
export function decimalTextIn(s: string, mark: DecimalMark): string | null {
  if (mark === '.') return DOT_DECIMAL.test(s) ? s.replace(/,/g, '') : null;
  return COMMA_DECIMAL.test(s) ? s.replace(/\./g, '').replace(',', '.') : null;
}

/**
 * Digits and separators (`1.234,56`: no sign, currency or spaces, lower case) as decimal text
 * (`1234.56`): the one way they read, else as `mark` reads them; both readings where `mark` is
 * unknown; null for no number.
 */
export function decimalText(s: string, mark: DecimalMark | undefined): string | TwoReadings | null {
  const dot = decimalTextIn(s, '.');
  const comma = decimalTextIn(s, ',');
  if (dot === null || comma === null || dot === comma) return dot ?? comma;
  if (mark) return mark === '.' ? dot : comma;
  return s.includes(',') ? { grouped: dot, decimal: comma } : { grouped: comma, decimal: dot };
}

/** The mark digits and separators show by reading only one way (1,234.56, 12.5, 88,50, 1.234.567), if they do. */
export function markShown(s: string): DecimalMark | undefined {
  const dot = DOT_DECIMAL.test(s);
  if (dot === COMMA_DECIMAL.test(s)) return undefined;
  return dot ? '.' : ',';
}

/**
 * Regions that write decimals with a comma (1.234,56): continental Europe, Latin America, Russia,
 * Turkey, Indonesia, Vietnam. Everywhere else (China, the US, Britain, India …) writes a point.
 */
const COMMA_REGIONS = new Set([
  'FR',
  'DE',
  'ES',
  'IT',
  'NL',
  'BE',
  'PT',
  'AT',
  'DK',
  'SE',
  'NO',
  'FI',
  'IS',
  'PL',
  'CZ',
  'SK',
  'HU',
  'RO',
  'BG',
  'GR',
  'HR',
  'SI',
  'RS',
  'BA',
  'LT',
  'LV',
  'EE',
  'LU',
  'UA',
  'BY',
  'RU',
  'KZ',
  'TR',
  'BR',
  'AR',
  'CL',
  'CO',
  'PE',
  'UY',
  'PY',
  'VE',
  'EC',
  'BO',
  'ID',
  'VN',
  'ZA',
]);

/** The decimal mark a region writes. */
export function regionDecimalMark(region: string): DecimalMark {
  return COMMA_REGIONS.has(region) ? ',' : '.';
}
