/**
 * USD 75,000 among $ amounts: in a US list, or under a header that says USD / 美元, the $ is the US
 * dollar and both are one currency. In a Hong Kong, Taiwan, Singapore, Canadian or Australian list, or
 * one no region speaks for, $ may be either dollar: a warning that says so.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { Locale } from '../../shared/i18n/locale';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

// A Chinese exporter's (外贸) customers abroad: deals in US dollars, written every way the sales team types them.
// prettier-ignore
const EXPORTER: CellValue[][] = [
  ['客户名称', '联系人', '邮箱', '国家', '累计成交金额（美元）'],
  ['Acme Trading LLC', 'Tom Baker', 'tom@acme.example', '美国', '$12,500'],
  ['Müller Maschinenbau GmbH', 'Jonas Müller', 'jm@mueller.example', '德国', '$8,200.50'],
  ['Soluções Brasil Ltda', 'Ana Souza', 'ana@solucoes.example', '巴西', 'USD 75,000'],
  ['Outback Supplies Pty Ltd', 'Jack Wilson', 'jack@outback.example', '澳大利亚', 'US$18,000'],
  ['Pacific Imports Inc', 'Linda Park', 'linda@pacific.example', '美国', '75,000 USD'],
  ['Thames Goods Ltd', 'Oliver Hughes', 'oliver@thames.example', '英国', '$3,100'],
];

/** A sales team's list: the phones (or countries) say where it is; one deal pasted from a contract in USD. */
function dollarList(header: string, where: { phones?: string[]; countries?: string[] } = {}): CellValue[][] {
  const people = ['Emily Carter', 'Raj Patel', 'Mia Nguyen', 'Tom Baker'];
  const amounts = ['$1,280', '$560.50', 'USD 75,000', '$2,400'];
  return [
    ['Name', 'Email', ...(where.phones ? ['Phone'] : []), ...(where.countries ? ['Country'] : []), header],
    ...people.map((name, i) => [
      name,
      `${name.split(' ')[0]!.toLowerCase()}@example.com`,
      ...(where.phones ? [where.phones[i % where.phones.length]!] : []),
      ...(where.countries ? [where.countries[i % where.countries.length]!] : []),
      amounts[i]!,
    ]),
  ];
}

const check = (values: CellValue[][], locale: Locale = 'en-US') =>
  checkSheet(sheet(values, { textOnly: true }), { now: TODAY, locale });
const otherCurrency = (values: CellValue[][], locale: Locale = 'en-US') =>
  check(values, locale).issues.filter((i) => i.code === 'number.otherCurrency');

describe('checkSheet', () => {
  test('reads USD, US$ and $ as one currency when the header says 美元', () => {
    const { issues } = check(EXPORTER, 'zh-CN');
    expect(issues.filter((i) => i.column === '累计成交金额（美元）').map((i) => [i.row, i.code, i.suggestion])).toEqual(
      [
        [2, 'number.nonCanonical', 12500],
        [3, 'number.nonCanonical', 8200.5],
        [4, 'number.nonCanonical', 75000],
        [5, 'number.nonCanonical', 18000],
        [6, 'number.nonCanonical', 75000],
        [7, 'number.nonCanonical', 3100],
      ],
    );
  });

  test('reads USD 75,000 among $ amounts as the same currency when the header says USD', () => {
    expect(otherCurrency(dollarList('Total Spent (USD)'))).toEqual([]);
    expect(otherCurrency(dollarList('Total Spent USD'))).toEqual([]);
  });

  test.each<[string, { phones?: string[]; countries?: string[] }]>([
    ['phones', { phones: ['(415) 555-2671', '+1 212 555 0100'] }],
    ['country column and no phone column', { countries: ['United States', 'USA'] }],
  ])('reads USD 75,000 among $ amounts as the same currency when the %s say the list is American', (_, where) => {
    expect(otherCurrency(dollarList('Total Spent', where))).toEqual([]);
  });

  test('cleans USD 75,000 to a number with the column’s other amounts when the header says USD', () => {
    const { plan } = planClean(sheet(dollarList('Total Spent (USD)'), { textOnly: true }), {
      now: TODAY,
      locale: 'en-US',
    });
    expect(plan.edits.filter((e) => e.col === 3).map((e) => [e.row, e.after])).toEqual([
      [2, 1280],
      [3, 560.5],
      [4, 75000],
      [5, 2400],
    ]);
  });

  test.each<[string, string[], string, string]>([
    ['Hong Kong', ['+852 9123 4567', '+852 6123 4567'], 'Hong Kong dollars', '港币'],
    ['Taiwan', ['+886 912 345 678', '+886 922 345 678'], 'New Taiwan dollars', '新台币'],
    ['Singapore', ['+65 8123 4567', '+65 9123 4567'], 'Singapore dollars', '新加坡元'],
    ['Canadian', ['+1 416 555 0134', '+1 604 555 0134'], 'Canadian dollars', '加元'],
    ['Australian', ['+61 412 345 678', '+61 422 345 678'], 'Australian dollars', '澳元'],
  ])('warns that $ could be US dollars or the local dollar when the list is %s', (_, phones, en, zh) => {
    const values = dollarList('Total Spent', { phones });
    const [issue] = otherCurrency(values);
    expect(issue).toMatchObject({ row: 4, value: 'USD 75,000', severity: 'warning', suggestion: null });
    expect(issue!.message).toBe(
      `"USD 75,000" is in US dollars; the column's other amounts are in $, which could be US dollars or ${en}: left as typed. If they are US dollars, name the currency in the header ("Total Spent (USD)"); otherwise convert it to their currency, or keep its currency in a column of its own.`,
    );
    expect(otherCurrency(values, 'zh-CN')[0]!.message).toBe(
      `“USD 75,000”是美元；本列其他金额写的是 $，可能是美元，也可能是${zh}：已保持原样。若它们就是美元，请在表头注明币种（如“Total Spent（美元）”）；否则请换算成本列币种，或把币种记在单独的一列。`,
    );
  });

  test.each<[Locale, string]>([
    [
      'en-US',
      '"US$18,000" is in US dollars; the column\'s other amounts are in $, which could be US dollars or another dollar: left as typed. If they are US dollars, name the currency in the header ("累计成交金额 (USD)"); otherwise convert it to their currency, or keep its currency in a column of its own.',
    ],
    [
      'zh-CN',
      '“US$18,000”是美元；本列其他金额写的是 $，可能是美元，也可能是其他币种：已保持原样。若它们就是美元，请在表头注明币种（如“累计成交金额（美元）”）；否则请换算成本列币种，或把币种记在单独的一列。',
    ],
  ])('warns in %s that $ could be either when no region or header says which', (locale, message) => {
    const values = EXPORTER.map((row) => [...row]);
    values[0]![4] = '累计成交金额';
    const issues = otherCurrency(values, locale);
    expect(issues.map((i) => [i.row, i.value])).toEqual([
      [4, 'USD 75,000'],
      [5, 'US$18,000'],
      [6, '75,000 USD'],
    ]);
    expect(issues[1]!.message).toBe(message);
  });

  test('still names a pound amount among dollars as another currency, even under a USD header', () => {
    const values = dollarList('Total Spent (USD)');
    values[2]![2] = '£75.00';
    expect(otherCurrency(values).map((i) => [i.row, i.value, i.message])).toEqual([
      [
        3,
        '£75.00',
        '"£75.00" is in another currency than the column\'s ($): left as typed. Convert it to $, or keep its currency in a column of its own.',
      ],
    ]);
  });
});
