/**
 * The formatting parts that undo a plan's formatting, from what the plan says it replaced. A
 * number format carrying its `previous` goes back to it (General where there was none); a rule at
 * entry or a required mark is removed over the span it was set on (the rules it replaced are not
 * known: hosts cannot read them cheaply); a frozen header is unfrozen and a filter the plan set is
 * removed (hosts do not report whether the sheet had either before).
 */
import { GENERAL_FORMAT, type Plan } from './plan';

export type FormattingParts = Pick<Plan, 'numberFormats' | 'validations' | 'required' | 'freezeRows' | 'filter'>;

export function invertFormatting(plan: FormattingParts): FormattingParts {
  const numberFormats = plan.numberFormats.flatMap(({ col, firstRow, lastRow, previous }) =>
    previous === undefined ? [] : [{ col, firstRow, lastRow, format: previous ?? GENERAL_FORMAT }],
  );
  const validations = plan.validations.flatMap((v) =>
    'remove' in v ? [] : [{ remove: true as const, col: v.col, firstRow: v.firstRow, lastRow: v.lastRow }],
  );
  const required = plan.required.flatMap((item) => (item.remove ? [] : [{ ...item, remove: true as const }]));
  return {
    numberFormats: numberFormats.reverse(),
    validations: validations.reverse(),
    required: required.reverse(),
    ...(plan.freezeRows !== undefined && plan.freezeRows > 0 ? { freezeRows: 0 } : {}),
    ...(plan.filter ? { filter: null } : {}),
  };
}

/** A plan's formatting parts alone (what a history entry keeps for undo), or undefined when it has none. */
export function formattingOf(plan: FormattingParts): FormattingParts | undefined {
  const parts: FormattingParts = {
    numberFormats: plan.numberFormats,
    validations: plan.validations,
    required: plan.required,
    ...(plan.freezeRows !== undefined ? { freezeRows: plan.freezeRows } : {}),
    ...(plan.filter !== undefined ? { filter: plan.filter } : {}),
  };
  const empty =
    parts.numberFormats.length + parts.validations.length + parts.required.length === 0 &&
    parts.freezeRows === undefined &&
    parts.filter === undefined;
  return empty ? undefined : parts;
}
