/**
 * An .xlsx sheet's rules at entry below the header, one per column span, as the core's rules
 * (sheet/own-rules.ts), so undoing set up gives a team back the rules it replaced. exceljs turns a
 * bound it cannot parse (a whole-number rule's `=A1`) into NaN: such a rule is reported, not guessed.
 */
import type ExcelJS from 'exceljs';
import { parseRange } from '../sheet/a1';
import { serialToDate } from '../sheet/excel-dates';
import {
  RULE_OPERATORS,
  RULE_TYPES,
  type OwnRule,
  type RuleOperator,
  type RuleType,
  type SheetRule,
  UNREAD,
} from '../sheet/own-rules';
import { dataValidationsOf, type StoredValidation } from './exceljs-gaps';

const isType = (type: unknown): type is RuleType => (RULE_TYPES as readonly unknown[]).includes(type);
const isOperator = (op: unknown): op is RuleOperator => (RULE_OPERATORS as readonly unknown[]).includes(op);
const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** A stored bound as the core says it: a number as text, a date yyyy-mm-dd, else a formula; undefined when exceljs lost it. */
function operand(value: unknown, type: RuleType): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    // exceljs counts serials from 1899-12-30 without Excel's 1900-02-29: back to Excel's serial first.
    const serial = Math.round(value.getTime() / 86_400_000) + 25569;
    return serialToDate(serial).toISOString().slice(0, 10);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value !== 'string' || value === '') return undefined;
  if (type === 'time' && /^\d*\.?\d+$/.test(value)) return timeOf(Number(value));
  return /^-?\d+(\.\d+)?$/.test(value) ? value : `=${value}`;
}

function timeOf(fraction: number): string {
  const seconds = Math.round(fraction * 86_400);
  const part = (n: number) => String(n).padStart(2, '0');
  return `${part(Math.floor(seconds / 3600))}:${part(Math.floor(seconds / 60) % 60)}:${part(seconds % 60)}`;
}

function ruleOf(stored: StoredValidation): Omit<OwnRule, 'col' | 'firstRow' | 'lastRow'> | string {
  const type = stored.type;
  if (!isType(type)) return type === 'any' ? UNREAD.promptOnly : String(type);
  const raw = (stored.formulae ?? []) as unknown[];
  let values: string[] | undefined;
  let formulas: string[] = [];
  const inline = type === 'list' && typeof raw[0] === 'string' ? /^"(.*)"$/s.exec(raw[0]) : null;
  if (inline) values = inline[1]!.split(',');
  else {
    const read = raw.map((f) => operand(f, type));
    if (read.some((f) => f === undefined)) return UNREAD.formulaBound;
    formulas = read as string[];
  }
  const shown = stored.showErrorMessage === true;
  const style = stored.errorStyle;
  return {
    type,
    ...(type !== 'list' && type !== 'custom' && isOperator(stored.operator) ? { operator: stored.operator } : {}),
    formulas,
    ...(values ? { values } : {}),
    allowBlank: stored.allowBlank === true,
    alert: !shown ? 'none' : style === 'warning' || style === 'information' ? style : 'stop',
    ...(text(stored.prompt) ? { prompt: text(stored.prompt) } : {}),
    ...(text(stored.promptTitle) ? { promptTitle: text(stored.promptTitle) } : {}),
    ...(text(stored.error) ? { error: text(stored.error) } : {}),
    ...(text(stored.errorTitle) ? { errorTitle: text(stored.errorTitle) } : {}),
  };
}

/** Rules from row 2 down, split by column; the header row's own rule is not set up's to replace. */
export function readRules(sheet: ExcelJS.Worksheet): SheetRule[] {
  const rules: SheetRule[] = [];
  for (const [address, stored] of Object.entries(dataValidationsOf(sheet).model)) {
    if (!stored) continue;
    const rule = ruleOf(stored);
    for (const part of address.split(/\s+/)) {
      const range = parseRange(part);
      if (!range || range.bottom < 2) continue;
      for (let col = range.left; col <= range.right; col++) {
        const span = { col, firstRow: Math.max(2, range.top), lastRow: range.bottom };
        rules.push(typeof rule === 'string' ? { ...span, unread: rule } : { ...span, ...rule });
      }
    }
  }
  return rules.sort((a, b) => a.col - b.col || a.firstRow - b.firstRow);
}
