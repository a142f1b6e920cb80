/**
 * The further items of an order in an order export. Shopify writes an order of three items as three
 * rows: the first names the customer, the next two repeat the order's Name (#1001) and Email and hold
 * only their item. 京东 and 淘宝 leave the buyer blank on an order's further rows too. Such a row is the
 * order's, no customer: check, duplicates and the report leave it as they leave a totals row. A row
 * naming anyone (抖店's sub-orders repeat the buyer) stays a customer's row.
 */
import { cellText, isBlank, type CellValue } from './cell-value';
import { emptyRowTest } from './counter-row';
import { reportFooterStart } from './report-footer';
import { isTotalsOrNotesRow } from './totals-row';
import type { HeaderMapping } from '../template/header-mapping';
import { foldHeader } from '../template/header-words';
import { isOrderExport } from '../template/sheet-shapes';
import type { Field, Template } from '../template/schema';

type Rows = readonly (readonly CellValue[] | undefined)[];

/** The order's own number, as folded headers: 主订单编号 before 订单编号; 子订单编号 numbers an item, so never. */
const MAIN_ORDER_NUMBER = /^(?:主|父)订单(?:编号|号|id)$/;
const ORDER_NUMBER = /^订单(?:编号|号|id)$|^order(?:id|no|number)$/;
/** Shopify numbers its orders in a column headed Name: #1001. */
const SHOPIFY_NAME = 'name';
const SHOPIFY_ORDER = /^#\s*[\w-]+$/;
/**
 * The template fields that place a customer, beside names, phones and e-mails (by kind): where they
 * are and whom they work for (an attendee's company and job title are theirs, not the ticket's).
 */
const PLACE_FIELDS: ReadonlySet<string> = new Set(['company', 'title', 'address', 'region', 'country', 'postcode']);

/** Sheet row numbers (header = 1) of the rows that continue the order on the row above them. */
export function lineItemRows(values: Rows, mapping: HeaderMapping, template: Template): Set<number> {
  const rows = new Set<number>();
  const headers = values[0] ?? [];
  const folded = Array.from(headers, (h) => foldHeader(cellText(h)));
  if (!isOrderExport(folded)) return rows;
  const order = orderColumn(folded, values);
  if (order === undefined) return rows;
  const fields = new Map(template.fields.map((f) => [f.key, f]));
  const customer: number[] = [];
  const emails: number[] = [];
  for (const column of mapping.columns) {
    const field = fields.get(column.field ?? column.secondOf ?? '');
    if (!field || column.col - 1 === order || !isCustomerField(field)) continue;
    // Shopify repeats the order's Email on each of its rows: an item's row may too.
    (field.kind === 'email' ? emails : customer).push(column.col - 1);
  }
  const footer = reportFooterStart(values);
  const empty = emptyRowTest(values);
  for (let index = 2; index < footer; index++) {
    const row = values[index];
    const above = values[index - 1];
    if (!row || !above || empty(row) || isTotalsOrNotesRow(row)) continue;
    const number = textOf(row[order]);
    if (number === '' || number !== textOf(above[order])) continue;
    if (customer.some((c) => !isBlank(row[c]))) continue;
    if (emails.some((c) => !isBlank(row[c]) && textOf(row[c]).toLowerCase() !== textOf(above[c]).toLowerCase()))
      continue;
    rows.add(index + 1);
  }
  return rows;
}

/** The index of the column numbering the orders, if the sheet has one (merge counts an order's rows once by it). */
export function orderColumn(folded: readonly string[], values: Rows): number | undefined {
  const main = folded.findIndex((h) => MAIN_ORDER_NUMBER.test(h));
  if (main >= 0) return main;
  const plain = folded.findIndex((h) => ORDER_NUMBER.test(h));
  if (plain >= 0) return plain;
  // A Name column is the order's only when its values are order names; elsewhere it is the customer's.
  const name = folded.indexOf(SHOPIFY_NAME);
  if (name < 0) return undefined;
  let seen = 0;
  for (let index = 1; index < values.length; index++) {
    const value = values[index]?.[name];
    if (isBlank(value)) continue;
    if (!SHOPIFY_ORDER.test(textOf(value))) return undefined;
    seen++;
  }
  return seen > 0 ? name : undefined;
}

/** Whether a field describes the customer (name, phone, e-mail, place) rather than one order. */
export function isCustomerField(field: Field): boolean {
  return field.kind === 'personName' || field.kind === 'phone' || field.kind === 'email' || PLACE_FIELDS.has(field.key);
}

/** A cell's text as the export wrote it, without the tab 抖店 puts before long numbers. */
function textOf(value: CellValue | undefined): string {
  return cellText(value).trim();
}
