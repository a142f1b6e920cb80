/**
 * Column profiling for matching: which columns carry nothing useful (empty, one value, a row
 * counter) and what an unmapped column holds (emails, phones, dates, short codes or text),
 * judged on an evenly spread sample of its cells.
 */
import type { CellValue } from '../sheet/cell-value';
import { isBlank } from '../sheet/cell-value';
import { cellString, cleanText, normaliseDate, normaliseEmail } from '../normalise';
import { readPhone, type PhoneContext } from '../normalise/phone-reading';

export type SniffedKind = 'email' | 'phone' | 'date' | 'code' | 'number' | 'address' | 'flag' | 'text';

export interface ColumnProfile {
  nonEmpty: number;
  /** Distinct sampled values; a light profile counts to two only (one value throughout, or more). */
  distinct: number;
  /** Unique per row and shaped like a record number: 1, 2, 3 … or C000123. */
  counter: boolean;
  kind: SniffedKind;
  /** Share of sniffed values that read as organisation names (Lakeside YMCA, 阳光社区服务中心). */
  organisations: number;
  /** Share of sniffed values an export starred out (138****8000, 张**). */
  masked: number;
  /** Share of sniffed values that are one person's page on a social network (linkedin.com/in/…). */
  profiles: number;
}

const SAMPLE = 20_000;
const MASKED = /[*＊]/;
/** Cells looked at to guess what an unmapped column holds. */
const SNIFF = 1_000;
const DATE_TEXT = /^\s*(?:\d{4}\s*[-/.年]\s*\d{1,2}|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}|(?:19|20)\d{6}\s*$)/;
/** A date with its month named (LinkedIn's Connected On: 12 Nov 2024; Nov 12, 2024), not a house number and a street. */
const NAMED_MONTH_DATE =
  /^\s*(?:\d{1,2}(?:st|nd|rd|th)?[\s\-/.]+\p{L}{3,9}\.?[\s\-/.,]+\d{4}|\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\s*$/iu;
/** One person's page on a social network: an account, as a member number is. */
const PROFILE_LINK =
  /^(?:https?:\/\/)?(?:[a-z]{2,3}\.)?(?:www\.)?(?:linkedin\.com\/(?:in|pub)|facebook\.com|(?:twitter|x|instagram|github)\.com|weibo\.com(?:\/u)?|xing\.com\/profile)\/[^\s/?#]+\/?$/i;
const ID_LIKE = /^([A-Za-z]{0,6}[-_#]?)(\d+)$/;
/** Amounts: with decimals or thousands separators (12.50, 1,200). Leading zeros make a code. */
const AMOUNT = /^[-+]?(?:[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)$/;
/** Whole numbers are amounts or counts when the header says so (a street number is not). */
const SMALL_INTEGER = /^[-+]?(?:[1-9]\d{0,3}|0)$/;
const AMOUNT_HEADER =
  /金额|价|额|数|费|分|amount|price|total|count|qty|quantity|orders|spend|revenue|balance|value|score|sales|\bno\b|#|序号|行号/i;
/** A yes/no flag (Instant Profile: No, 是否会员: 是): half of all rows share each value, so it tells no one apart. */
const FLAG = /^(?:yes|no|y|n|true|false|是|否|√|×|✓|✗)$/i;
/** A street address: a house number then a word (12 Oak St, 1200 W Lake St), or a Chinese road and number. */
const STREET = /^\d+[a-z]?\s+\p{L}|\p{Script=Han}(?:路|街|道|巷|弄|大道)\s*\d+\s*号/iu;
/** Words that name organisations, not people. */
const ORGANISATION_WORDS =
  /\b(?:school|academy|college|university|center|centre|library|clinic|hospital|church|ymca|ywca|association|society|club|foundation|services?|council|department|agency|pantry|kitchen|restaurant|cafe|café|grill|bar|bistro|diner|deli|hotel|inn|house|shop|store|market|bank|museum|institute|company|corp|inc|llc|ltd|group|partners|program|office)\b|&|\d|'s\b|’s\b|(?:公司|中心|学校|小学|中学|大学|医院|诊所|银行|协会|基金会|商店|餐厅|酒店|超市|图书馆|委员会|服务站|社区|店|馆|所|局|厂|院)$/iu;

/** Values of column `col` (1-based) in the given records, evenly spread, at most SAMPLE of them. */
function sampleColumn(values: readonly CellValue[][], rows: Int32Array, col: number): CellValue[] {
  const step = Math.max(1, Math.floor(rows.length / SAMPLE));
  const out: CellValue[] = [];
  for (let k = 0; k < rows.length; k += step) out.push(values[rows[k]! - 1]?.[col - 1] ?? null);
  return out;
}

/** Non-blank cells of a sample, up to the SNIFF the kind is guessed from. */
function sniffCount(sample: readonly CellValue[]): number {
  let count = 0;
  for (let k = 0; k < sample.length && count < SNIFF; k++) if (!isBlank(sample[k])) count++;
  return count;
}

function readsAsPhone(value: CellValue, ctx: PhoneContext): boolean {
  const kind = readPhone(value, ctx).kind;
  return kind === 'valid' || kind === 'ambiguous';
}

/**
 * `sniff` false skips guessing the kind (mapped columns have one); `light` also skips telling a
 * row counter (a column the template maps to a phone or a name never is one) and counting
 * distinct values past two.
 */
export function profileColumn(
  values: readonly CellValue[][],
  rows: Int32Array,
  col: number,
  region: string,
  columnFormat?: string | null,
  sniff = true,
  light = false,
): ColumnProfile {
  const sample = sampleColumn(values, rows, col);
  const seen = new Set<string>();
  let nonEmpty = 0;
  let emails = 0;
  let phones = 0;
  let dates = 0;
  let digits = 0;
  let idLike = 0;
  let prefix: string | null = null;
  let lettered = false;
  let samePrefixAndWidth = 0;
  let ascending = 0;
  let descending = 0;
  let previous: number | null = null;
  let sniffed = 0;
  let amounts = 0;
  let streets = 0;
  let organisations = 0;
  let masked = 0;
  let flags = 0;
  let profiles = 0;
  const amountHeader = AMOUNT_HEADER.test(cellString(values[0]?.[col - 1] ?? null) ?? '');
  // Phones are a share of the cells sniffed: numbers stop being parsed once that share is reached
  // or out of reach, and a number's text is not wanted (a column of 1,000 landlines took 0.08 s).
  const sniffing = sniff ? sniffCount(sample) : 0;
  const phonesNeeded = sniffing * 0.8;
  const phoneContext: PhoneContext = { home: region.toUpperCase() || 'CN', keyOnly: true };
  for (const value of sample) {
    if (isBlank(value)) continue;
    nonEmpty++;
    // A light profile past its sniff that has seen two values only counts the rest.
    if (light && sniffed >= SNIFF && seen.size >= 2) continue;
    const text = cleanText(cellString(value) ?? '');
    if (light) {
      if (seen.size < 2) seen.add(text.toLowerCase());
      if (sniffed >= SNIFF) continue;
      if (typeof value === 'string' && ORGANISATION_WORDS.test(text)) organisations++;
      if (typeof value === 'string' && MASKED.test(text)) masked++;
      sniffed++;
      continue;
    }
    seen.add(text.toLowerCase());
    const n = typeof value === 'number' ? value : /^\d+$/.test(text) ? Number(text) : null;
    if (n !== null && previous !== null) {
      if (n > previous) ascending++;
      else if (n < previous) descending++;
    }
    previous = n;
    const id = ID_LIKE.exec(text);
    if (id) {
      idLike++;
      const shape = `${id[1]}${id[2]!.length}`;
      if (prefix === null) {
        prefix = shape;
        lettered = /[A-Za-z]/.test(id[1]!);
      }
      if (shape === prefix) samePrefixAndWidth++;
    }
    if (sniffed >= SNIFF) continue;
    if (typeof value === 'string' && ORGANISATION_WORDS.test(text)) organisations++;
    if (typeof value === 'string' && MASKED.test(text)) masked++;
    if (!sniff) {
      sniffed++;
      continue;
    }
    sniffed++;
    const integer =
      typeof value === 'number' ? Number.isInteger(value) && Math.abs(value) < 10_000 : SMALL_INTEGER.test(text);
    if ((typeof value === 'number' && !Number.isInteger(value)) || AMOUNT.test(text) || (integer && amountHeader))
      amounts++;
    if (PROFILE_LINK.test(text)) profiles++;
    if (STREET.test(text) && !NAMED_MONTH_DATE.test(text)) streets++;
    if (typeof value === 'boolean' || FLAG.test(text)) flags++;
    if (normaliseEmail(value).status === 'valid') emails++;
    const digitsOnly = text.replace(/[\s\-()+.]/g, '');
    if (/^\d+$/.test(digitsOnly)) {
      digits++;
      const open = phones < phonesNeeded && phones + 1 + sniffing - sniffed >= phonesNeeded;
      if (open && digitsOnly.length >= 7 && readsAsPhone(value, phoneContext)) phones++;
    }
    if (
      value instanceof Date ||
      (typeof value === 'string' && (DATE_TEXT.test(value) || NAMED_MONTH_DATE.test(value))) ||
      (typeof value === 'number' && columnFormat)
    ) {
      {
        const outcome = normaliseDate(value, { columnFormat });
        // A number of 1900-2100 alone reads as a year (date.yearOnly): amounts and counts are such numbers too.
        if (outcome.status === 'valid' || (outcome.status === 'ambiguous' && outcome.code !== 'date.yearOnly')) dates++;
      }
    }
  }
  const distinct = seen.size;
  const unique = nonEmpty >= 20 && distinct >= nonEmpty * 0.99;
  const monotonic = nonEmpty >= 20 && Math.max(ascending, descending) >= (nonEmpty - 1) * 0.98;
  // Record numbers: 1, 2, 3 … in row order, or one letter prefix and zero-padded digits (C000123)
  // in any order. Digits of one width in no order are data: mobiles, ID card and order numbers.
  const counter =
    unique && idLike >= nonEmpty * 0.95 && (monotonic || (lettered && samePrefixAndWidth >= nonEmpty * 0.95));
  const share = (count: number) => sniffed > 0 && count >= sniffed * 0.8;
  let kind: SniffedKind = 'text';
  if (share(flags)) kind = 'flag';
  else if (share(emails)) kind = 'email';
  else if (share(dates)) kind = 'date';
  else if (share(phones)) kind = 'phone';
  else if (share(amounts)) kind = 'number';
  else if (share(digits)) kind = 'code';
  else if (share(streets)) kind = 'address';
  const shareOf = (count: number) => (sniffed > 0 ? count / sniffed : 0);
  return {
    nonEmpty,
    distinct,
    counter,
    kind,
    organisations: shareOf(organisations),
    masked: shareOf(masked),
    profiles: shareOf(profiles),
  };
}
