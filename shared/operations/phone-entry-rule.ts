/**
 * The phone rule at entry, taken from the way Check reads the list's phones (normalise/phone-region.ts):
 * how many digits a number may have, by the character it starts with. A rule formula cannot run
 * libphonenumber, so it accepts a little more than Check (never less, for the ways numbers are
 * written) and refuses what Check reports for sure: too few or too many digits (1234567 on a Chinese
 * list), letters and notes. The formula and its mirror (`phoneShapeHolds`) read the same tables.
 */
import { isSupportedCountry, validatePhoneNumberLength, type CountryCode } from 'libphonenumber-js/max';
import type { Locale } from '../i18n/locale';
import type { CellValue } from '../sheet/cell-value';
import { cellText, isBlank } from '../sheet/cell-value';
import type { HeaderMapping } from '../template/header-mapping';
import type { Template } from '../template/schema';
import { readPhoneSheet, rowRegionReader } from '../normalise/phone-region';

/**
 * Most digits a cell may hold: an E.164 number (15) with a seven-digit extension, and the longest any
 * country allows (19 with its country code: Japan's and Indonesia's service numbers) with a short one.
 * The table of counts is one character a digit, so the formula stays under 255 characters.
 */
export const MAX_PHONE_DIGITS = 22;
/** Fewest digits of an international number (+49 and a 4-digit German number), as libphonenumber's metadata has them. */
export const MIN_INTERNATIONAL_DIGITS = 6;
/** Fewest digits of any country's national number (Niue's 4002): a list of several countries accepts them. */
export const MIN_NATIONAL_DIGITS = 4;
/** Fewest rows with a phone for the list's reading to say its region (normalise/phone-region.ts's majority). */
const EVIDENCE_ROWS = 3;
/** Regions dialled with +1 and ten digits: their numbers alone decide the rule. */
const NANP = new Set(['US', 'CA']);

const DIGITS = '0123456789';
const WIDE_DIGITS = '０１２３４５６７８９';
/**
 * Characters a phone cell may hold besides digits: the separators phone-parse.ts folds (full-width
 * ones too), a slashed area code (310/246-1501), and the extension words phone-reading.ts reads
 * (转 801, 分机号 801, 内线, ext. 12, x12, #12). Labels (手机：) and the spelt-out "extension" are Check's only.
 */
const OTHER_CHARACTERS = ' +-().－（）＋/:：#转轉分机機号號内內线線extEXT';

/**
 * Digit counts a cell may hold, for a first character that is each digit 0-9 (`leads[0..9]`), an
 * opening bracket (`leads[10]`: an area code's, (021) 6234 5678, or a country code's, (852) 2987 6543),
 * the two digits 10 (`leads[11]`: Beijing's area code without its 0, a carrier's 100xx; else as 1)
 * and any other (`leads[12]`: +, a full-width digit).
 */
export interface PhoneEntryShape {
  /** The region whose numbers the hint shows, or null for a list of several countries. */
  region: string | null;
  leads: readonly (readonly number[])[];
}

/**
 * First characters with their own entry in a shape's `leads`, the last of which any other shares. A
 * cell led by 10 is looked up as TEN_LEAD (the formula swaps 10 for it before taking the first character).
 */
const TEN_LEAD = 'A';
const LEADS = `${DIGITS}(${TEN_LEAD}`;

const range = (from: number, to = MAX_PHONE_DIGITS) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function shapeOf(
  region: string | null,
  digitLeads: (lead: number) => number[],
  own: { ten?: number[]; bracket?: number[] } = {},
): PhoneEntryShape {
  const leads = [...DIGITS].map((_, lead) => digitLeads(lead));
  // A bracket may open any national number; a full-width first digit (１３８…) is read as any other
  // first character, with +: it may be any digit's number, or an international one.
  const anyDigit = range(1).filter((n) => leads.some((counts) => counts.includes(n)));
  const other = range(1).filter((n) => n >= MIN_INTERNATIONAL_DIGITS || anyDigit.includes(n));
  return { region, leads: [...leads, own.bracket ?? anyDigit, own.ten ?? leads[1]!, other] };
}

/**
 * A Chinese list: mobiles have eleven digits, 400 lines ten, landlines with their 0 ten to twelve;
 * shorter are only China's service numbers (95588, 96xxx up to eight digits; 10086 and 12315, five)
 * and an area code's short numbers written with their 0 (020-96648). Such a short number typed
 * without its 0 (2096648) is the one form Check reads that this rule refuses: typed so, it is a
 * 7-digit number like any mistake. Led by 1, ten digits are a mobile one digit short (1381234567),
 * unless led by 10: Beijing's line without its 0 (10 6234 5678); the formula reads 10 as a first 9,
 * so 10 with six to nine digits passes too. A bracket opens an area code.
 */
const CHINA = shapeOf(
  'CN',
  (lead) => (lead === 0 ? range(8) : lead === 9 ? range(5) : lead === 1 ? [5, ...range(11)] : range(10)),
  { ten: [5, ...range(10)], bracket: range(8) },
);
/**
 * A North American list: ten digits, or eleven with its 1; China's mobiles and 400 lines that Check
 * reads on any list have ten or more too. (Check also takes 310-xxxx, a 7-digit Californian service.)
 */
const NORTH_AMERICA = shapeOf('US', () => range(10));
/** A list of several countries: any country's shortest national number (and China's 5-digit services). */
export const ANY_COUNTRY = shapeOf(null, () => range(MIN_NATIONAL_DIGITS));

/** A list of another region: its shortest national number, and the ten digits of the shapes Check reads everywhere. */
function regionShape(region: string): PhoneEntryShape {
  // A region libphonenumber does not know: Check reads no bare number in it either.
  if (!isSupportedCountry(region)) return ANY_COUNTRY;
  // The lengths its metadata allows a national number (the digits themselves do not matter here).
  const fewest = range(MIN_NATIONAL_DIGITS, 10).find(
    (n) => validatePhoneNumberLength('5'.repeat(n), region as CountryCode) === undefined,
  );
  return shapeOf(region, () => range(fewest ?? 10));
}

/** The shape of a list of one region's numbers. */
export function regionPhoneShape(region: string): PhoneEntryShape {
  if (region === 'CN') return CHINA;
  if (NANP.has(region)) return { ...NORTH_AMERICA, region };
  return regionShape(region);
}

/**
 * The shape of a list's phone columns, from the reading Check gives them: the list's region (its
 * majority, `also` regions adding only second readings), or any country where a country column names
 * another one. A list with too few phones to say keeps the template's region when it is written in
 * that region's language, else accepts any country's numbers.
 */
export function phoneEntryShape(
  values: readonly (readonly CellValue[] | undefined)[],
  mapping: HeaderMapping,
  template: Template,
  locale: Locale,
): PhoneEntryShape {
  const reading = readPhoneSheet(values, mapping, template);
  if (reading.countryCol) {
    const rowRegion = rowRegionReader(reading);
    for (let r = 1; r < values.length; r++) {
      const region = rowRegion(values[r]);
      if (region !== null && region !== reading.sheet) return ANY_COUNTRY;
    }
  }
  if (reading.sheet !== reading.home || phoneRows(values, mapping, template) >= EVIDENCE_ROWS)
    return regionPhoneShape(reading.sheet);
  const homeLanguage: Locale = reading.home === 'CN' ? 'zh-CN' : 'en-US';
  return homeLanguage === locale ? regionPhoneShape(reading.home) : ANY_COUNTRY;
}

function phoneRows(
  values: readonly (readonly CellValue[] | undefined)[],
  mapping: HeaderMapping,
  template: Template,
): number {
  const phone = new Set(template.fields.filter((f) => f.kind === 'phone').map((f) => f.key));
  const cols = mapping.columns.filter((c) => c.field && phone.has(c.field)).map((c) => c.col);
  let rows = 0;
  for (let r = 1; r < values.length && rows < EVIDENCE_ROWS; r++)
    if (cols.some((col) => !isBlank(values[r]?.[col - 1] ?? null))) rows++;
  return rows;
}

/** Lead classes: the distinct digit-count sets of a shape (at most five, one bit each in the formula's table). */
function classesOf(shape: PhoneEntryShape): { classOfLead: number[]; sets: (readonly number[])[] } {
  const sets: (readonly number[])[] = [];
  const classOfLead = shape.leads.map((counts) => {
    const key = counts.join(',');
    let index = sets.findIndex((s) => s.join(',') === key);
    if (index < 0) index = sets.push(counts) - 1;
    return index;
  });
  if (sets.length > 5) throw new Error('a phone shape has at most five kinds of first character');
  return { classOfLead, sets };
}

/** Excel's limit for a rule's formula; a file with a longer one opens as damaged. */
const FORMULA_MAX = 255;
/** Where each first character's entry is in `leads`. */
const TEN = LEADS.indexOf(TEN_LEAD);
/** The first characters the formula looks up: 10 has no entry of its own there. */
const FORMULA_LEADS = LEADS.replace(TEN_LEAD, '');
const OTHER = LEADS.length;

/**
 * The rule formula for the span's first cell. It counts the cell's digits (half- or full-width; a
 * character outside the allowed ones makes FIND fail, which IFERROR turns into a refusal), then looks
 * up that count in a table of 22 letters whose bits (of the letter's code, 64 plus at most 31) say
 * which kinds of first character take it. No array constants or names (Excel refuses them in rules),
 * and under 255 characters. Where the shape tells a cell led by 10 from one led by another 1 (a
 * Chinese list), the formula reads 10 as a first 9, whose counts hold 10's, while it still fits (a
 * phone column A to Z); elsewhere 10 takes what any 1 takes.
 */
export function phoneShapeFormula(cell: string, shape: PhoneEntryShape): string {
  const ten = shape.leads[TEN]!;
  const one = shape.leads[1]!;
  const nine = shape.leads[9]!;
  if (ten.join(',') !== one.join(',') && ten.every((n) => nine.includes(n))) {
    const formula = shapeFormula(cell, { ...shape, leads: shape.leads.map((c, i) => (i === TEN ? nine : c)) }, true);
    if (formula.length <= FORMULA_MAX) return formula;
  }
  const merged = range(1).filter((n) => ten.includes(n) || one.includes(n));
  return shapeFormula(
    cell,
    { ...shape, leads: shape.leads.map((counts, i) => (i === 1 || i === TEN ? merged : counts)) },
    false,
  );
}

function shapeFormula(cell: string, shape: PhoneEntryShape, tenAsNine: boolean): string {
  const { classOfLead, sets } = classesOf(shape);
  const table = range(1)
    .map((count) =>
      String.fromCharCode(64 + sets.reduce((bits, s, k) => (s.includes(count) ? bits | (1 << k) : bits), 0)),
    )
    .join('');
  const digits = `SUMPRODUCT(--(FIND(MID(${cell},ROW(INDIRECT("1:"&LEN(${cell}))),1),"${DIGITS}${WIDE_DIGITS}${OTHER_CHARACTERS}")<21))`;
  // Any other first character is found at the end, where the cell itself is appended. SUBSTITUTE
  // changes the first character only where the cell starts with 10.
  const first = tenAsNine ? `LEFT(SUBSTITUTE(${cell},10,9))` : `LEFT(${cell})`;
  const classes = classOfLead.filter((_, i) => i !== TEN).join('');
  const lead = `MID("${classes}",FIND(${first},"${FORMULA_LEADS}"&${cell}),1)`;
  return `=IFERROR(ISODD(INT(CODE(MID("${table}",${digits},1))/2^${lead})),FALSE)`;
}

/** The shape a formula of phoneShapeFormula's encodes, or undefined for another formula. */
export function shapeOfFormula(formula: string): PhoneEntryShape | undefined {
  const match = /^=IFERROR\(ISODD\(INT\(CODE\(MID\("([@-_]{22})",.*\/2\^MID\("(\d{12})",/.exec(formula);
  if (!match) return undefined;
  const [table, leadClasses] = [match[1]!, match[2]!];
  const classes = [...leadClasses].map(Number);
  // 10 is read as a first 9 where the formula swaps it, else as any 1.
  classes.splice(TEN, 0, formula.includes('SUBSTITUTE(') ? classes[9]! : classes[1]!);
  const leads = classes.map((k) => range(1).filter((count) => (table.charCodeAt(count - 1) >> k) & 1));
  return { region: null, leads };
}

/** What phoneShapeFormula accepts, for a host that checks typed values itself (the demo grid). */
export function phoneShapeHolds(value: CellValue, shape: PhoneEntryShape): boolean {
  const text = cellText(value);
  let digits = 0;
  for (const c of text) {
    if (DIGITS.includes(c) || WIDE_DIGITS.includes(c)) digits++;
    else if (!OTHER_CHARACTERS.includes(c)) return false;
  }
  const first = text.startsWith('10') ? TEN_LEAD : text.charAt(0);
  const lead = first === '' || !LEADS.includes(first) ? OTHER : LEADS.indexOf(first);
  return shape.leads[lead]!.includes(digits);
}

/** An example of a good value for the hint, in the way the list's region writes numbers. */
export function phoneExample(shape: PhoneEntryShape, locale: Locale, line: boolean): string {
  const extension = locale === 'zh-CN' ? ' 转 801' : ' ext. 12';
  switch (shape.region) {
    case 'CN':
      return line ? `010-62345678${extension}` : '13800138000';
    case 'US':
    case 'CA':
      return line ? `(415) 555-0134${extension}` : '(415) 555-0134';
    case 'GB':
      return line ? `020 7123 4567${extension}` : '07911 123456';
    default:
      return line ? `+44 20 7946 0958${extension}` : locale === 'zh-CN' ? '+86 138 0013 8000' : '+1 415 555 0134';
  }
}
