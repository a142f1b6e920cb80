/**
 * After rows of one sheet moved (cli/io/move-rows.ts), an exceljs workbook's formulas, rules at
 * entry, conditional formats and filter are rewritten as Excel rewrites them: references follow their
 * rows, a reference to a deleted cell becomes #REF!, ranges shrink or grow.
 */
import type ExcelJS from 'exceljs';
import { remapFormulaRows, remapRangeList, topRow, type RowRemap } from '../sheet/formula-rows';
import { isFormulaCell } from './exceljs-cells';
import { readsSameCells } from './stale-results';
import {
  conditionalFormattingsOf,
  dataValidationsOf,
  setConditionalFormattings,
  type StoredValidation,
} from './exceljs-gaps';

/** Rewrites formulas (every sheet), shared formulas first made plain so each cell can change alone. */
export function remapWorkbookFormulas(workbook: ExcelJS.Workbook, remap: RowRemap): void {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (!isFormulaCell(cell)) return;
        const value = cell.value as ExcelJS.CellFormulaValue & {
          shareType?: string;
          ref?: string;
          sharedFormula?: string;
        };
        const formula = cell.formula;
        if (!formula) return;
        const next = remapFormulaRows(formula, sheet.name, remap);
        if (value.shareType === 'array') {
          if (next !== formula) {
            const { result, ...rest } = value;
            cell.value = readsSameCells(formula, next)
              ? { ...rest, formula: next, result }
              : { ...rest, formula: next };
          }
          return;
        }
        if (next !== formula || value.sharedFormula !== undefined || value.shareType === 'shared') {
          const plain: ExcelJS.CellFormulaValue = { formula: next };
          // A range that lost or gained rows sums something else now: no result, so every reader recalculates.
          if (value.result !== undefined && readsSameCells(formula, next)) plain.result = value.result;
          cell.value = plain;
        }
      });
    });
  }
}

type RuleWithFormulae = { formulae?: unknown[] };

/** Formulas of a validation or conditional format, whose relative rows follow the range's top row. */
function remapRuleFormulae(formulae: unknown[], sheet: string, remap: RowRemap, shift: number | undefined): unknown[] {
  return formulae.map((f) => (typeof f === 'string' ? remapFormulaRows(f, sheet, remap, shift) : f));
}

function shiftBetween(before: string, after: string): number {
  return (topRow(after) ?? 0) - (topRow(before) ?? 0);
}

export function remapSheetExtras(workbook: ExcelJS.Workbook, remap: RowRemap): void {
  for (const sheet of workbook.worksheets) {
    const own = sheet.name.toLowerCase() === remap.sheet.toLowerCase();
    const validations = dataValidationsOf(sheet);
    const next: Record<string, StoredValidation> = {};
    // exceljs holds a rule per cell (5,000 rows of each governed column): its formulas repeat.
    const rewritten = new Map<string, unknown[]>();
    for (const [address, rule] of Object.entries(validations.model)) {
      if (!rule) continue;
      const moved = own ? remapRangeList(address, remap) : address;
      if (!moved) continue;
      const shift = own ? shiftBetween(address, moved) : undefined;
      if (!rule.formulae) {
        next[moved] = rule;
        continue;
      }
      const key = `${shift ?? ''}\u0001${rule.formulae.map(String).join('\u0002')}`;
      let formulae = rewritten.get(key);
      if (!formulae) rewritten.set(key, (formulae = remapRuleFormulae(rule.formulae, sheet.name, remap, shift)));
      next[moved] = { ...rule, formulae };
    }
    validations.model = next;

    const formats = conditionalFormattingsOf(sheet).flatMap((cf): ExcelJS.ConditionalFormattingOptions[] => {
      const ref = own ? remapRangeList(cf.ref, remap) : cf.ref;
      if (!ref) return [];
      const shift = own ? shiftBetween(cf.ref, ref) : undefined;
      const rules = cf.rules.map((rule) => {
        const formulae = (rule as RuleWithFormulae).formulae;
        return formulae ? { ...rule, formulae: remapRuleFormulae(formulae, sheet.name, remap, shift) } : rule;
      }) as ExcelJS.ConditionalFormattingRule[];
      return [{ ref, rules }];
    });
    setConditionalFormattings(sheet, formats);

    if (own && typeof sheet.autoFilter === 'string') {
      const filter = remapRangeList(sheet.autoFilter, remap);
      if (filter) sheet.autoFilter = filter;
      else delete sheet.autoFilter;
    }
  }
}
