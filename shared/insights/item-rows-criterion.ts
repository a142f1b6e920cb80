/**
 * An order export's further item rows (line-item-rows.ts) are no customers, and the analysis sheet's
 * whole-column formulas must leave them out as the report does. They leave the buyer's columns blank
 * where every customer row fills them, so one such column, required non-blank ("<>"), keeps them out
 * of every COUNTIFS and SUMIFS and stays right as orders are added.
 */
import { isBlank, type CellValue } from '../sheet/cell-value';
import { isCustomerField } from '../sheet/line-item-rows';
import { furtherRows } from '../sheet/continuation-rows';
import type { HeaderMapping } from '../template/header-mapping';
import type { Template } from '../template/schema';
import { excludedRows } from './excluded-rows';
import { wholeColumn } from './criteria';

type Rows = readonly (readonly CellValue[] | undefined)[];

/**
 * `,<column>,"<>"` for the first customer column (a name first) blank on every item row and filled on
 * every customer row; "" when the sheet has no item rows, or no column tells them apart.
 */
export function itemRowsCriterion(sheet: string, values: Rows, mapping: HeaderMapping, template: Template): string {
  const items = furtherRows(values, mapping, template);
  if (items.size === 0) return '';
  const excluded = excludedRows(values);
  const fields = new Map(template.fields.map((f) => [f.key, f]));
  const candidates = mapping.columns
    .filter((c) => {
      const field = fields.get(c.field ?? '');
      return field !== undefined && isCustomerField(field);
    })
    .sort((a, b) => rank(fields.get(a.field!)!.kind) - rank(fields.get(b.field!)!.kind));
  const tells = (col: number) => {
    for (let index = 1; index < values.length; index++) {
      const row = values[index];
      if (!row || row.every(isBlank) || excluded(index)) continue;
      if (isBlank(row[col - 1] ?? null) !== items.has(index + 1)) return false;
    }
    return true;
  };
  const column = candidates.find((c) => tells(c.col));
  return column ? `,${wholeColumn(sheet, column.col)},"<>"` : '';
}

/** Names first, then phones: the columns a customer row most surely fills. */
function rank(kind: string): number {
  return kind === 'personName' ? 0 : kind === 'phone' ? 1 : 2;
}
