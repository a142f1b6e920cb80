/**
 * Rules that hold while people type, one per field kind: what setup puts in a plan's `validations`
 * besides the dropdowns. Formulas are written for the span's first cell and avoid array constants
 * and names, which Excel refuses in validation formulas, and stay under its 255-character limit.
 */
import { columnLetter, cellAddress } from '../sheet/a1';
import type { Locale } from '../i18n/locale';
import { entryTexts, type EntryRuleKey } from '../i18n/entry-messages';
import type { RuleValidation } from '../plan/plan';
import type { Field, FieldKind, Template } from '../template/schema';
import { formatCustomerId } from './customer-ids';
import {
  ANY_COUNTRY,
  phoneExample,
  phoneShapeFormula,
  phoneShapeHolds,
  shapeOfFormula,
  type PhoneEntryShape,
} from './phone-entry-rule';

export interface RuleSpan {
  col: number;
  firstRow: number;
  lastRow: number;
}

/** Earliest date a date column accepts: Excel's serial dates start here. */
export const EARLIEST_DATE = '1900-01-01';
/** Excel's limits for a rule's titles and texts; a file with longer ones opens as damaged. */
const TITLE_MAX = 32;
const TEXT_MAX = 255;

/** Kinds a typo is most likely harmless in default to a warning; the template's `entry` wins. */
const SOFT_BY_DEFAULT: ReadonlySet<FieldKind> = new Set(['phone']);

export function isHardEntry(field: Field): boolean {
  return field.entry ? field.entry === 'hard' : !SOFT_BY_DEFAULT.has(field.kind);
}

/** The phone rule's formula for a list of the shape's kind (any country's numbers when not said). */
export function phoneFormula(cell: string, shape: PhoneEntryShape = ANY_COUNTRY): string {
  return phoneShapeFormula(cell, shape);
}

/**
 * What a phone rule's formula accepts, for a host that checks typed values itself (the demo grid):
 * the formula's own tables when given it, else any country's numbers.
 */
export function phoneRuleHolds(text: string, formula?: string): boolean {
  return phoneShapeHolds(text, (formula && shapeOfFormula(formula)) || ANY_COUNTRY);
}

/** What emailFormula accepts, for a host that checks typed values itself (the demo grid). */
export function emailRuleHolds(text: string): boolean {
  const at = text.indexOf('@');
  return (
    !text.includes(' ') &&
    at > 0 &&
    text.indexOf('@', at + 1) < 0 &&
    text.indexOf('.', at + 2) >= 0 &&
    !text.endsWith('.')
  );
}

/** One @ with something before it, a dot at least one character after it, no spaces, not ending in a dot. */
export function emailFormula(cell: string): string {
  return `=AND(ISERROR(FIND(" ",${cell})),LEN(${cell})-LEN(SUBSTITUTE(${cell},"@",""))=1,FIND("@",${cell})>1,ISNUMBER(FIND(".",${cell},FIND("@",${cell})+2)),RIGHT(${cell},1)<>".")`;
}

export function wholeFormula(cell: string, min: number): string {
  return `=AND(ISNUMBER(${cell}),${cell}>=${min},INT(${cell})=${cell})`;
}

/**
 * Unique in its column and in the template's pattern: the prefix, then at least `idDigits` digits,
 * each a number on its own (-"-", -" " and -"." are not; the digits read as one number took
 * C-000123, C 000123 and C(00123), which the demo grid's mirror refuses).
 */
export function idFormula(cell: string, col: number, template: Pick<Template, 'idPrefix' | 'idDigits'>): string {
  const letter = columnLetter(col);
  const prefix = template.idPrefix.length;
  const each = `MID(${cell},ROW(INDIRECT("${prefix + 1}:"&LEN(${cell}))),1)`;
  return (
    `=AND(COUNTIF($${letter}:$${letter},${cell})=1,EXACT(LEFT(${cell},${prefix}),"${template.idPrefix}"),` +
    `LEN(${cell})>=${prefix + template.idDigits},SUMPRODUCT(--ISERROR(-${each}))=0)`
  );
}

/**
 * IDs of more digits than Excel's 15 significant ones (an 18-digit member number): COUNTIF reads a
 * criterion of digits as a number, so it would count 202403150000000001 and …002 as one ID.
 */
const LONG_DIGIT_ID = /^\d{16,}$/;

/**
 * Unique in its column, and nothing more: the list's own IDs (00123) are in no pattern the template
 * knows. Where they are long digit strings (`example`, one of them), the cells counted are those
 * starting with the typed text less those longer: wildcards compare as text, never as a number.
 */
export function uniqueFormula(cell: string, col: number, example?: string): string {
  const letter = columnLetter(col);
  const column = `$${letter}:$${letter}`;
  if (example !== undefined && LONG_DIGIT_ID.test(example))
    return `=COUNTIF(${column},${cell}&"*")-COUNTIF(${column},${cell}&"?*")=1`;
  return `=COUNTIF(${column},${cell})=1`;
}

/** Whether an ID rule's formula asks for the template's pattern too (idFormula), not only a unique ID. */
export function idRuleShaped(formula: string): boolean {
  return formula.includes('EXACT(');
}

/**
 * The rule for a field's column, or undefined for kinds only Check governs (text, names, tags) and for
 * choices (dropdowns). `phone` is the list's phone shape (phone-entry-rule.ts), any country's when not given.
 * `ownId`, one of the list's IDs where it keeps IDs of its own style (customer-ids.ts `ownIdExample`):
 * the ID rule then asks for a unique ID only, as check accepts the list's IDs.
 */
export function entryRule(
  field: Field,
  span: RuleSpan,
  header: string,
  template: Pick<Template, 'idPrefix' | 'idDigits'>,
  locale: Locale,
  phone: PhoneEntryShape = ANY_COUNTRY,
  ownId?: string,
): RuleValidation | undefined {
  const cell = cellAddress(span.firstRow, span.col);
  const base = { ...span, allowBlank: true, strict: isHardEntry(field) };
  const texts = (key: EntryRuleKey, example?: string) => ruleTexts(key, header, locale, example);
  switch (field.kind) {
    case 'phone':
      return {
        kind: 'custom',
        ...base,
        formula: phoneFormula(cell, phone),
        ...texts('phone', phoneExample(phone, locale, false)),
      };
    case 'email':
      return { kind: 'email', ...base, formula: emailFormula(cell), ...texts('email') };
    case 'date':
      return { kind: 'date', ...base, min: EARLIEST_DATE, ...texts('date') };
    case 'money':
      return { kind: 'decimal', ...base, min: 0, ...texts('money') };
    case 'integer':
      return { kind: 'whole', ...base, min: 0, formula: wholeFormula(cell, 0), ...texts('integer') };
    case 'id':
      if (ownId !== undefined)
        return { kind: 'custom', ...base, formula: uniqueFormula(cell, span.col, ownId), ...texts('idOwn', ownId) };
      return {
        kind: 'custom',
        ...base,
        formula: idFormula(cell, span.col, template),
        ...texts('id', formatCustomerId(template, 123)),
      };
    default:
      return undefined;
  }
}

/**
 * The rule of a column holding more numbers of the phone field (座机, 公司电话, Work Phone beside 手机):
 * the same reading as the phone column's, hinted as a line with its area code and extension.
 */
export function secondPhoneRule(
  field: Field,
  span: RuleSpan,
  header: string,
  locale: Locale,
  phone: PhoneEntryShape = ANY_COUNTRY,
): RuleValidation | undefined {
  if (field.kind !== 'phone') return undefined;
  return {
    kind: 'custom',
    ...span,
    allowBlank: true,
    strict: isHardEntry(field),
    formula: phoneFormula(cellAddress(span.firstRow, span.col), phone),
    ...ruleTexts('phoneLine', header, locale, phoneExample(phone, locale, true)),
  };
}

function ruleTexts(key: EntryRuleKey, header: string, locale: Locale, example?: string) {
  const { prompt, error } = entryTexts(locale, key, { column: header, example });
  return {
    prompt: clip(prompt, TEXT_MAX),
    promptTitle: clip(header, TITLE_MAX),
    errorTitle: clip(header, TITLE_MAX),
    error: clip(error, TEXT_MAX),
  };
}

/** The texts a dropdown carries (the hint and the alert). */
export function choiceTexts(
  header: string,
  locale: Locale,
): { prompt: string; promptTitle: string; errorTitle: string; error: string } {
  const { prompt, error } = entryTexts(locale, 'choice', { column: header });
  return {
    prompt: clip(prompt, TEXT_MAX),
    promptTitle: clip(header, TITLE_MAX),
    errorTitle: clip(header, TITLE_MAX),
    error: clip(error, TEXT_MAX),
  };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max);
}
