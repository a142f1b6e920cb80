/**
 * A totals row under a list (合计 … 269,000 … 共3家, Grand Total: 2, Grand Totals (2 records)): a
 * label first, then only amounts (or a sum kept as text, =SUM(I4:I9)), blanks or a count of the
 * customers. It sums customers and is none: check, clean, IDs, duplicates, insights and exports
 * leave it as it is. Phone numbers are no amounts, so a customer named 合计 or Total with a phone
 * (or any other text) stays a customer.
 */
import { isBlank, type CellValue } from './cell-value';
import { isNotesRow } from './notes-row';
import { isSectionRow } from './section-row';

const LABEL = String.raw`(?:合\s*计|总\s*计|小\s*计|共\s*计|总合计|汇\s*总|grand\s+totals?|sub-?\s*totals?|totals?|sum)`;
/** What a list counts, in English: 8 members, Total customers, Member count. */
const NOUN = String.raw`(?:customers?|clients?|contacts?|companies|company|accounts?|records?|rows?|entries|entry|items?|leads?|people|persons?|members?|subscribers?|users?|donors?|students?|patients?|guests?|households?|families|suppliers?|vendors?)`;
/** What a list counts, in Chinese: 客户总数, 总计客户, 会员人数. */
const HAN_NOUN = String.raw`(?:客户|会员|联系人|用户|公司|企业|记录)`;
/** A number with what it counts: 3家, 3 条, 3 位客户, 3 customers. */
const NUMBER = String.raw`\d[\d,，]*\s*(?:[家条个位名人户项笔单份行]${HAN_NOUN}?|${NOUN})?`;
/** A count as a note: 共3家, 共 3 条, 共计 8 人, 3 customers, 2 contacts, (3). */
const COUNT = String.raw`(?:共\s*计?\s*)?${NUMBER}`;
const COUNT_NOTE = new RegExp(String.raw`^(?:${COUNT}|[(（]\s*${COUNT}\s*[)）])$`, 'i');
/** A count after its label, plain or in brackets, maybe after a colon: Total: 8, Count = 8, 合计（3家）. */
const COUNTED = String.raw`\s*(?:[:：=]|\s[-–—])?\s*(?:${COUNT}|[(（]\s*${COUNT}\s*[)）])?$`;
/** The group a subtotal closes, before its label: 华东区小计, 华南区 合计, East Region Subtotal. */
const GROUP = String.raw`(?:\p{Script=Han}[\p{Script=Han}\d、]{0,11}\s*|(?:[a-z][\w&-]*\s+){1,3}(?=(?:sub-?\s*)?totals?\b))?`;
/**
 * The first cell: 合计, Total:, Grand Total: 2, 合计：共3家, Total (2), 华东区小计, a total of what the
 * list counts (Total members: 8, 总计客户：8 家), a count (Count 8, Member count: 8, Number of
 * customers: 8, 客户总数：8, 会员人数：8 人), or the whole count alone (共 8 条). The words must be
 * these and nothing else: Total Fitness Ltd and Count Dracula are customers.
 */
const LABEL_CELL = new RegExp(
  [
    String.raw`^${GROUP}${LABEL}(?:\s+(?:number\s+of\s+)?${NOUN}|\s*${HAN_NOUN})?${COUNTED}`,
    String.raw`^(?:(?:${NOUN}|${HAN_NOUN})\s*)?(?:count|(?:number|no\.?)\s+of\s+${NOUN}|总\s*数|总?人\s*数|[户家条]数|数\s*量)${COUNTED}`,
    String.raw`^(?:一\s*)?共\s*计?\s*${NUMBER}$`,
  ].join('|'),
  'iu',
);
/** A row number (序号 5) before the label. */
const ROW_NUMBER = /^\d{1,6}$/;
/** A cell left empty in a totals row: -, —, /. */
const PLACEHOLDER = /^[-—–/]{1,2}$/;

const CURRENCY_PREFIX = /^(?:rmb|cny|usd|us\$|eur|gbp|hkd|人民币|[¥￥$€£])\s*/i;
const AMOUNT_SUFFIX = /\s*(?:万元|亿元|千元|元|万|亿|k|rmb|cny|usd|eur|gbp|hkd|%)$/i;
const DIGITS = /^(?:\d[\d,，]*(?:\.\d+)?|\.\d+)$/;
/**
 * A sum typed where Excel keeps it as text (a column formatted as text shows =SUM(I4:I9), not its
 * result), or a CSV that wrote the formula: a function call or a cell reference after "=".
 */
const FORMULA_TEXT = /^=\s*(?:[a-z_][\w.]*\s*\(|\$?[a-z]{1,3}\$?\d+\b)/i;
/** Shapes only a phone has: a country code, a trunk 0, a mainland mobile, a North American number. */
const PHONE_DIGITS = /^(?:\+\d{7,}|00\d{7,}|0\d{6,}|(?:86)?1[3-9]\d{9}|1?[2-9]\d{2}[2-9]\d{6})$/;

/** A row that is about the list rather than in it, a totals row, a notes line or a section heading: left as it is, counted as no customer. */
export function isTotalsOrNotesRow(row: readonly CellValue[] | undefined): boolean {
  return isTotalsRow(row) || isNotesRow(row) || isSectionRow(row);
}

export function isTotalsRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return false;
  let labelled = false;
  let numbered = false;
  for (const value of row) {
    if (isBlank(value)) continue;
    if (!labelled) {
      // A 序号 column numbers the totals row too (5, 合计, …): one row number may stand before the label.
      if (!numbered && ROW_NUMBER.test(String(value).trim())) {
        numbered = true;
        continue;
      }
      if (typeof value !== 'string' || !LABEL_CELL.test(value.trim())) return false;
      labelled = true;
    } else if (!isTotalsCell(value)) {
      return false;
    }
  }
  return labelled;
}

function isTotalsCell(value: CellValue): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !PHONE_DIGITS.test(String(value));
  if (typeof value !== 'string') return false;
  const text = value.trim();
  if (PHONE_DIGITS.test(text)) return false;
  return isAmount(text) || COUNT_NOTE.test(text) || PLACEHOLDER.test(text) || FORMULA_TEXT.test(text);
}

/** 269,000 / ¥1,250.50 / USD 3,400 / 26.9万元 / 12.5% / -3 / (1,250). */
function isAmount(text: string): boolean {
  let s = text;
  if (s.startsWith('(') && s.endsWith(')')) s = s.slice(1, -1).trim();
  s = s
    .replace(/^[-+]\s*/, '')
    .replace(CURRENCY_PREFIX, '')
    .replace(/^[-+]\s*/, '')
    .replace(AMOUNT_SUFFIX, '');
  return DIGITS.test(s);
}
