/**
 * What one cell looks like, judged from its text alone: a company (legal or trade suffix), a
 * person's name (a Han name led by a common surname, or "First Last"), an ID code, a date, a
 * phone number, an email address or a number. Column mapping uses these shapes as evidence; they
 * are deliberately cheap regular expressions, not the normalisers (which decide validity).
 */
import type { CellValue } from '../sheet/cell-value';
import { isOrganisationName } from '../normalise/organisation-name';
import { isPerson } from '../normalise/person-shape';
import { readRemarkName } from '../normalise/remark-name';
import { stripCurrency, type Sign } from '../normalise/currency-signs';

export type ValueShape = 'company' | 'person' | 'id' | 'date' | 'phone' | 'email' | 'number' | 'text';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Times in 24 or 12 hours: Salesforce reports write 3/15/2024 9:41 AM.
// Exports write the zone after the time: Shopify's 2024-03-05 14:22:10 -0500, ISO's Z or +08:00.
const DATE_YMD =
  /^\d{4}\s*[-/.年]\s*\d{1,2}(\s*[-/.月]\s*\d{1,2}\s*日?)?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:\s?[ap]\.?m\.?)?(?:\s?(?:[+-]\d{2}:?\d{2}|z|utc|gmt))?)?$/i;
const DATE_DMY = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?: \d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?)?$/i;
const DATE_WORDS = /^(\d{1,2} )?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* (\d{1,2},? )?\d{4}$/i;
const DATE_COMPACT = /^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
// Birthdays kept without the year: 04-21, 3/14, 5月2日.
const DATE_MONTH_DAY = /^(0?[1-9]|1[0-2])\s*[-/.月]\s*(0?[1-9]|[12]\d|3[01])\s*日?$/;
// A short or Taiwan (民國) year with 年月日: 90年3月5日, 113年3月5日, 民國69年9月15日.
const DATE_SHORT_YEAR = /^(?:中[華华])?(?:民[國国]\s*)?\d{2,3}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]?$/;
// Marketplaces export buyers' mobiles masked: 139****1234.
const MASKED_MOBILE = /^1[3-9]\d\*{4}\d{4}$/;
const CN_MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/;
// QuickBooks' Customer Contact List labels each number: "Phone:(305) 909-1726 Mobile:(615) 925-7247";
// Facebook Lead Ads' export marks its numbers as text with p: (p:+13055550199).
const LABELLED_PHONES =
  /^(?:(?:phone|mobile|cell|tel|telephone|home|work|office|fax|alt\.?\s*phone|p|手机|电话)\s*[:：]\s*\+?[\d(][\d\s\-().]{6,21}\s*)+$/i;
const PHONE_CHARS =
  /^\+?[\d\s\-().]{7,22}(?:\s*(?:ext\.?|extn\.?|x|#|转|轉|分机号?|分機號?|内线|內線)\s*:?\s*\d{1,7})?$/i;
// Amounts as Chinese, English and (the last forms) continental European lists write them: 1.234,56 €,
// and French ones with spaced thousands: 12 345,67 € (a comma's cents or the euro sign tell it from a phone).
const MONEY =
  /^[¥￥$€£]?\s?-?\d{1,3}(?:,\d{3})*(?:\.\d+)?\s?(?:元|万|rmb|cny|usd)?$|^[¥￥$€£]?\s?-?\d+(?:\.\d+)?\s?(?:元|万|rmb|cny|usd)?$|^€?\s?-?\d{1,3}(?:\.\d{3})*(?:,\d+)?\s?(?:€|eur)?$|^-?\d{1,3}(?: \d{3})*(?:,\d{1,2}\s?(?:€|eur)?|\s?(?:€|eur))$/i;
// An amount with cents (12474.31, 7302.54): no phone and no year and month, which a point also joins (2024.05).
const CENTS = /^-?\d+\.\d{1,2}$/;
const YEAR_MONTH = /^(?:19|20)\d{2}\.(?:0?[1-9]|1[0-2])$/;
// An order's number as Shopify and other shops show it (#1001, #SO-1042): a record's number, no name.
const HASH_NUMBER = /^#[A-Za-z]{0,4}-?\d{3,}$/;
// A person with their e-mail, as 飞书's person fields and mail clients write one: 何静(hejing@corp.cn), Sarah Lee <sarah@acme.com>.
const NAME_WITH_EMAIL = /^([^@()<>（）]+?)\s*[(（<]\s*([^\s@()<>（）]+@[^\s@()<>（）]+\.[^\s@()<>（）]+)\s*[)）>]$/;
// Several of them in one cell: 何静(hejing@corp.cn),王磊(wanglei@corp.cn).
const PEOPLE_SEPARATOR = /\s*[,，、;；]\s*/;
const CODE = /^[A-Za-z]{0,6}[-_]?\d{2,}(?:[-_]?[A-Za-z0-9]+)*$/;
// Digits in thousands or Indian groups (3,50,000), with a decimal point.
const GROUPED = /^-?(?:\d{1,3}(?:,\d{3})*|\d{1,2}(?:,\d{2})*,\d{3})(?:\.\d+)?$/;
const INDIAN_GROUPS = /^-?\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/;
// Letters run into plain digits are a code (CAD123, INR2024), whatever currency the letters spell.
const LETTERS_THEN_DIGITS = /^[a-z]{2,6}[-_]?\d+$/i;

/**
 * An amount with a sign or word the money reader knows beyond MONEY's (Rs. 3,50,000.00, ₹50,000,
 * HK$12,500.00, USD 1,200, 1,250.00 SGD), or in Indian digit groups (1,25,000).
 */
function isSignedAmount(s: string): boolean {
  if (!/\d/.test(s) || LETTERS_THEN_DIGITS.test(s)) return false;
  const sign: Sign = { currency: null };
  const bare = stripCurrency(s.toLowerCase().replace(/\s+/g, ''), sign);
  return GROUPED.test(bare) && (sign.currency !== null || INDIAN_GROUPS.test(bare));
}
const MIXED_CODE = /^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9_-]{5,24}$/;

export function valueShape(value: CellValue | undefined): ValueShape | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return 'date';
  if (typeof value === 'boolean') return 'text';
  if (typeof value === 'number') return numberShape(value);
  // Shopify and other exports keep numbers as text with a leading ' ('+15125550148): the mark is no part of the value.
  const s = value
    .normalize('NFKC')
    .trim()
    .replace(/^'(?=[+\d(])/, '');
  if (s === '') return null;
  // Before the e-mail test, which a name and address without a space between them pass.
  if (isPersonWithEmail(s)) return 'person';
  if (EMAIL.test(s)) return 'email';
  if (CENTS.test(s) && !YEAR_MONTH.test(s)) return 'number';
  if (
    DATE_YMD.test(s) ||
    DATE_DMY.test(s) ||
    DATE_WORDS.test(s) ||
    DATE_COMPACT.test(s) ||
    DATE_MONTH_DAY.test(s) ||
    DATE_SHORT_YEAR.test(s)
  )
    return 'date';
  if (MASKED_MOBILE.test(s) || LABELLED_PHONES.test(s)) return 'phone';
  const digits = s.replace(/\D/g, '');
  if (CN_MOBILE.test(s.replace(/[\s-]/g, ''))) return 'phone';
  if (
    PHONE_CHARS.test(s) &&
    digits.length >= 7 &&
    digits.length <= 15 &&
    (/[\s\-().+]/.test(s) || /^0\d{9,11}$/.test(s))
  )
    return 'phone';
  if (MONEY.test(s) && (digits.length <= 9 || /[.,¥￥$€£元万]/.test(s))) return 'number';
  if (isSignedAmount(s)) return 'number';
  // A bare run of 10-15 digits is a phone typed without spaces as often as an ID: call it a number, which neither field rejects.
  if (/^\d{10,15}$/.test(s)) return 'number';
  // A remark name (张三-杭州源泉科技, Tom Lee - Acme Ltd) names a person, at an organisation.
  if (readRemarkName(s)) return 'person';
  if (isOrganisationName(s)) return 'company';
  if (isPerson(s)) return 'person';
  if (CODE.test(s) || MIXED_CODE.test(s) || HASH_NUMBER.test(s)) return 'id';
  return 'text';
}

// A short note after a number, as teams type one: 13911112222 (微信同号), 0571-8888 6666 办公, … / 微信同号, +44 7911 123456 (work).
const BRACKETED_NOTE = /^(.*\d)\s*[(（]\s*([^()（）]{1,20})\s*[)）]$/;
const SPACED_NOTE = /^(.*\d)(?:\s*[/／]\s*|\s+)(\p{L}[^\d]{0,19})$/u;

/**
 * Whether a cell is a phone number with a short note after it (13911112222 (微信同号)): a phone column
 * whose team notes every number is still the phones. Whether the number is valid is the normaliser's.
 */
export function isPhoneWithNote(value: CellValue | undefined): boolean {
  if (typeof value !== 'string') return false;
  const s = value.normalize('NFKC').trim();
  const noted = BRACKETED_NOTE.exec(s) ?? SPACED_NOTE.exec(s);
  return noted !== null && valueShape(noted[1]) === 'phone';
}

/** One person's name with their e-mail after it in brackets (Jane Doe (jane@acme.com), Tom Reed <tom@acme.com>), read apart. */
export function nameWithEmail(text: string): { name: string; email: string } | null {
  if (!text.includes('@')) return null;
  const m = NAME_WITH_EMAIL.exec(text.normalize('NFKC').trim());
  const name = m?.[1]?.trim();
  return m && name && isPerson(name) ? { name, email: m[2]! } : null;
}

/** Whether every part of the cell is a person's name with their e-mail after it in brackets. */
export function isPersonWithEmail(value: CellValue | undefined): boolean {
  if (typeof value !== 'string' || !value.includes('@')) return false;
  const s = value.normalize('NFKC').trim();
  return s.split(PEOPLE_SEPARATOR).every((part) => {
    const name = NAME_WITH_EMAIL.exec(part)?.[1];
    return name !== undefined && isPerson(name.trim());
  });
}

/** 1920-01-01 as an Excel serial: a smaller number in a date column is no date a host read as a serial. */
const EARLIEST_SERIAL = 7306;
// What only an amount carries: a currency mark or unit, thousands separators, cents.
const AMOUNT_MARKS = /[¥￥$€£元万]|rmb|cny|usd|eur|\d,\d{3}|\.\d{2}$/i;

/**
 * Whether a cell of shape `number` is an amount no date could be (¥128.00, 59.9): a date column's
 * serial numbers (45480) are not, so a last purchase's amount under 最近消费 is told from its date.
 */
export function isAmount(value: CellValue | undefined): boolean {
  if (typeof value === 'number') return value < EARLIEST_SERIAL;
  if (typeof value !== 'string') return false;
  const s = value.normalize('NFKC').trim();
  return AMOUNT_MARKS.test(s) || Number(s) < EARLIEST_SERIAL;
}

function numberShape(n: number): ValueShape {
  // An 11-digit mainland mobile typed as a number; other long integers may be phones or IDs.
  return Number.isInteger(n) && n >= 13e9 && n < 2e10 ? 'phone' : 'number';
}

// How a person is addressed (Outlook's Title, Google's Name Prefix): neither a name nor a job title.
const HONORIFIC =
  /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|rev|fr|mme|mlle|herr|frau|sr|sra|srta|lord|lady)\.?$|^(?:先生|女士|小姐|太太|夫人)$/i;

export function isHonorific(value: CellValue | undefined): boolean {
  return typeof value === 'string' && HONORIFIC.test(value.normalize('NFKC').trim());
}
