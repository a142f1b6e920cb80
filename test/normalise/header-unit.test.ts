import { headerUnit, shownUnit, unitFits } from '../../shared/normalise/header-unit';

describe('header-unit', () => {
  test.each([
    ['累计消费金额(元)', '累计消费金额', '(元)', '元', 'money', 1],
    ['消费金额（元）', '消费金额', '（元）', '元', 'money', 1],
    ['订单金额（元）', '订单金额', '（元）', '元', 'money', 1],
    ['金额(万元)', '金额', '(万元)', '万元', 'money', 10_000],
    ['成交金额（单位：万元）', '成交金额', '（单位：万元）', '单位：万元', 'money', 10_000],
    ['回款(百万元)', '回款', '(百万元)', '百万元', 'money', 1_000_000],
    ['累计消费(RMB)', '累计消费', '(RMB)', 'RMB', 'money', 1],
    ['累计消费(¥)', '累计消费', '(¥)', '¥', 'money', 1],
    ['Spend (USD)', 'Spend', ' (USD)', 'USD', 'money', 1],
    ['Spend (INR)', 'Spend', ' (INR)', 'INR', 'money', 1],
    ['Revenue (in USD)', 'Revenue', ' (in USD)', 'in USD', 'money', 1],
    ['Revenue (USD k)', 'Revenue', ' (USD k)', 'USD k', 'money', 1_000],
    ['Total Spent ($)', 'Total Spent', ' ($)', '$', 'money', 1],
    ['复购率(%)', '复购率', '(%)', '%', 'measure', 1],
    ['消费次数(次)', '消费次数', '(次)', '次', 'count', 1],
    ['会员天数（天）', '会员天数', '（天）', '天', 'measure', 1],
    ['金额(万)', '金额', '(万)', '万', 'measure', 10_000],
  ])('reads %j as its words and a unit', (header, words, tail, unit, kind, scale) => {
    expect(headerUnit(header)).toEqual({ words, tail, unit, kind, scale });
  });

  test.each([
    '联系电话(手机)',
    '手机（必填）',
    'Phone (Mobile)',
    '公司(全称)',
    '累计消费金额',
    '(元)',
    '地址（省/市/区）',
  ])('finds no unit in %j', (header) => {
    expect(headerUnit(header)).toBeNull();
  });

  test.each([
    ['成交金额（单位：万元）', '万元'],
    ['Revenue (in USD)', 'USD'],
    ['Revenue (Unit: USD k)', 'USD k'],
    ['Spend (INR)', 'INR'],
    ['累计消费金额(元)', '元'],
  ])('shows the unit of %j as %j beside a figure', (header, shown) => {
    expect(shownUnit(headerUnit(header)!)).toBe(shown);
  });

  test('says which fields a unit can count: a currency only money, things only whole numbers', () => {
    const yuan = headerUnit('累计消费金额(元)')!;
    const times = headerUnit('消费次数(次)')!;
    const days = headerUnit('距上次消费(天)')!;
    expect([unitFits(yuan, 'money'), unitFits(yuan, 'integer'), unitFits(yuan, 'date')]).toEqual([true, false, false]);
    expect([unitFits(times, 'integer'), unitFits(times, 'money')]).toEqual([true, false]);
    expect([unitFits(days, 'integer'), unitFits(days, 'date'), unitFits(days, 'text')]).toEqual([true, false, false]);
  });
});
