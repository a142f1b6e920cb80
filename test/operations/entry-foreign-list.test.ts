/**
 * Typing into an international list (a trade show's badge scans: +44, +49, +61 and China rows) with
 * auto-govern on: the few changed rows cannot tell it is one, so the host says so (`foreignList`, or
 * the meta's FOREIGN_LIST_KEY). Then a China row's number is written with +86, as check and clean
 * write it on the whole list; a Chinese team's own list still gets 13812345678 and 0755-88881234.
 */
import { FOREIGN_LIST_KEY, planEntry, type EntryChange } from '../../shared/operations/entry';
import { planAutoGovern } from '../../shared/operations/auto-govern';
import { sheet } from './fixtures';

const HEADER = ['Customer ID', 'First Name', 'Last Name', 'Company', 'Email', 'Phone', 'Country'];

function change(rows: EntryChange['rows'], extra: Partial<EntryChange> = {}): EntryChange {
  return { sheet: 'Badge Scans', header: HEADER, rows, meta: { 'customerId.last.C': '9' }, ...extra };
}

const phoneEdits = (c: EntryChange) =>
  planEntry(c)
    .plan.edits.filter((e) => e.col === 6)
    .map((e) => [e.row, e.after]);

// tradeshow_badge_scans.csv's China row typed as its card gives the number, and a mobile typed bare.
const ZHANG = [
  'C000005',
  'Wei',
  'Zhang',
  'Shenzhen Bright Electronics',
  'zhangwei@bright-sz.com',
  '0755-88881234',
  'China',
];
const LI = ['C000006', 'Na', 'Li', 'Sino Trade', 'ln@sino.cn', '138 1234 5678', 'China'];
const WANG = ['C000007', 'Fang', 'Wang', 'Sino Trade', 'wf@sino.cn', '+86 139 1234 5678', 'China'];

describe('entry on an international list keeps +86 on China’s numbers', () => {
  test('the host says the list is international: a Shenzhen landline and a mobile get +86', () => {
    const rows = [
      { row: 7, values: ZHANG },
      { row: 8, values: LI },
      { row: 9, values: WANG },
    ];
    expect(phoneEdits(change(rows, { foreignList: true }))).toEqual([
      [7, '+86 755 8888 1234'],
      [8, '+86 138 1234 5678'],
    ]);
  });

  test('the meta says so, as the host keeps it', () => {
    const rows = [{ row: 7, values: ZHANG }];
    expect(phoneEdits(change(rows, { meta: { [FOREIGN_LIST_KEY]: 'on' } }))).toEqual([[7, '+86 755 8888 1234']]);
  });

  test('a list that is its team’s own still writes the numbers as China dials them', () => {
    const rows = [
      { row: 7, values: ZHANG },
      { row: 8, values: LI },
      { row: 9, values: WANG },
    ];
    expect(phoneEdits(change(rows))).toEqual([
      [8, '13812345678'],
      [9, '13912345678'],
    ]);
  });

  test('turning auto-govern on reads the whole list once: the badge scans are international, a Chinese team’s list is not', () => {
    // prettier-ignore
    const scans = [
      HEADER,
      ['C000001', 'Oliver', 'Hughes', 'Hughes Logistics Ltd', 'oliver@hugheslogistics.co.uk', '+44 (0)20 7123 4567', 'United Kingdom'],
      ['C000002', 'Klaus', 'Fischer', 'Fischer Maschinenbau GmbH', 'k.fischer@fischer-mb.de', '+49 (0)89 1234 5678', 'Germany'],
      ['C000003', 'Chloe', 'Nguyen', 'Southern Cross Imports Pty Ltd', 'chloe@scimports.com.au', '+61 2 8123 4567', 'Australia'],
      ZHANG,
    ];
    const on = planAutoGovern({ ...sheet(scans), name: 'Badge Scans' }, true).meta;
    expect(on).toEqual({ 'entry.autoGovern': 'on', 'entry.autoGovernSheet': 'Badge Scans', [FOREIGN_LIST_KEY]: 'on' });
    // The next change typed into the list is governed as the international list it is.
    expect(phoneEdits(change([{ row: 6, values: ZHANG }], { meta: { ...on, 'customerId.last.C': '9' } }))).toEqual([
      [6, '+86 755 8888 1234'],
    ]);
    const own = [
      ['客户编号', '姓名', '手机', '公司'],
      ['C000001', '张伟', '13812345678', '深圳明亮电子有限公司'],
    ];
    expect(planAutoGovern(sheet(own), true).meta[FOREIGN_LIST_KEY]).toBe('off');
    expect(planAutoGovern(sheet(own), false).meta).toEqual({
      'entry.autoGovern': 'off',
      'entry.autoGovernSheet': '客户',
    });
  });
});
