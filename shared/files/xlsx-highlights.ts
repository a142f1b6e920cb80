/**
 * Custodian's highlights on an exceljs worksheet: one conditional format per highlight, its ranges
 * as one space-separated reference (as .xlsx stores several areas), marked by its formula
 * (plan/highlights.ts). The user's own fills and rules are left as they are.
 */
import type ExcelJS from 'exceljs';
import type { Highlight } from '../plan/plan';
import { highlightFormula, highlightIdOf } from '../plan/highlights';
import { conditionalFormattingsOf, setConditionalFormattings } from './exceljs-gaps';

function highlightIdsOf(format: ExcelJS.ConditionalFormattingOptions): (string | null)[] {
  return format.rules.map((rule) => {
    const formula = (rule as { formulae?: unknown[] }).formulae?.[0];
    return typeof formula === 'string' ? highlightIdOf(formula) : null;
  });
}

export function applyHighlights(sheet: ExcelJS.Worksheet, highlights: readonly Highlight[]): void {
  const ids = new Set(highlights.map((h) => h.id));
  const formats = conditionalFormattingsOf(sheet).filter(
    (format) => !highlightIdsOf(format).some((id) => id !== null && ids.has(id)),
  );
  for (const h of highlights) {
    if ('remove' in h) continue;
    const priority = 1 + Math.max(0, ...formats.flatMap((cf) => cf.rules.map((rule) => rule.priority ?? 0)));
    const bgColor = { argb: `FF${h.color.slice(1).toUpperCase()}` };
    formats.push({
      ref: h.ranges.join(' '),
      rules: [
        {
          type: 'expression',
          priority,
          formulae: [highlightFormula(h.id).slice(1)],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor } },
        },
      ],
    });
  }
  setConditionalFormattings(sheet, formats);
}
