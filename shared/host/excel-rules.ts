/**
 * Rules at entry in Office.js terms (Range.dataValidation), both ways: a plan's rule as Excel's rule,
 * alert and prompt, and what Excel reports of a column's rule as the core's rule (sheet/own-rules.ts).
 * Plain objects shaped like Excel's, so the core needs no Office.js types.
 */
import { absoluteRange, MAX_SHEET_ROWS, parseRange, quoteSheetName, rangeWithoutSheet } from '../sheet/a1';
import { serialToDate } from '../sheet/excel-dates';
import {
  HOST_OPERATORS,
  operandValue,
  RULE_OPERATORS,
  UNREAD,
  type OwnRule,
  type RuleType,
  type SheetRule,
} from '../sheet/own-rules';
import { isListValidation, isOwnValidation, type Validation } from '../plan/plan';

interface Bound {
  formula1: string | number;
  formula2?: string | number;
  operator: string;
}
export interface ExcelRule {
  list?: { inCellDropDown: boolean; source: string };
  custom?: { formula: string };
  wholeNumber?: Bound;
  decimal?: Bound;
  date?: Bound;
  time?: Bound;
  textLength?: Bound;
}
type Style = 'Stop' | 'Warning' | 'Information';
export interface ExcelValidation {
  rule: ExcelRule;
  ignoreBlanks: boolean;
  errorAlert: { showAlert: boolean; style: Style; title: string; message: string };
  prompt?: { showPrompt: boolean; title: string; message: string };
}

/** Excel's member of a rule for each of the core's types, and its `type` when it reports one. */
const MEMBERS: Record<RuleType, keyof ExcelRule> = {
  list: 'list',
  custom: 'custom',
  whole: 'wholeNumber',
  decimal: 'decimal',
  date: 'date',
  time: 'time',
  textLength: 'textLength',
};
const TYPES: Record<string, RuleType> = {
  List: 'list',
  Custom: 'custom',
  WholeNumber: 'whole',
  Decimal: 'decimal',
  Date: 'date',
  Time: 'time',
  TextLength: 'textLength',
};
const OPERATORS = HOST_OPERATORS;

function ownExcelRule(rule: OwnRule): ExcelRule {
  if (rule.type === 'list')
    return { list: { inCellDropDown: true, source: rule.values ? rule.values.join(',') : (rule.formulas[0] ?? '') } };
  if (rule.type === 'custom') return { custom: { formula: rule.formulas[0] ?? '' } };
  const [first, second] = rule.formulas.map(operandValue);
  const operator = OPERATORS[RULE_OPERATORS.indexOf(rule.operator ?? 'between')]!;
  return {
    [MEMBERS[rule.type]]: { formula1: first ?? '', ...(second !== undefined ? { formula2: second } : {}), operator },
  };
}

/** The plan's rule in Office.js terms; Excel has no email rule, so that one is a custom formula. */
function excelRule(v: Validation): ExcelRule {
  if (isOwnValidation(v)) return ownExcelRule(v);
  if (isListValidation(v)) {
    const source =
      v.source.kind === 'inline'
        ? v.source.values.join(',')
        : `=${quoteSheetName(v.source.sheet)}!${absoluteRange(rangeWithoutSheet(v.source.range))}`;
    return { list: { inCellDropDown: true, source } };
  }
  switch (v.kind) {
    case 'custom':
    case 'email':
      return { custom: { formula: v.formula } };
    case 'date':
      return { date: { formula1: v.min, operator: 'GreaterThanOrEqualTo' } };
    case 'decimal':
      return { decimal: { formula1: v.min, operator: 'GreaterThanOrEqualTo' } };
    case 'whole':
      return { wholeNumber: { formula1: v.min, operator: 'GreaterThanOrEqualTo' } };
  }
}

const STYLES: Record<OwnRule['alert'], Style> = {
  stop: 'Stop',
  warning: 'Warning',
  information: 'Information',
  none: 'Stop',
};

/** Everything Excel is told of a rule; without a message of the plan's, Excel shows its own wording. */
export function excelValidation(v: Validation): ExcelValidation {
  const own = isOwnValidation(v);
  const prompt = v.prompt
    ? { showPrompt: true, title: (v.promptTitle ?? '').slice(0, 32), message: v.prompt.slice(0, 255) }
    : undefined;
  return {
    rule: excelRule(v),
    ignoreBlanks: v.allowBlank,
    errorAlert: {
      showAlert: own ? v.alert !== 'none' : true,
      style: own ? STYLES[v.alert] : v.strict ? 'Stop' : 'Warning',
      title: (v.errorTitle ?? '').slice(0, 32),
      message: (v.error ?? '').slice(0, 255),
    },
    ...(prompt ? { prompt } : {}),
  };
}

/** What Excel reports of a range's rule (DataValidation loaded with type, rule, prompt, errorAlert, ignoreBlanks). */
export interface ExcelReadRule {
  type: string;
  rule: ExcelRule;
  ignoreBlanks: boolean;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string } | null;
  prompt: { showPrompt: boolean; title: string; message: string } | null;
}

/** Excel gives bounds back as formulas ("=10", "=43831" for a date, "=A1"): the core's operands. */
function operand(value: string | number, type: RuleType): string {
  const text = String(value).replace(/^=/, '');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return typeof value === 'string' && value.startsWith('=') ? value : `=${text}`;
  const n = Number(text);
  if (type === 'date') return serialToDate(n).toISOString().slice(0, 10);
  if (type !== 'time') return text;
  const seconds = Math.round((n % 1) * 86_400);
  return [seconds / 3600, (seconds / 60) % 60, seconds % 60]
    .map((x) => String(Math.floor(x)).padStart(2, '0'))
    .join(':');
}

/** A column span's rule as read; an inconsistent span or an unknown type is reported, not guessed. */
export function ownRuleFromExcel(
  span: Pick<OwnRule, 'col' | 'firstRow' | 'lastRow'>,
  read: ExcelReadRule,
): SheetRule | null {
  if (read.type === 'None') return null;
  const type = TYPES[read.type];
  const member = type && read.rule[MEMBERS[type]];
  if (!type || !member) return { ...span, unread: read.type === 'Inconsistent' ? UNREAD.mixed : read.type };
  let formulas: string[] = [];
  let values: string[] | undefined;
  let operator: OwnRule['operator'];
  if ('source' in member) {
    if (String(member.source).startsWith('=')) formulas = [String(member.source)];
    else values = String(member.source).split(',');
  } else if ('formula' in member) formulas = [member.formula];
  else {
    formulas = [member.formula1, member.formula2]
      .filter((f) => f !== undefined && f !== '')
      .map((f) => operand(f!, type));
    operator = RULE_OPERATORS[OPERATORS.indexOf(member.operator)];
  }
  const alert = read.errorAlert;
  const style =
    alert?.showAlert === false
      ? 'none'
      : alert?.style === 'Warning'
        ? 'warning'
        : alert?.style === 'Information'
          ? 'information'
          : 'stop';
  const prompt = read.prompt?.showPrompt ? read.prompt : null;
  return {
    ...span,
    type,
    ...(operator ? { operator } : {}),
    formulas,
    ...(values ? { values } : {}),
    allowBlank: read.ignoreBlanks,
    alert: style,
    ...(prompt?.message ? { prompt: prompt.message } : {}),
    ...(prompt?.title ? { promptTitle: prompt.title } : {}),
    ...(alert?.message ? { error: alert.message } : {}),
    ...(alert?.title ? { errorTitle: alert.title } : {}),
  };
}

/**
 * The column runs from row 2 of Excel's areas of cells with rules (getSpecialCells' address,
 * `Sheet1!D2:D500,Sheet1!F:F`): one range per column to read the rule of.
 */
export function ruleSpans(address: string): Pick<OwnRule, 'col' | 'firstRow' | 'lastRow'>[] {
  const spans: Pick<OwnRule, 'col' | 'firstRow' | 'lastRow'>[] = [];
  for (const part of address.match(/(?:'(?:[^']|'')*'|[^',])+/g) ?? []) {
    const local = part.slice(part.lastIndexOf('!') + 1).replace(/\$/g, '');
    const columns = /^([A-Z]+):([A-Z]+)$/.exec(local);
    const range = columns ? parseRange(`${columns[1]}1:${columns[2]}${MAX_SHEET_ROWS}`) : parseRange(local);
    if (!range || range.bottom < 2) continue;
    for (let col = range.left; col <= range.right; col++)
      spans.push({ col, firstRow: Math.max(2, range.top), lastRow: range.bottom });
  }
  // By column and row, as every host reports rules.
  return spans.sort((a, b) => a.col - b.col || a.firstRow - b.firstRow);
}
