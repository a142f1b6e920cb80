/**
 * The demo grid's rules at entry, as Excel applies the validations setup wrote: the input message of
 * the rule covering a selected cell, and whether a typed value passes it (stop: refused; warning:
 * kept, with the alert). Each rule kind is checked as its Excel formula or criterion would; then a
 * typed row is governed like Excel's task pane does with auto-govern on (operations/entry.ts).
 */
import type { MemoryHost } from '../../host/memory-host';
import { findSheet, type MemorySheet } from '../../plan/apply-plan';
import { emptyPlan, isListValidation, isOwnValidation, type CustodianValidation } from '../../plan/plan';
import { normaliseDate } from '../../normalise';
import { idKey } from '../../operations/customer-ids';
import { autoGovernedSheet, highestIdNumber, planEntry, type EntryChange } from '../../operations/entry';
import { resolveContext } from '../../operations/options';
import { emailRuleHolds, idRuleShaped, phoneRuleHolds } from '../../operations/validation-rules';
import { columnNumber } from '../../sheet/a1';
import { cellText, isBlank, type CellValue } from '../../sheet/cell-value';
import type { FormulaCell } from '../../sheet/snapshot';

export interface EntryAlert {
  style: 'stop' | 'warning';
  title: string;
  message: string;
}

/** The rule covering a cell: the last one written wins, as in a sheet (a team's own rule, given back by undo, is not checked). */
export function ruleAt(sheet: MemorySheet, row: number, col: number): CustodianValidation | undefined {
  for (let i = sheet.validations.length - 1; i >= 0; i--) {
    const v = sheet.validations[i]!;
    if (v.col === col && row >= v.firstRow && row <= v.lastRow) return isOwnValidation(v) ? undefined : v;
  }
  return undefined;
}

/** The input message Excel shows beside a selected cell, if its rule has one. */
export function promptAt(sheet: MemorySheet, row: number, col: number): { title: string; text: string } | undefined {
  const rule = ruleAt(sheet, row, col);
  return rule?.prompt ? { title: rule.promptTitle ?? '', text: rule.prompt } : undefined;
}

/** A value as typed into a cell: blank is empty, everything else text (the demo's columns are text columns). */
export function typedValue(text: string): CellValue {
  return text.trim() === '' ? null : text;
}

/**
 * The alert a typed value raises under the cell's rule, or undefined when it passes. `fallback` words
 * the alert of a rule without a message of its own (as each host shows its own wording).
 */
export function entryAlert(
  sheet: MemorySheet,
  meta: Readonly<Record<string, string>>,
  row: number,
  col: number,
  value: CellValue,
  fallback: { title: string; message: string },
): EntryAlert | undefined {
  const rule = ruleAt(sheet, row, col);
  if (!rule || (isBlank(value) && rule.allowBlank) || holds(sheet, meta, rule, row, value)) return undefined;
  return {
    style: rule.strict ? 'stop' : 'warning',
    title: rule.errorTitle || fallback.title,
    message: rule.error || fallback.message,
  };
}

function holds(
  sheet: MemorySheet,
  meta: Readonly<Record<string, string>>,
  rule: CustodianValidation,
  row: number,
  value: CellValue,
): boolean {
  const text = cellText(value);
  if (isListValidation(rule)) return rule.source.values.some((option) => option.toLowerCase() === text.toLowerCase());
  switch (rule.kind) {
    case 'email':
      return emailRuleHolds(text);
    case 'date': {
      // Excel takes a typed date in any form it reads as one; the core's date reading stands in for it.
      const outcome = normaliseDate(value);
      const iso = outcome.status === 'valid' ? cellText(outcome.value) : '';
      return iso !== '' && iso >= rule.min;
    }
    case 'decimal':
    case 'whole': {
      const n = typeof value === 'number' ? value : text.trim() === '' ? Number.NaN : Number(text);
      return Number.isFinite(n) && n >= rule.min && (rule.kind === 'decimal' || Number.isInteger(n));
    }
    case 'custom':
      // Setup writes two custom rules: the customer ID's (unique, and in the template's pattern unless
      // the list keeps its own IDs) and the phone's.
      if (!rule.formula.includes('COUNTIF(')) return phoneRuleHolds(text, rule.formula);
      return idHolds(sheet, meta, row, rule.col, text, idRuleShaped(rule.formula));
  }
}

/** Unique in the column, as COUNTIF(…)=1 asks; `shaped`: in the template's pattern too (validation-rules.ts idFormula). */
function idHolds(
  sheet: MemorySheet,
  meta: Readonly<Record<string, string>>,
  row: number,
  col: number,
  text: string,
  shaped: boolean,
) {
  if (shaped) {
    const { template } = resolveContext({ name: sheet.name, values: sheet.values.slice(0, 1), meta: { ...meta } });
    const digits = text.slice(template.idPrefix.length);
    if (!text.startsWith(template.idPrefix) || !/^\d+$/.test(digits) || digits.length < template.idDigits) return false;
  }
  const key = idKey(text);
  return !sheet.values.some((values, i) => i + 1 !== row && i > 0 && idKey(values[col - 1] ?? null) === key);
}

/**
 * Writes a typed value through the host, then, with auto-govern on for the sheet, the entry plan for
 * its row (the next ID for a new customer row, the canonical form of what was typed).
 */
export async function commitEntry(
  host: MemoryHost,
  sheetName: string,
  row: number,
  col: number,
  value: CellValue,
): Promise<void> {
  const sheet = findSheet(host.state().workbook, sheetName);
  if (!sheet) return;
  const before = sheet.values[row - 1]?.[col - 1] ?? null;
  const typed = emptyPlan(sheetName);
  typed.edits.push({ row, col, before, after: value });
  await host.applyPlan(typed);

  const { workbook } = host.state();
  const after = findSheet(workbook, sheetName);
  if (!after || row < 2 || autoGovernedSheet(workbook.meta) !== sheetName) return;
  const change: EntryChange = {
    sheet: sheetName,
    header: after.values[0] ?? [],
    rows: [{ row, values: after.values[row - 1] ?? [] }],
    firstCol: col,
    lastCol: col,
    formulas: formulasOfRow(after, row),
    meta: workbook.meta,
  };
  let result = planEntry(change);
  if (result.newIdRows.length > 0 && result.idColumn) {
    const { col: idCol, prefix } = result.idColumn;
    const ids = after.values.slice(1).map((values) => values[idCol - 1] ?? null);
    result = planEntry({ ...change, highestId: highestIdNumber(ids, prefix) });
  }
  if (result.plan.edits.length > 0) await host.applyPlan(result.plan);
}

function formulasOfRow(sheet: MemorySheet, row: number): FormulaCell[] {
  const out: FormulaCell[] = [];
  for (const [address, formula] of Object.entries(sheet.formulas)) {
    const match = /^([A-Z]+)(\d+)$/.exec(address);
    if (match && Number(match[2]) === row) out.push({ row, col: columnNumber(match[1]!), formula });
  }
  return out;
}
