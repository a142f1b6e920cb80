/**
 * What people type in a cell for "there is none" (无, 暂无, N/A, -, TBD, and in a phone, e-mail or ID
 * number 0), what a form tool writes for a question left unanswered ((跳过), (skipped)), and values an
 * export starred out (138****8000, lil***@163.com, 张**). The words are dedupe's (codeKey in
 * dedupe/compare/code.ts, so one list serves both), plus zeros of any length, which no phone or
 * address is. `noValueIn` is the one place that decides, for check (and so clean, the report and the
 * CRM export): a placeholder is no value rather than a bad one, and clean leaves it as typed: 无
 * may record that a customer has no phone where a blank says nobody asked, and which of the two the
 * user means is theirs to say.
 */
import { isBlank, type CellValue } from '../sheet/cell-value';
import type { Field, FieldKind } from '../template/schema';
import type { NormaliseOutcome } from '../normalise/types';
import { codeKey, SKIPPED_ANSWERS } from '../dedupe/compare/code';

const ZEROS = /^0+$/;
// —— and ー are how a Chinese or Japanese keyboard types a dash.
const DASHES = /[\u2010-\u2015\u2212\u30fc]/g;

/** Stars an export wrote over part of a value (脱敏): 138****8000, 110101********1234, li***@qq.com. */
const MASK_STARS = /[*＊]{2,}|\d[*＊]+\d/;
/** A platform's word for a value it hid whole (拼多多's [已脱敏], 隐私保护, 已隐藏), perhaps in brackets. */
const MASK_WORD = /^[[【(（]?\s*(?:已脱敏|脱敏|已隐藏|隐私保护|隐私号)\s*[\]】)）]?$/;
/**
 * A name an export starred out: 抖音's 张*, 李** and 欧阳**, 拼多多's 周*, 王*明; J*** S****. A visible
 * Han surname (one or two characters) or Latin initials, then stars.
 */
const MASKED_NAME = /^\p{Script=Han}{1,2}[*＊]+\p{Script=Han}?$|^[A-Za-z][*＊]{2,}(?:\s+[A-Za-z][*＊]{2,})*$/u;
/** Longer than any word for "none" (待补充, unknown, N/A): text this long is not checked for one. */
const LONGEST_WORD = 12;
/** Words for "not settled yet", which an option may well mean (a status 待定 is pending): no placeholder there. */
const PENDING = /^(?:待定|待补充|tbd|tba)$/i;
/** Kinds a word for "none" is no value in, beside the coded ones; a yes/no's 无 means no, an amount's - is zero. */
const WORD_KINDS: ReadonlySet<FieldKind> = new Set(['date', 'choice', 'multiChoice', 'text']);

/**
 * A value an export starred out (抖音, 拼多多 and 淘宝 orders give 138****8000): a real number or
 * address of which only part is shown. Not a bad value and not "none": check says it is masked, and
 * clean, which cannot restore the hidden digits, leaves it as typed.
 */
export function isMasked(value: CellValue | undefined): boolean {
  return typeof value === 'string' && (MASK_STARS.test(value) || MASK_WORD.test(value.trim()));
}

/** A person's name an export starred out (张*, 欧阳**): a real name, of which only the surname shows. */
export function isMaskedName(value: CellValue | undefined): boolean {
  return typeof value === 'string' && MASKED_NAME.test(value.normalize('NFKC').trim());
}

export function isPlaceholder(value: CellValue | undefined): boolean {
  if (value === undefined || isBlank(value) || isMasked(value)) return false;
  if (typeof value === 'number') return value === 0;
  if (typeof value !== 'string') return false;
  if (isSkippedAnswer(value)) return true;
  const key = codeKey(value.replace(DASHES, '-'));
  return key === null || ZEROS.test(key);
}

/**
 * What a form tool writes for a question the respondent skipped or left empty: 问卷星's (跳过) and
 * (空), 未作答, 未填写; (skipped), [No answer], Not answered. Brackets or none: the words alone say it.
 */
const SKIPPED = new RegExp(
  `^[[【(（<《]?\\s*(?:${SKIPPED_ANSWERS.map((word) => word.replace(/ /g, '\\s+')).join('|')})\\s*[\\]】)）>》]?$`,
  'i',
);

export function isSkippedAnswer(value: CellValue | undefined): boolean {
  return typeof value === 'string' && value.length <= 20 && SKIPPED.test(value.trim());
}

/** A word for "none" with no digit or star in it (-, 无, N/A, /, (跳过)): no date, place, option or text. */
export function saysNoValue(value: CellValue): boolean {
  if (typeof value !== 'string' || /[\d*＊]/.test(value)) return false;
  if (isSkippedAnswer(value)) return true;
  return value.length <= LONGEST_WORD && isPlaceholder(value);
}

/**
 * A date of zeros (0000-00-00, 0000-00-00 00:00:00, 00/00/0000): MySQL's "no date", which 有赞 and
 * other exports write for one nobody gave.
 */
const ZERO_DATE = /^(?:0{4}([-/.])00\1(?:00)|00([-/.])00\2(?:0{4}))(?:[ T]00:00(?::00)?)?$/;

export function isZeroDate(value: CellValue | undefined): boolean {
  return typeof value === 'string' && ZERO_DATE.test(value.trim());
}

/** Words for none that are names too, typed as letters alone: Li Na's given name Na, Nil, Null. */
const NAME_TOO = /^(?:na|nil|null)$/i;

/**
 * A word for none where a person's name goes (N/A, 无, -, TBD): no name. Letters that are a name too
 * (Na, Nil) are a name; 微信用户 and Unknown are dedupe's isNoName.
 */
export function isNamePlaceholder(value: CellValue | undefined): boolean {
  if (value === undefined || !saysNoValue(value)) return false;
  return !NAME_TOO.test(String(value).trim());
}

/**
 * What a filled cell of `field` holds instead of a value, if anything: a placeholder for none, or a
 * masked value. `status` is how the field's normaliser read the cell; `chineseIds` says an ID-number
 * column holds Chinese resident IDs (which pass words through as text).
 */
export function noValueIn(
  field: Field,
  value: CellValue,
  status: NormaliseOutcome['status'] | undefined,
  chineseIds = false,
): 'placeholder' | 'masked' | null {
  const kind = field.kind;
  if (kind === 'phone' || kind === 'email' || chineseIds) {
    if ((status === 'invalid' || chineseIds) && isPlaceholder(value)) return 'placeholder';
    // A starred-out e-mail (lil***@163.com) is still a well-formed address, but not the customer's whole one.
    if ((status === 'invalid' || kind === 'email') && isMasked(value)) return 'masked';
    return null;
  }
  if (kind === 'personName') return isMaskedName(value) ? 'masked' : isNamePlaceholder(value) ? 'placeholder' : null;
  if (kind === 'date' && status === 'invalid' && isZeroDate(value)) return 'placeholder';
  if (!WORD_KINDS.has(kind) || !saysNoValue(value)) return null;
  if ((kind === 'choice' || kind === 'multiChoice') && PENDING.test(String(value).trim())) return null;
  // Text takes any word; a date or option only one its normaliser reads as none of its own (未知 is a choice's "not given").
  return kind === 'text' || (status !== 'valid' && status !== 'empty') ? 'placeholder' : null;
}
