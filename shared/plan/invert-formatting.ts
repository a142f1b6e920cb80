/**
 * The formatting parts that undo a plan's formatting, from what the plan says it replaced. A
 * number format carrying its `previous` goes back to it (General where there was none), then the cells
 * that showed another (`cellsBefore`) go back to theirs; a rule at
 * entry is removed over the span it was set on and the sheet's own rules it replaced (`replaced`) are
 * written back, but for those the host could not read; a required mark is removed; the frozen rows and the filter go back to what the plan
 * says was there before (`freezeRowsBefore`, `filterBefore`), else the header is unfrozen and the
 * filter removed (a host that does not read them).
 */
import { isUnreadRule } from '../sheet/own-rules';
import { GENERAL_FORMAT, type FilterRange, type Plan, type PlanValidation } from './plan';

export type FormattingParts = Pick<
  Plan,
  | 'numberFormats'
  | 'validations'
  | 'required'
  | 'freezeRows'
  | 'freezeRowsBefore'
  | 'freezeColumns'
  | 'filter'
  | 'filterBefore'
>;

/** The rows go back; the sheet's frozen columns stay frozen with them. */
function invertFreeze({ freezeRows, freezeRowsBefore, freezeColumns }: FormattingParts): Partial<FormattingParts> {
  if (freezeRows === undefined) return {};
  const columns = freezeColumns !== undefined ? { freezeColumns } : {};
  if (freezeRowsBefore === undefined) return freezeRows > 0 ? { freezeRows: 0, ...columns } : {};
  if (freezeRowsBefore === freezeRows) return {};
  return { freezeRows: freezeRowsBefore, freezeRowsBefore: freezeRows, ...columns };
}

function invertFilter({ filter, filterBefore }: FormattingParts): Partial<FormattingParts> {
  if (filter === undefined) return {};
  if (filterBefore === undefined) return filter ? { filter: null } : {};
  return sameRange(filter, filterBefore) ? {} : { filter: filterBefore, filterBefore: filter };
}

function sameRange(a: FilterRange | null, b: FilterRange | null): boolean {
  if (a === null || b === null) return a === b;
  return a.firstRow === b.firstRow && a.lastRow === b.lastRow && a.firstCol === b.firstCol && a.lastCol === b.lastCol;
}

export function invertFormatting(plan: FormattingParts): FormattingParts {
  // Each span's column format, then its cells' own; spans last set are undone first.
  const numberFormats = plan.numberFormats.map(({ col, firstRow, lastRow, previous, cellsBefore }) =>
    previous === undefined
      ? []
      : [
          { col, firstRow, lastRow, format: previous ?? GENERAL_FORMAT },
          ...(cellsBefore ?? []).map((cells) => ({ col, ...cells })),
        ],
  );
  // Each rule's removal, then what it replaced; rules last set are undone first.
  const validations = plan.validations.flatMap((v): PlanValidation[][] => {
    if ('remove' in v) return [];
    const own = 'replaced' in v ? (v.replaced ?? []) : [];
    const back = own.flatMap((rule) => (isUnreadRule(rule) ? [] : [{ ...rule, kind: 'own' as const }]));
    return [[{ remove: true, col: v.col, firstRow: v.firstRow, lastRow: v.lastRow }, ...back]];
  });
  const required = plan.required.flatMap((item) => (item.remove ? [] : [{ ...item, remove: true as const }]));
  return {
    numberFormats: numberFormats.reverse().flat(),
    validations: validations.reverse().flat(),
    required: required.reverse(),
    ...invertFreeze(plan),
    ...invertFilter(plan),
  };
}

/** A plan's formatting parts alone (what a history entry keeps for undo), or undefined when it has none. */
export function formattingOf(plan: FormattingParts): FormattingParts | undefined {
  const parts: FormattingParts = {
    numberFormats: plan.numberFormats,
    validations: plan.validations,
    required: plan.required,
    ...(plan.freezeRows !== undefined ? { freezeRows: plan.freezeRows } : {}),
    ...(plan.freezeRowsBefore !== undefined ? { freezeRowsBefore: plan.freezeRowsBefore } : {}),
    ...(plan.freezeColumns !== undefined ? { freezeColumns: plan.freezeColumns } : {}),
    ...(plan.filter !== undefined ? { filter: plan.filter } : {}),
    ...(plan.filterBefore !== undefined ? { filterBefore: plan.filterBefore } : {}),
  };
  const empty =
    parts.numberFormats.length + parts.validations.length + parts.required.length === 0 &&
    parts.freezeRows === undefined &&
    parts.filter === undefined;
  return empty ? undefined : parts;
}
