/**
 * A rule at entry a sheet had of its own (a team's dropdown, a whole-number or date rule), as a host
 * reads it, in the terms Excel and the .xlsx file share (Sheets' criteria map onto them,
 * shared/host/sheets-rules.ts). Set up keeps the rules it replaces, so undo writes them back.
 */
import { z } from 'zod';

export const RULE_TYPES = ['list', 'whole', 'decimal', 'date', 'time', 'textLength', 'custom'] as const;
export type RuleType = (typeof RULE_TYPES)[number];
export const RULE_OPERATORS = [
  'between',
  'notBetween',
  'equal',
  'notEqual',
  'greaterThan',
  'lessThan',
  'greaterThanOrEqual',
  'lessThanOrEqual',
] as const;
export type RuleOperator = (typeof RULE_OPERATORS)[number];
/** The operators as Excel's rules and Sheets' number criteria both name them, in RULE_OPERATORS' order. */
export const HOST_OPERATORS = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqualTo',
  'LessThanOrEqualTo',
];

/** Columns right of the used ones whose rules hosts read too: set up appends its columns there. */
export const RULE_COLUMN_MARGIN = 40;

const ruleSpan = {
  col: z.number().int().positive(),
  firstRow: z.number().int().positive(),
  lastRow: z.number().int().positive(),
};

export const ownRuleSchema = z.object({
  ...ruleSpan,
  type: z.enum(RULE_TYPES),
  /** Absent for lists and custom formulas. */
  operator: z.enum(RULE_OPERATORS).optional(),
  /** Operands: a number as text ("10"), a date yyyy-mm-dd, a time hh:mm:ss, or a formula ("=$H$2:$H$9", "=B2>0"). */
  formulas: z.array(z.string()).max(2),
  /** An inline list's options (a list from cells has its range in `formulas`). */
  values: z.array(z.string()).optional(),
  allowBlank: z.boolean(),
  /** What a value breaking the rule meets: refused, a warning, a note, or nothing (the alert switched off). */
  alert: z.enum(['stop', 'warning', 'information', 'none']),
  prompt: z.string().optional(),
  promptTitle: z.string().optional(),
  error: z.string().optional(),
  errorTitle: z.string().optional(),
});
export type OwnRule = z.infer<typeof ownRuleSchema>;

/** Why a host could not read a rule, where it is not the host's own name for it (a Sheets criteria, say). */
export const UNREAD = {
  /** The rows of the span have different rules (read as one range, as Excel 2019 does). */
  mixed: 'mixed',
  /** An input message without a rule. */
  promptOnly: 'promptOnly',
  /** A bound the host reads only as a number (exceljs) given by a formula. */
  formulaBound: 'formulaBound',
} as const;

/** A rule the host found but cannot say in these terms (`unread`: an UNREAD reason or the host's name for it), so undo cannot give it back. */
export const unreadRuleSchema = z.object({ ...ruleSpan, unread: z.string().min(1) });
export type UnreadRule = z.infer<typeof unreadRuleSchema>;

export const sheetRuleSchema = z.union([ownRuleSchema, unreadRuleSchema]);
export type SheetRule = z.infer<typeof sheetRuleSchema>;

export function isUnreadRule(rule: SheetRule): rule is UnreadRule {
  return 'unread' in rule;
}

/** "10" → 10, for hosts that take numbers as numbers; anything else as it is. */
export function operandValue(text: string): string | number {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}
