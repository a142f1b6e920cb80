import { mergeAndApply, optionsFor, sheet } from './fixtures';

describe('summing amounts of separate purchases', () => {
  const headers = ['姓名', '手机', '购买次数', '累计消费金额'];
  const merge = (spends: string[]) => {
    const snapshot = sheet('客户', [
      headers,
      ['王芳', '13600136000', 2, spends[0]!],
      ['王芳', '13600136000', 3, spends[1]!],
    ]);
    return mergeAndApply(
      snapshot,
      [{ rows: [2, 3] }],
      optionsFor(snapshot, 'zh-CN', { countsAreSeparatePurchases: true, masters: { 0: 2 } }),
    ).rowAt(2);
  };

  test('adds amounts in one currency, marked or not', () => {
    expect(merge(['¥1,000.10', '200.2'])).toMatchObject({ 购买次数: 5, 累计消费金额: 1200.3 });
    expect(merge(['¥1,000', '￥500'])).toMatchObject({ 累计消费金额: 1500 });
  });

  test.each([
    ['¥1,000', '$200'],
    ['1,000', 'HK$800'],
    ['1000元', '1500美元'],
  ])('keeps the survivor’s %j rather than add %j, in another currency', (kept, other) => {
    expect(merge([kept, other])).toMatchObject({ 购买次数: 5, 累计消费金额: kept });
  });

  test('keeps the survivor’s total in an English export where one amount is in pounds', () => {
    const snapshot = sheet('Customers', [
      ['Name', 'Phone', 'Total Orders', 'Total Spent'],
      ['Oliver Hughes', '+442079460958', 1, '410.00'],
      ['Oliver Hughes', '+442079460958', 1, '£75.00'],
    ]);
    const { rowAt } = mergeAndApply(
      snapshot,
      [{ rows: [2, 3] }],
      optionsFor(snapshot, 'en-US', { countsAreSeparatePurchases: true, masters: { 0: 2 } }),
    );
    expect(rowAt(2)).toMatchObject({ 'Total Orders': 2, 'Total Spent': '410.00' });
  });
});
