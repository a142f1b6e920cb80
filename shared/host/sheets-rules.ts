/**
 * Rules at entry in Google Sheets' terms, both ways: a plan's rule as a DataValidationBuilder call,
 * and Sheets' criteria as the core's rule (sheet/own-rules.ts). Sheets has no whole-number,
 * text-length or time rule: those are written as the custom formula that says the same. Criteria
 * with no such terms (checkbox, text contains, relative dates …) are reported, not guessed.
 */
import { cellAddress, columnLetter, rangeWithoutSheet } from '../sheet/a1';
import {
  operandValue,
  UNREAD,
  HOST_OPERATORS,
  RULE_OPERATORS,
  type OwnRule,
  type RuleOperator,
  type SheetRule,
} from '../sheet/own-rules';
import { isListValidation, isOwnValidation, type Validation } from '../plan/plan';
import { HostError } from './host';

export interface SheetsCriteria {
  /** A DataValidationBuilder method, e.g. requireValueInList. */
  method: string;
  args: unknown[];
  allowInvalid: boolean;
  help?: string;
}

/** What the server gives the mapping: a range of a sheet (null: no such sheet) and a date in the spreadsheet's zone. */
export interface SheetsTerms {
  range(sheet: string | undefined, a1: string): unknown;
  date(iso: string): unknown;
}

const NUMBER = HOST_OPERATORS;
const DATE = ['Between', 'NotBetween', 'EqualTo', '', 'After', 'Before', 'OnOrAfter', 'OnOrBefore'];

/** `cell op a [b]` as a formula, for what Sheets has no criteria for. */
function condition(subject: string, operator: RuleOperator, [a, b]: string[]): string {
  const ops: Record<RuleOperator, string> = {
    between: `AND(${subject}>=${a},${subject}<=${b})`,
    notBetween: `OR(${subject}<${a},${subject}>${b})`,
    equal: `${subject}=${a}`,
    notEqual: `${subject}<>${a}`,
    greaterThan: `${subject}>${a}`,
    lessThan: `${subject}<${a}`,
    greaterThanOrEqual: `${subject}>=${a}`,
    lessThanOrEqual: `${subject}<=${a}`,
  };
  return ops[operator];
}

function ownCriteria(rule: OwnRule, terms: SheetsTerms): Pick<SheetsCriteria, 'method' | 'args'> {
  const operator = rule.operator ?? 'between';
  const at = RULE_OPERATORS.indexOf(operator);
  const plain = rule.formulas.every((f) => !f.startsWith('='));
  if (rule.type === 'list' && rule.values) return { method: 'requireValueInList', args: [rule.values, true] };
  if (rule.type === 'list') {
    const ref = rule.formulas[0]!.slice(1);
    const sheet = ref.includes('!')
      ? ref.slice(0, ref.lastIndexOf('!')).replace(/^'|'$/g, '').replace(/''/g, "'")
      : undefined;
    return {
      method: 'requireValueInRange',
      args: [terms.range(sheet, rangeWithoutSheet(ref).replace(/\$/g, '')), true],
    };
  }
  if (rule.type === 'custom') return { method: 'requireFormulaSatisfied', args: [rule.formulas[0]] };
  if (rule.type === 'decimal' && plain)
    return { method: `requireNumber${NUMBER[at]}`, args: rule.formulas.map(operandValue) };
  if (rule.type === 'date' && plain && DATE[at])
    return { method: `requireDate${DATE[at]}`, args: rule.formulas.map((f) => terms.date(f)) };
  const cell = cellAddress(rule.firstRow, rule.col);
  const bounds = rule.formulas.map((f) =>
    f.startsWith('=')
      ? f.slice(1)
      : rule.type === 'date'
        ? `DATEVALUE("${f}")`
        : rule.type === 'time'
          ? `TIMEVALUE("${f}")`
          : f,
  );
  const subject = rule.type === 'textLength' ? `LEN(${cell})` : cell;
  const whole = rule.type === 'whole' ? `,INT(${cell})=${cell}` : '';
  return {
    method: 'requireFormulaSatisfied',
    args: [`=AND(ISNUMBER(${subject})${whole},${condition(subject, operator, bounds)})`],
  };
}

/** The builder call for a plan's rule. */
export function sheetsCriteria(v: Validation, terms: SheetsTerms): SheetsCriteria {
  const sheetRange = (sheet: string, a1: string) => {
    const range = terms.range(sheet, a1);
    if (range === null)
      throw HostError.fixed('validations', 'optionsSheetMissing', { col: columnLetter(v.col), sheet });
    return range;
  };
  if (isOwnValidation(v)) {
    const guarded = {
      ...terms,
      range: (sheet: string | undefined, a1: string) => (sheet ? sheetRange(sheet, a1) : terms.range(sheet, a1)),
    };
    // Sheets shows one text, on the selected cell and with a rejected value.
    const help = v.error ?? v.prompt;
    return { ...ownCriteria(v, guarded), allowInvalid: v.alert !== 'stop', ...(help ? { help } : {}) };
  }
  const help = v.error ?? v.prompt;
  const base = { allowInvalid: !v.strict, ...(help ? { help } : {}) };
  if (isListValidation(v))
    return v.source.kind === 'inline'
      ? { ...base, method: 'requireValueInList', args: [v.source.values, true] }
      : {
          ...base,
          method: 'requireValueInRange',
          args: [sheetRange(v.source.sheet, rangeWithoutSheet(v.source.range).replace(/\$/g, '')), true],
        };
  if (v.kind === 'email') return { ...base, method: 'requireTextIsEmail', args: [] };
  if (v.kind === 'date') return { ...base, method: 'requireDateOnOrAfter', args: [terms.date(v.min)] };
  if (v.kind === 'decimal') return { ...base, method: 'requireNumberGreaterThanOrEqualTo', args: [v.min] };
  // Sheets has no whole-number rule: the formula says it.
  return { ...base, method: 'requireFormulaSatisfied', args: [v.formula] };
}

/** What Sheets reports of a cell's rule (DataValidation). */
export interface SheetsReadRule {
  getCriteriaType(): unknown;
  getCriteriaValues(): unknown[];
  getAllowInvalid(): boolean;
  getHelpText(): string | null;
}

const READ_OPERATORS: Record<string, RuleOperator> = {
  BETWEEN: 'between',
  NOT_BETWEEN: 'notBetween',
  EQUAL_TO: 'equal',
  NOT_EQUAL_TO: 'notEqual',
  GREATER_THAN: 'greaterThan',
  AFTER: 'greaterThan',
  LESS_THAN: 'lessThan',
  BEFORE: 'lessThan',
  GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
  ON_OR_AFTER: 'greaterThanOrEqual',
  LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
  ON_OR_BEFORE: 'lessThanOrEqual',
};

/** A range argument (VALUE_IN_RANGE) as the server names it: `'Sheet'!A1:A9`. */
export type RangeName = (range: unknown) => string;

/** A column span's rule as read: the core's rule, or what Sheets calls a rule it cannot say. */
export function ownRuleFromSheets(
  span: Pick<OwnRule, 'col' | 'firstRow' | 'lastRow'>,
  rule: SheetsReadRule,
  rangeName: RangeName,
  isoDate: (d: unknown) => string,
): SheetRule {
  const criteria = String(rule.getCriteriaType());
  const values = rule.getCriteriaValues();
  const help = rule.getHelpText();
  const base = {
    ...span,
    allowBlank: true,
    alert: rule.getAllowInvalid() ? ('warning' as const) : ('stop' as const),
    ...(help ? { error: help } : {}),
  };
  if (criteria === 'VALUE_IN_LIST')
    return { ...base, type: 'list', formulas: [], values: (values[0] as unknown[]).map(String) };
  if (criteria === 'VALUE_IN_RANGE') return { ...base, type: 'list', formulas: [`=${rangeName(values[0])}`] };
  if (criteria === 'CUSTOM_FORMULA') return { ...base, type: 'custom', formulas: [String(values[0])] };
  const number = /^NUMBER_(.+)$/.exec(criteria)?.[1];
  const date = /^DATE_(.+)$/.exec(criteria)?.[1];
  const operator = READ_OPERATORS[number ?? date ?? ''];
  // Relative dates ("after today") come as an enum, not a date: those are not said in these terms.
  const dates = date
    ? values.map((d) => (Object.prototype.toString.call(d) === '[object Date]' ? isoDate(d) : ''))
    : [];
  if (operator && number) return { ...base, type: 'decimal', operator, formulas: values.map(String) };
  if (operator && date && dates.every(Boolean)) return { ...base, type: 'date', operator, formulas: dates };
  return { ...span, unread: criteria };
}

const isRange = (v: unknown) =>
  typeof v === 'object' && v !== null && typeof (v as { getA1Notation?: unknown }).getA1Notation === 'function';

/** A rule's text for comparing cells: equal texts, one rule. */
function ruleKey(rule: SheetsReadRule | null, rangeName: RangeName): string {
  if (!rule) return '';
  const values = rule.getCriteriaValues().map((v) => (isRange(v) ? rangeName(v) : v));
  return JSON.stringify([String(rule.getCriteriaType()), values, rule.getAllowInvalid(), rule.getHelpText()]);
}

/** Largest column read cell by cell for its runs of rules (one call); a longer column that differs is reported. */
export const RULE_RUN_ROWS = 20_000;

/**
 * A sheet's rules by column span without reading a million-cell grid: each column's rule on row 2,
 * on the last row with data and on the sheet's last row (three one-row reads); where the three agree
 * the rule covers rows 2 to the end (a rule set on the whole column, the common case); where they
 * differ, that column alone is read cell by cell for its runs, or, past RULE_RUN_ROWS, reported.
 */
export function sheetsColumnRules(
  read: (row: number, col: number, rows: number, cols: number) => (SheetsReadRule | null)[][],
  size: { lastRow: number; maxRows: number; columns: number },
  rangeName: RangeName,
  isoDate: (d: unknown) => string,
): SheetRule[] {
  const { maxRows, columns } = size;
  if (maxRows < 2 || columns < 1) return [];
  const probes = [...new Set([2, Math.max(2, size.lastRow), maxRows])];
  const rows = probes.map((row) => read(row, 1, 1, columns)[0] ?? []);
  const rules: SheetRule[] = [];
  for (let c = 0; c < columns; c++) {
    const col = c + 1;
    const keys = rows.map((row) => ruleKey(row[c] ?? null, rangeName));
    if (keys.every((k) => k === '')) continue;
    if (keys.every((k) => k === keys[0])) {
      rules.push(ownRuleFromSheets({ col, firstRow: 2, lastRow: maxRows }, rows[0]![c]!, rangeName, isoDate));
      continue;
    }
    if (maxRows - 1 > RULE_RUN_ROWS) {
      rules.push({ col, firstRow: 2, lastRow: maxRows, unread: UNREAD.mixed });
      continue;
    }
    const cells = read(2, col, maxRows - 1, 1).map((row) => row[0] ?? null);
    let first = 0;
    for (let r = 1; r <= cells.length; r++) {
      if (r < cells.length && ruleKey(cells[r]!, rangeName) === ruleKey(cells[first]!, rangeName)) continue;
      const rule = cells[first];
      if (rule) rules.push(ownRuleFromSheets({ col, firstRow: first + 2, lastRow: r + 1 }, rule, rangeName, isoDate));
      first = r;
    }
  }
  return rules;
}
