/**
 * Rows of a customer sheet that are about the list rather than in it (a 合计 row, 备注 notes, a
 * section heading, a CRM report's footer, a row numbered past the last customer), which the insights never count as customers, and the
 * criteria that keep them out of the analysis sheet's whole-column formulas: each such row's first
 * cell, matched by its text in its column, so the formulas stay right as rows are added above it.
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import { reportFooterStart } from '../sheet/report-footer';
import { isTotalsOrNotesRow } from '../sheet/totals-row';
import { counterColumns, isCounterOnlyRow } from '../sheet/counter-row';
import { formulaString, wholeColumn } from './criteria';

type Rows = readonly (readonly CellValue[] | undefined)[];

/** Excel refuses a criterion over 255 characters: a long note is matched by its start. */
const CRITERION_TEXT_LIMIT = 200;

/** Whether `values[index]` (0: the header row) is no customer, as `buildInsights` reads the sheet. */
export function excludedRows(values: Rows): (index: number) => boolean {
  const footer = reportFooterStart(values);
  // A row blank but for its number (序号 14) is no customer: its number alone keeps it out.
  const counters = counterColumns(values[0]);
  return (index) =>
    index > 0 && (index >= footer || isTotalsOrNotesRow(values[index]) || isCounterOnlyRow(values[index], counters));
}

/**
 * `,<column>,"<>label"` pairs to append to a COUNTIFS or SUMIFS, one per distinct label of the
 * excluded rows; "" when there are none. A "<>" criterion also matches blank cells, so customer
 * rows, whose first cell is rarely a totals label, all still count.
 */
export function exclusionCriteria(sheet: string, values: Rows): string {
  const excluded = excludedRows(values);
  const seen = new Set<string>();
  let criteria = '';
  for (let index = 1; index < values.length; index++) {
    if (!excluded(index)) continue;
    const row = values[index]!;
    const col = row.findIndex((value) => !isBlank(value)) + 1;
    if (col === 0) continue;
    // The cell's own text, spaces and all: the criterion matches the whole cell.
    const text = cellText(row[col - 1]!);
    const key = `${col}\u0000${text.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const escaped = text.slice(0, CRITERION_TEXT_LIMIT).replace(/[~*?]/g, (c) => `~${c}`);
    const pattern = text.length > CRITERION_TEXT_LIMIT ? `${escaped}*` : escaped;
    criteria += `,${wholeColumn(sheet, col)},${formulaString(`<>${pattern}`)}`;
  }
  return criteria;
}
