/**
 * Set up formats a date column yyyy-mm-dd and a money column #,##0.00. A number cell in a date column
 * that is no date (1985 typed under 生日, a year) would then show as 1905-06-07, and an amount whose
 * format shows its currency ($1,000.00 among ¥ amounts) would lose it: the format skips those cells.
 */
import { planSetup } from '../../shared/operations/setup';
import { showsCurrency } from '../../shared/operations/format-spans';
import { sheet, TODAY } from './fixtures';

const members = () =>
  sheet(
    [
      ['姓名', '手机', '生日', '最近购买日期'],
      ['张伟', '13800138001', 1985, new Date(Date.UTC(2024, 0, 2))],
      ['李娜', '13800138002', new Date(Date.UTC(1990, 2, 5)), 2024],
      ['王芳', '13800138003', new Date(Date.UTC(1991, 2, 5)), 45293],
      ['刘洋', '13800138004', new Date(Date.UTC(1988, 6, 1)), new Date(Date.UTC(2024, 4, 1))],
    ],
    { columnFormats: [null, null, 'yyyy-mm-dd', 'yyyy-mm-dd'] },
  );

describe('format-spans', () => {
  test('set up lays no date format over a year typed as a number', () => {
    const { plan } = planSetup(members(), { now: TODAY, locale: 'zh-CN' });
    const spans = (col: number) =>
      plan.numberFormats.filter((f) => f.col === col).map((f) => [f.firstRow, f.lastRow, f.format]);
    expect(spans(3)).toEqual([[3, 1005, 'yyyy-mm-dd']]);
    // 45293 is the serial of 2024-01-02, shown as that date.
    expect(spans(4)).toEqual([
      [2, 2, 'yyyy-mm-dd'],
      [4, 1005, 'yyyy-mm-dd'],
    ]);
  });

  test('a column of dates keeps one span', () => {
    const values = members();
    values.values[1]![2] = new Date(Date.UTC(1985, 0, 1));
    const { plan } = planSetup(values, { now: TODAY, locale: 'zh-CN' });
    expect(plan.numberFormats.filter((f) => f.col === 3).map((f) => [f.firstRow, f.lastRow])).toEqual([[2, 1005]]);
  });

  test('set up keeps the currency an amount’s format shows', () => {
    // An .xlsx kept in yuan ("¥"#,##0.00 from row 2), one amount formatted in dollars, one in euros.
    const spend = sheet(
      [
        ['姓名', '手机', '累计消费金额'],
        ['张伟', '13800138001', 1280.5],
        ['李娜', '13800138002', 12800],
        ['王芳', '13800138003', 1000],
        ['刘洋', '13800138004', 99.99],
        ['陈静', '13800138005', 300],
      ],
      {
        columnFormats: [null, null, '"¥"#,##0.00'],
        extras: [
          { row: 4, col: 3, format: '[$$-409]#,##0.00' },
          { row: 5, col: 3, format: '[$€-407]\\ #,##0.00' },
          { row: 6, col: 3, format: '#,##0' },
        ],
      },
    );
    const { plan } = planSetup(spend, { now: TODAY, locale: 'zh-CN' });
    expect(plan.numberFormats.filter((f) => f.col === 3).map((f) => [f.firstRow, f.lastRow, f.format])).toEqual([
      [6, 1006, '#,##0.00'],
    ]);
  });

  test.each([
    ['"¥"#,##0.00', true],
    ['[$$-409]#,##0.00', true],
    ['[$€-407]\\ #,##0.00', true],
    ['[$USD] #,##0.00', true],
    ['#,##0.00"元"', true],
    ['"RMB "#,##0', true],
    ['$#,##0.00_);($#,##0.00)', true],
    ['#,##0.00', false],
    ['0%', false],
    ['[$-409]#,##0.00', false],
    ['_-* #,##0.00_-;-* #,##0.00_-', false],
    [null, false],
  ])('%j shows a currency: %j', (format, expected) => {
    expect(showsCurrency(format)).toBe(expected);
  });
});

describe('text format and formulas', () => {
  // A team builds a phone from its area code and number (=D2&E2): as text (@) the formula, once edited
  // in Excel, would stay as typed text and never compute again.
  const withFormulas = () =>
    sheet(
      [
        ['姓名', '手机', '公司', '区号', '号码'],
        ['张伟', '021-62345678', '星辰科技', '021', '62345678'],
        ['李娜', '13800138002', '华信贸易', '', ''],
        ['王芳', '010-88886666', '东方物流', '010', '88886666'],
      ],
      {
        formulas: [
          { row: 2, col: 2, formula: '=D2&"-"&E2' },
          { row: 4, col: 2, formula: '=D4&"-"&E4' },
        ],
      },
    );

  test('set up lays no text format over a formula in a phone column', () => {
    const { plan } = planSetup(withFormulas(), { now: TODAY, locale: 'zh-CN' });
    const spans = plan.numberFormats.filter((f) => f.col === 2).map((f) => [f.firstRow, f.lastRow, f.format]);
    expect(spans).toEqual([
      [3, 3, '@'],
      [5, 1004, '@'],
    ]);
  });
});

test('set up lays no text format over customer IDs a formula numbers (="C"&TEXT(ROW()-1,"000000"))', () => {
  const snapshot = sheet(
    [
      ['客户编号', '姓名', '手机'],
      ['C000001', '张伟', '13800138001'],
      ['C000002', '李娜', '13800138002'],
      ['C000003', '王芳', '13800138003'],
    ],
    { formulas: [2, 3, 4].map((row) => ({ row, col: 1, formula: '="C"&TEXT(ROW()-1,"000000")' })) },
  );
  const { plan } = planSetup(snapshot, { now: TODAY, locale: 'zh-CN' });
  const spans = plan.numberFormats.filter((f) => f.col === 1).map((f) => [f.firstRow, f.lastRow, f.format]);
  expect(spans).toEqual([[5, 1004, '@']]);
});
