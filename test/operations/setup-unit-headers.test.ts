/**
 * Set up (and clean, which sets up first) renames a mapped header to the template's label: a header
 * with a unit keeps its unit, so 累计消费金额（万元）'s 1.5 never turns into ¥1.5 under 累计消费金额.
 */
import { planSetup } from '../../shared/operations/setup';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, sampleRows } from '../../shared/template/header-mapping';
import { after } from './apply';
import { sheet, TODAY } from './fixtures';

function setUp(values: CellValue[][], locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  const snapshot = sheet(values);
  const { plan } = planSetup(snapshot, { now: TODAY, locale });
  const done = after(snapshot, plan);
  return { headers: done.values[0] as string[], done };
}

describe('setup-headers', () => {
  test('keeps 有赞’s 累计消费金额(元) as typed and adds no second, empty 累计消费金额 column', () => {
    const { headers } = setUp([
      ['客户姓名', '手机号', '累计消费金额(元)', '成为客户时间'],
      ['熊丽', '18117057776', '7302.54', '2023-04-04 12:08:04'],
      ['贺桂飞', '18978756105', '12474.31', '2024-02-15 18:25:33'],
      ['唐勇丹', '18968530154', '23559.04', '2023-11-21 15:18:15'],
    ]);
    // 成为客户时间 is when the person became the shop's customer, no record's creation: it keeps its words.
    expect(headers.slice(0, 4)).toEqual(['姓名', '手机', '累计消费金额(元)', '成为客户时间']);
    expect(headers.filter((h) => h.startsWith('累计消费金额'))).toEqual(['累计消费金额(元)']);
  });

  test.each([
    ['消费金额（元）', '累计消费金额（元）', 'zh-CN'],
    ['成交金额（万元）', '累计消费金额（万元）', 'zh-CN'],
    ['Spend (USD)', 'Total Spend (USD)', 'en-US'],
  ] as const)('renames %j to %j, the label with the unit it counts in', (header, renamed, locale) => {
    const values: CellValue[][] = [
      [locale === 'zh-CN' ? '姓名' : 'Name', locale === 'zh-CN' ? '手机' : 'Phone', header],
      ['张伟', '13800138000', '1.5'],
      ['李娜', '13900139000', '0.8'],
      ['王芳', '13700137000', '12'],
    ];
    const { headers, done } = setUp(values, locale);
    expect(headers[2]).toBe(renamed);
    // Read again, the renamed header is the field's, in the same unit.
    const again = mapHeaders(done.values[0]!, DEFAULT_TEMPLATE, {}, sampleRows(done.values));
    expect(again.columns[2]).toMatchObject({ field: 'totalSpend', match: 'label' });
    expect(again.columns[2]!.unit).toBe(header.match(/[(（]\s*(.+?)\s*[)）]$/)![1]);
  });
});
