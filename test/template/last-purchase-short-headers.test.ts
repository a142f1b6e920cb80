/**
 * A member system's 最近消费日 (最后消费日, 最近购买日, 末次消费日期): the last purchase date, with 日期
 * shortened to 日 or 最后 written 末次, as 最近消费日期 and 最近消费 already are.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';

// A 有赞 / 微盟-style member export: card number, name, mobile, points, spend, then the last purchase.
const MEMBERS: CellValue[][] = [
  ['V20230001', '王芳', '13800001111', 1200, '¥3,280.00', '2024-07-07'],
  ['V20230002', '李明', '13800002222', 300, '¥599.00', '2024/7/20'],
  ['V20230010', '陈静', '13912340000', 2000, '¥12,800.00', '2023-12-12'],
  ['V20230040', '刘洋', '13612345678', 900, '¥1,050.00', '2024-06-30'],
];

const mapWith = (header: string) =>
  mapHeaders(['会员卡号', '姓名', '手机', '积分', '累计消费金额', header], DEFAULT_TEMPLATE, {}, MEMBERS);

describe('mapHeaders on a shortened last-purchase-date header', () => {
  test.each(['最近消费日', '最后消费日', '最近购买日', '最后购买日', '末次消费日期', '末次消费', '末次购买日期'])(
    'maps %s to the last purchase date',
    (header) => {
      const mapping = mapWith(header);
      expect(mapping.byField.lastPurchaseDate).toBe(6);
      // The total spend beside it keeps its own column.
      expect(mapping.columns[4]!.field).toBe('totalSpend');
    },
  );

  test.each(['最近消费日', '末次消费日期'])('maps %s by its words alone, before any value is read', (header) => {
    expect(mapHeaders([header], DEFAULT_TEMPLATE).columns[0]!.field).toBe('lastPurchaseDate');
  });

  test('leaves the amount of the last purchase (末次消费金额) alone', () => {
    expect(mapHeaders(['末次消费金额'], DEFAULT_TEMPLATE).columns[0]!.field).toBeNull();
  });
});
