import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import { buildInsights } from '../../shared/insights';
import type { Locale } from '../../shared/i18n/locale';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { sheet, TODAY } from '../operations/fixtures';

// A Shopify customer export (text only): store-currency amounts unmarked, one UK customer's in pounds.
const SHOPIFY: CellValue[][] = [
  ['First Name', 'Last Name', 'Email', 'Phone', 'Total Spent', 'Total Orders'],
  ['Emily', 'Carter', 'emily.carter@gmail.com', '+15415550111', '1,234.50', '7'],
  ['Raj', 'Patel', 'raj.patel@outlook.com', '+14165550134', '89.00', '1'],
  ['Oliver', 'Hughes', 'oliver.hughes@btinternet.com', '+442079460958', '£75.00', '1'],
  ['Mia', 'Nguyen', 'mia.nguyen@gmail.com', '+16175550123', '410.00', '2'],
];
// A member list kept in yuan, with amounts some members paid in other currencies.
const MEMBERS: CellValue[][] = [
  ['姓名', '手机号', '累计消费'],
  ['张伟', '13800138000', '¥12,000'],
  ['李娜', '13912345678', '$1,500'],
  ['王芳', '13700137000', '￥3,500'],
  ['刘洋', '13600136000', 'US$1,500'],
  ['陈静', '13500135000', '1500美元'],
  ['杨磊', '13400134000', 'HK$800'],
  ['赵敏', '13300133000', '8000'],
];
const US_TEMPLATE = { ...DEFAULT_TEMPLATE, defaultRegion: 'US' };

const shopify = () =>
  sheet(
    SHOPIFY.map((r) => [...r]),
    { textOnly: true },
  );
const members = () =>
  sheet(
    MEMBERS.map((r) => [...r]),
    { textOnly: true },
  );
const issuesIn = (col: string, issues: ReturnType<typeof checkSheet>['issues']) =>
  issues.filter((i) => i.column === col).map((i) => [i.row, i.code, i.severity, i.value]);

describe('amounts in another currency than their column', () => {
  test('leaves a Shopify export’s £75.00 among unmarked dollars as typed, with a warning', () => {
    const { issues } = checkSheet(shopify(), { now: TODAY, locale: 'en-US', template: US_TEMPLATE });
    expect(issuesIn('Total Spent', issues)).toEqual([
      [2, 'number.nonCanonical', 'warning', '1,234.50'],
      [4, 'number.otherCurrency', 'warning', '£75.00'],
    ]);
    const pounds = issues.find((i) => i.code === 'number.otherCurrency');
    expect(pounds).toMatchObject({ suggestion: null });
    // No amount writes the dollar sign, so the message names none.
    expect(pounds?.message).toBe(
      '"£75.00" is in another currency than the column\'s other amounts: left as typed. Convert it to their currency, or keep its currency in a column of its own.',
    );
  });

  test.each<[Locale, string]>([
    ['zh-CN', '“£75.00”与本列其他金额（$）币种不同：已保持原样。请换算成 $，或把币种记在单独的一列。'],
    [
      'en-US',
      '"£75.00" is in another currency than the column\'s ($): left as typed. Convert it to $, or keep its currency in a column of its own.',
    ],
  ])('names the column’s currency in %s where its amounts write it', (locale, message) => {
    const written = shopify();
    written.values[1]![4] = '$1,234.50';
    const { issues } = checkSheet(written, { now: TODAY, locale, template: US_TEMPLATE });
    expect(issues.find((i) => i.code === 'number.otherCurrency')?.message).toBe(message);
  });

  test('tells the £ amount apart from unmarked ones under the built-in template too', () => {
    const { issues } = checkSheet(shopify(), { now: TODAY, locale: 'en-US' });
    expect(issues.filter((i) => i.code === 'number.otherCurrency').map((i) => [i.row, i.value])).toEqual([
      [4, '£75.00'],
    ]);
    const zh = checkSheet(shopify(), { now: TODAY, locale: 'zh-CN' }).issues;
    expect(zh.find((i) => i.code === 'number.otherCurrency')?.message).toBe(
      '“£75.00”与本列其他金额币种不同：已保持原样。请换算成本列币种，或把币种记在单独的一列。',
    );
  });

  test('leaves a member list’s dollar amounts among yuan as typed, and cleans the yuan ones', () => {
    const { issues } = checkSheet(members(), { now: TODAY, locale: 'zh-CN' });
    expect(issuesIn('累计消费', issues)).toEqual([
      [2, 'number.nonCanonical', 'warning', '¥12,000'],
      [3, 'number.otherCurrency', 'warning', '$1,500'],
      [4, 'number.nonCanonical', 'warning', '￥3,500'],
      [5, 'number.otherCurrency', 'warning', 'US$1,500'],
      [6, 'number.otherCurrency', 'warning', '1500美元'],
      [7, 'number.otherCurrency', 'warning', 'HK$800'],
    ]);
    expect(issues.find((i) => i.row === 7 && i.code === 'number.otherCurrency')?.message).toBe(
      '“HK$800”与本列其他金额（¥）币种不同：已保持原样。请换算成 ¥，或把币种记在单独的一列。',
    );
    const en = checkSheet(members(), { now: TODAY, locale: 'en-US' }).issues;
    expect(en.find((i) => i.row === 3 && i.column === '累计消费')?.message).toBe(
      '"$1,500" is in another currency than the column\'s (¥): left as typed. Convert it to ¥, or keep its currency in a column of its own.',
    );
  });

  test('clean writes the column’s amounts as numbers and counts the others among what it could not fix', () => {
    const zh = planClean(members(), { now: TODAY, locale: 'zh-CN' });
    expect(zh.plan.edits.filter((e) => e.col === 3).map((e) => [e.row, e.before, e.after])).toEqual([
      [2, '¥12,000', 12000],
      [4, '￥3,500', 3500],
    ]);
    expect(zh.summary.unfixable).toBe(4);
    const en = planClean(shopify(), { now: TODAY, locale: 'en-US', template: US_TEMPLATE });
    expect(en.plan.edits.some((e) => e.before === '£75.00')).toBe(false);
    expect(en.summary.unfixable).toBe(1);
  });

  test('counts an amount in another currency as valid but not canonical in the quality score', () => {
    const report = buildInsights(members(), { now: TODAY, locale: 'zh-CN' });
    expect(report.quality.fields.find((f) => f.field === 'totalSpend')).toMatchObject({
      filled: 7,
      valid: 7,
      canonical: 1,
    });
  });

  test('reads a column of $ amounts as dollars, and a stray HK$ as another currency', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone', 'Total Spent'],
      ['Emily Carter', '+15415550111', '$1,234.50'],
      ['Raj Patel', '+14165550134', '$89.00'],
      ['Wing Chan', '+85291234567', 'HK$800'],
    ];
    const { issues } = checkSheet(sheet(values, { textOnly: true }), { now: TODAY, locale: 'en-US' });
    expect(issuesIn('Total Spent', issues)).toEqual([
      [2, 'number.nonCanonical', 'warning', '$1,234.50'],
      [3, 'number.nonCanonical', 'warning', '$89.00'],
      [4, 'number.otherCurrency', 'warning', 'HK$800'],
    ]);
  });
});
