/**
 * A customer continued onto the next line of a hand-kept list: 序号 and 姓名 blank, only a second
 * number (the home landline), a follow-up or a note, right under the customer's row. Merged cells
 * would fill it down in a workbook; in a CSV or a sheet typed line by line it is left blank. Such a
 * row is the customer above's, no customer of its own: check says so, and IDs, duplicates, exports
 * and the report pass over it as over an order's further items (line-item-rows.ts). Its cells stay
 * as typed: moving them into the row above is the user's call.
 *
 * Strict, so a real customer whose name is missing is still reported as such: a row with a name, an
 * ID or a row number (序号), an e-mail, a mobile, or any value beside numbers and notes is a customer's,
 * and so is a row of a number without a note, or any row of a list whose headers are not Chinese.
 */
import { cellText, isBlank, type CellValue } from './cell-value';
import { counterColumns, emptyRowTest } from './counter-row';
import { lineItemRows } from './line-item-rows';
import { reportFooterStart } from './report-footer';
import { isTotalsOrNotesRow } from './totals-row';
import type { HeaderMapping } from '../template/header-mapping';
import { foldHeader } from '../template/header-words';
import { isOrderExport } from '../template/sheet-shapes';
import type { Template } from '../template/schema';

type Rows = readonly (readonly CellValue[] | undefined)[];

/** The fields a customer's further line may hold: what was said and when (跟进, 备注). */
const NOTE_FIELDS: ReadonlySet<string> = new Set(['notes', 'contactSummary', 'followUpPlan', 'lastContact']);
/** Headers of columns no field takes that hold notes: 跟进情况, 备注2, Remarks. */
const NOTE_HEADER = /跟进|备注|说明|记录|情况|进展|note|remark|comment|followup/;
const HAN = /\p{Script=Han}/u;
/** A Chinese mobile anywhere in a cell: 13612345678, 136 1234 5678, 136-1234-5678. */
const MOBILE = /(?:^|\D)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?:\D|$)/;

/**
 * Sheet row numbers (header = 1) of the rows continuing a customer, each with the row of the
 * customer it continues (two continuation lines in a row continue the same customer).
 */
export function continuationRows(values: Rows, mapping: HeaderMapping, template: Template): Map<number, number> {
  const rows = new Map<number, number>();
  const headers = values[0] ?? [];
  const folded = Array.from(headers, (h) => foldHeader(cellText(h)));
  // An order export's blank-buyer rows are its further items (line-item-rows.ts).
  if (isOrderExport(folded)) return rows;
  // The layout of a list kept by hand in Chinese (序号, 跟进情况); elsewhere a row of a bare number under
  // a contact is a scan or a form that left only the number: a customer whose name is missing.
  if (!headers.some((h) => HAN.test(cellText(h)))) return rows;
  const fields = new Map(template.fields.map((f) => [f.key, f]));
  const names: number[] = [];
  const phones: number[] = [];
  const notes = new Set<number>();
  for (const column of mapping.columns) {
    const field = fields.get(column.field ?? column.secondOf ?? '');
    const c = column.col - 1;
    if (field?.kind === 'personName' || field?.key === 'company') names.push(c);
    else if (field?.kind === 'phone') phones.push(c);
    else if (field && NOTE_FIELDS.has(field.key)) notes.add(c);
  }
  if (names.length === 0) return rows;
  const counters = new Set(counterColumns(headers));
  headers.forEach((h, c) => {
    const column = mapping.columns.find((m) => m.col - 1 === c);
    if (!column?.field && !column?.secondOf && !counters.has(c) && NOTE_HEADER.test(folded[c] ?? '')) notes.add(c);
  });
  const footer = reportFooterStart(values);
  const empty = emptyRowTest(values);
  const named = (row: readonly CellValue[]) => names.some((c) => !isBlank(row[c]));
  for (let index = 2; index < footer; index++) {
    const row = values[index];
    const above = values[index - 1];
    // Most rows fail `continues` at their first cell (an ID, a name): the other tests only for the few left.
    if (!row || !above || !continues(row, phones, notes)) continue;
    if (empty(row) || empty(above) || isTotalsOrNotesRow(row) || isTotalsOrNotesRow(above)) continue;
    const customer = rows.get(index) ?? (named(above) ? index : undefined);
    if (customer !== undefined) rows.set(index + 1, customer);
  }
  return rows;
}

/**
 * Whether a row's filled cells are all landlines in phone columns or notes, with a note among them: a
 * bare number alone is as likely a customer whose name was not written.
 */
function continues(row: readonly CellValue[], phones: readonly number[], notes: ReadonlySet<number>): boolean {
  let noted = false;
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (isBlank(value)) continue;
    if (notes.has(c)) {
      noted = true;
      continue;
    }
    if (!phones.includes(c) || MOBILE.test(cellText(value).normalize('NFKC'))) return false;
  }
  return noted;
}

/**
 * The rows continuing the row above, an order's (lineItemRows) or a customer's: no customers of their
 * own. A caller that needs the customers' further lines apart passes the `continuations` it found.
 */
export function furtherRows(
  values: Rows,
  mapping: HeaderMapping,
  template: Template,
  continuations: ReadonlyMap<number, number> = continuationRows(values, mapping, template),
): Set<number> {
  const rows = lineItemRows(values, mapping, template);
  for (const row of continuations.keys()) rows.add(row);
  return rows;
}
