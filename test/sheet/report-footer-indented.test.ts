/**
 * A Salesforce report exported as a formatted .xlsx starts its table in column B: column A is empty
 * from the header down, and the footer's lines stand in B, the table's first column, not in A.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { dataRows } from '../../shared/dedupe/records';
import { buildInsights } from '../../shared/insights/build-insights';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { reportFooterStart } from '../../shared/sheet/report-footer';
import { sheet, TODAY } from '../operations/fixtures';

const HEADER = [null, 'First Name', 'Last Name', 'Title', 'Account Name', 'Phone', 'Email'];
const JANE = [null, 'Jane', 'Doe', 'CEO', 'Acme Corp', '+1 617 555 0123', 'jane@acme.com'];
const JOHN = [null, 'John', 'Roe', 'CFO', 'Globex', '+1 617 555 0199', 'john@globex.com'];
/** A contact with no phone: missing a required field, so check has one thing to say about the list. */
const ANN = [null, 'Ann', 'Lee', null, 'Initech', null, 'ann@initech.com'];
/** A line alone in the table's first column, column B. */
const line = (text: string | null): CellValue[] => [null, text, null, null, null, null, null];
const FOOTER: CellValue[][] = [
  line('Grand Totals (3 records)'),
  line(null),
  line('Confidential Information - Do Not Distribute'),
  line('Copyright © 2000-2024 salesforce.com, inc. All rights reserved.'),
];
const REPORT: CellValue[][] = [HEADER, JANE, JOHN, ANN, ...FOOTER];

describe('report footer under a table that starts in column B', () => {
  test('the footer starts at its totals line', () => {
    expect(reportFooterStart(REPORT)).toBe(4);
    // Without the totals line, right under the last contact and a blank row.
    expect(reportFooterStart([HEADER, JANE, JOHN, line(null), ...FOOTER.slice(2)])).toBe(4);
  });

  test('check checks the three contacts only and names the footer lines as notes', () => {
    const result = checkSheet(sheet(REPORT), { now: TODAY });
    expect(result.rows).toBe(3);
    expect(result.totalsRows).toEqual([5]);
    expect(result.notesRows).toEqual([7, 8]);
    expect(result.issues.map((i) => [i.row, i.column, i.code])).toEqual([[4, 'Phone', 'required.missing']]);
  });

  test('clean gives customer IDs to the contacts only and leaves the footer as typed', () => {
    const withIds = REPORT.map((row, r) => [...row, r === 0 ? 'Customer ID' : null]);
    const { plan } = planClean(sheet(withIds), { now: TODAY });
    expect(plan.edits.filter((e) => e.reason === 'id.missing').map((e) => e.row)).toEqual([2, 3, 4]);
    expect(plan.edits.filter((e) => e.row >= 5)).toEqual([]);
  });

  test('dedupe and the report count the contacts only', () => {
    expect(Array.from(dataRows(REPORT))).toEqual([2, 3, 4]);
    expect(buildInsights(sheet(REPORT), { now: TODAY }).rows).toBe(3);
  });

  test('a one-cell last row with no report line above it stays a customer', () => {
    const bob = line('Bob Ng');
    expect(reportFooterStart([HEADER, JANE, JOHN, bob])).toBe(4);
    expect(checkSheet(sheet([HEADER, JANE, JOHN, line('Grand Total: 2'), bob]), { now: TODAY }).rows).toBe(3);
  });

  test('a report line in column B is a customer cell when the list fills column A', () => {
    // Column A holds each contact's number: a lone B cell under the list is no footer in the first column.
    const numbered = [HEADER, JANE, JOHN].map((row, r) => [r === 0 ? 'No.' : r, ...row.slice(1)]);
    const rows = [...numbered, line('Confidential Information - Do Not Distribute')];
    expect(reportFooterStart(rows)).toBe(rows.length);
  });
});
