import { compareLists } from '../../shared/operations/compare-lists';
import { planCompareStatus } from '../../shared/operations/combine-plans';
import { COMBINE_WORDS } from '../../shared/operations/combine-words';
import { after } from './apply';
import { CRM_NAME, CRM_ROWS, SALES_NAME, SALES_ROWS, snapshotOf, WECOM_NAME, WECOM_ROWS } from './combine-fixtures';

const sales = { name: SALES_NAME, snapshot: snapshotOf('客户', SALES_ROWS) };
const crm = { name: CRM_NAME, snapshot: snapshotOf('partner-crm', CRM_ROWS, true) };
const wecom = { name: WECOM_NAME, snapshot: snapshotOf('企微客户导出', WECOM_ROWS, true) };

describe('compare-lists', () => {
  test('finds which rows of an English list are already in a Chinese one when names are in pinyin', () => {
    const comparison = compareLists(sales, crm);
    expect(comparison.rows.map((r) => [r.row, r.status, r.matches])).toEqual([
      [2, 'new', []],
      [3, 'existing', [4]],
      [4, 'existing', [5]],
      [5, 'new', []],
    ]);
    expect(comparison.counts).toEqual({ existing: 2, possible: 0, new: 2 });
    expect(comparison.combined.locale).toBe('en-US');
  });

  test('lists every row of A that holds the customer when A has it twice', () => {
    const a = {
      name: 'a.csv',
      snapshot: snapshotOf('a', [...WECOM_ROWS, ['张伟', '13800138000', '西湖茶业', '', '', '']]),
    };
    const comparison = compareLists(a, sales);
    const zhang = comparison.rows.find((r) => r.row === 4);
    expect(zhang).toMatchObject({ status: 'existing', matches: [2, 7] });
    expect(comparison.rows.find((r) => r.row === 3)).toMatchObject({ status: 'existing', matches: [3] });
    expect(comparison.rows.filter((r) => r.status === 'new').map((r) => r.row)).toEqual([2, 5]);
  });

  test('calls a row maybe in A when its group is below the threshold but worth a look', () => {
    const comparison = compareLists(sales, crm, { threshold: 1 });
    expect(comparison.rows.map((r) => [r.row, r.status, r.matches])).toEqual([
      [2, 'new', []],
      [3, 'possible', [4]],
      [4, 'existing', [5]],
      [5, 'new', []],
    ]);
    expect(comparison.counts).toEqual({ existing: 1, possible: 1, new: 2 });
  });

  test('matches exactly on a key column when each list heads it differently', () => {
    const comparison = compareLists(wecom, crm, { exact: true, columns: ['手机号'] });
    expect(comparison.rows.map((r) => [r.row, r.status, r.matches])).toEqual([
      [2, 'new', []],
      [3, 'existing', [2]],
      [4, 'new', []],
      [5, 'new', []],
    ]);
  });

  test('calls every row new when the lists share no customer', () => {
    const comparison = compareLists(
      { name: 'a.csv', snapshot: snapshotOf('a', CRM_ROWS.slice(0, 2), true) },
      { name: 'b.csv', snapshot: snapshotOf('b', [CRM_ROWS[0]!, CRM_ROWS[4]!], true) },
    );
    expect(comparison.counts).toEqual({ existing: 0, possible: 0, new: 1 });
  });
});

describe('combine-plans', () => {
  test('adds a status column to B in Chinese when B is a Chinese list', () => {
    const comparison = compareLists(crm, sales);
    const plan = planCompareStatus(sales.snapshot, comparison, CRM_NAME);
    const sheet = after(sales.snapshot, plan);
    expect(sheet.values.map((row) => row[6])).toEqual([
      '对比结果',
      '新客户',
      '新客户',
      '已存在（partner-crm.csv 第 3 行）',
      '已存在（partner-crm.csv 第 4 行）',
    ]);
    // Nothing else in B changes.
    expect(sheet.values.map((row) => row.slice(0, 6))).toEqual(SALES_ROWS);
  });

  test('adds a status column to B in English when B is an English list', () => {
    const comparison = compareLists(sales, crm);
    const sheet = after(crm.snapshot, planCompareStatus(crm.snapshot, comparison, 'sales-a.xlsx'));
    expect(sheet.values.map((row) => row[6])).toEqual([
      'Compared',
      'New',
      'In sales-a.xlsx (row 4)',
      'In sales-a.xlsx (row 5)',
      'New',
    ]);
  });
});

describe('combine-words', () => {
  test.each([
    ['en-US', 1, '1 row'],
    ['en-US', 2, '2 rows'],
    ['en-US', 1200, '1,200 rows'],
    ['zh-CN', 1, '1 行'],
    ['zh-CN', 1200, '1,200 行'],
  ] as const)('counts %s rows right when there are %d', (locale, n, text) => {
    expect(COMBINE_WORDS[locale].count(n, 'row')).toBe(text);
  });

  test.each([
    ['en-US', [12], 'In A (row 12)', 'Maybe in A (row 12)'],
    ['en-US', [12, 15], 'In A (rows 12, 15)', 'Maybe in A (rows 12, 15)'],
    ['zh-CN', [12], '已存在（A 第 12 行）', '可能已存在（A 第 12 行）'],
    ['zh-CN', [12, 15], '已存在（A 第 12、15 行）', '可能已存在（A 第 12、15 行）'],
  ] as const)('words a %s status when A holds rows %j', (locale, rows, existing, possible) => {
    expect(COMBINE_WORDS[locale].existing('A', rows)).toBe(existing);
    expect(COMBINE_WORDS[locale].possible('A', rows)).toBe(possible);
  });
});
