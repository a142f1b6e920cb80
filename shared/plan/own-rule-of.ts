/**
 * A plan's rule at entry in the terms a host reads rules in (sheet/own-rules.ts): how the in-memory
 * host reports the rules it holds, as Excel, Sheets and the file host report the ones they find.
 */
import type { OwnRule } from '../sheet/own-rules';
import { isListValidation, isOwnValidation, type Validation } from './plan';

export function ownRuleOf(v: Validation): OwnRule {
  if (isOwnValidation(v)) {
    const { kind: _kind, ...rule } = v;
    return rule;
  }
  const { col, firstRow, lastRow, allowBlank, prompt, promptTitle, error, errorTitle } = v;
  const texts = { prompt, promptTitle, error, errorTitle };
  for (const key of Object.keys(texts) as (keyof typeof texts)[]) if (texts[key] === undefined) delete texts[key];
  const base = { col, firstRow, lastRow, allowBlank, ...texts };
  // A list that is not strict (tags) only suggests: hosts write it without an alert.
  const alert = v.strict ? 'stop' : isListValidation(v) ? 'none' : 'warning';
  if (isListValidation(v))
    return v.source.kind === 'inline'
      ? { ...base, type: 'list', formulas: [], values: [...v.source.values], alert }
      : { ...base, type: 'list', formulas: [`=${v.source.range}`], alert };
  if (v.kind === 'custom' || v.kind === 'email') return { ...base, type: 'custom', formulas: [v.formula], alert };
  const type = v.kind === 'whole' ? 'whole' : v.kind === 'decimal' ? 'decimal' : 'date';
  return { ...base, type, operator: 'greaterThanOrEqual', formulas: [String(v.min)], alert };
}
