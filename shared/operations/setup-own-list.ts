/**
 * A team's own dropdown over a choice column, kept by set up when the template understands every
 * option of it: a 客户等级 list of A, B, C says the team has no VIP tier, and offering the template's
 * VIP, A, B, C instead would widen what may be typed without anyone asking. The list is written in
 * the template's words (A级 becomes A, as clean writes the cells), in the team's order.
 */
import type { Locale } from '../i18n/locale';
import { normaliseChoice } from '../normalise/choice';
import { isUnreadRule, type SheetRule } from '../sheet/own-rules';
import type { Field } from '../template/schema';

/**
 * The options of the sheet's own list rules below the header of column `col`, each as the option of
 * `field` it names, or undefined when the column has none, has another kind of rule, a list from
 * cells (no options to read), or an option the field does not know (a list of the team's own words).
 */
export function keptOwnList(
  rules: readonly SheetRule[] | undefined,
  col: number,
  field: Field,
  locale: Locale,
): string[] | undefined {
  if (field.kind !== 'choice' || !field.options) return undefined;
  const own = (rules ?? []).filter((r) => r.col === col && r.lastRow >= 2);
  if (own.length === 0) return undefined;
  const options: string[] = [];
  for (const rule of own) {
    if (isUnreadRule(rule) || rule.type !== 'list' || !rule.values || rule.values.length === 0) return undefined;
    for (const value of rule.values) {
      const read = normaliseChoice(value, field, locale);
      if (read.status !== 'valid' || typeof read.value !== 'string') return undefined;
      if (!options.includes(read.value)) options.push(read.value);
    }
  }
  return options;
}
