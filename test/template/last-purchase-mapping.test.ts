/**
 * A member list's 最近消费 (上次消费, Last Purchase, Last Order) says when the member last bought or
 * how much, by its values: dates are the last purchase date, amounts one purchase's amount, which is
 * neither that date nor the customer's total spend.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { labelWouldChange } from '../../shared/template/header-keeps';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';

const MEMBERS: CellValue[][] = [
  ['V20230001', '王芳', '13800001111', 1200],
  ['V20230002', '李明', '13800002222', 300],
  ['V20230010', '陈静', '13912340000', 2000],
  ['V20230040', '刘洋', '13612345678', 900],
  ['V20230050', '吴霞', '18688889999', 5000],
];
const DATES: CellValue[] = ['2024-07-07', '2024/7/20', new Date(Date.UTC(2024, 4, 1)), '2023-12-12', '2024-06-30'];
const AMOUNTS: CellValue[] = ['¥128.00', '¥59.90', '¥1,280.00', '¥35.00', '¥200.00'];
// As a workbook holds them: numbers formatted as money.
const AMOUNT_NUMBERS: CellValue[] = [128, 59.9, 1280, 35, 200.5];
// An Excel host reads date cells as serial numbers.
const SERIALS: CellValue[] = [45480, 45493, 45413, 45272, 45473];

function mapLast(header: string, values: readonly CellValue[]) {
  const headers = ['会员卡号', '姓名', '手机', '积分', header];
  const rows = MEMBERS.map((row, i) => [...row, values[i] ?? null]);
  return mapHeaders(headers, DEFAULT_TEMPLATE, {}, rows);
}

describe('mapHeaders on a last purchase header', () => {
  test.each(['最近消费', '上次消费', '最后消费', '最近购买', '最后购买', '最近下单', 'Last Purchase', 'Last Order'])(
    'maps %s to the last purchase date when its values are dates',
    (header) => {
      expect(mapLast(header, DATES).byField.lastPurchaseDate).toBe(5);
      expect(mapLast(header, SERIALS).byField.lastPurchaseDate).toBe(5);
    },
  );

  test.each(['最近消费', '上次消费', '上次购买', 'Last Purchase', 'Last Order'])(
    'leaves %s alone when its values are amounts: one purchase’s, no date and no total spend',
    (header) => {
      for (const values of [AMOUNTS, AMOUNT_NUMBERS]) {
        const mapping = mapLast(header, values);
        expect(mappingToJson(mapping)[header]).toBeNull();
        expect(mapping.columns[4].secondOf).toBeUndefined();
      }
    },
  );

  test.each(['最近消费金额', '上次消费金额', '最近一次消费金额', '首次消费金额'])(
    'leaves %s alone: the amount of one purchase is not what the customer spent in all',
    (header) => {
      expect(mappingToJson(mapLast(header, AMOUNTS))[header]).toBeNull();
      expect(mapHeaders([header], DEFAULT_TEMPLATE).columns[0].field).toBeNull();
    },
  );

  test('keeps 累计消费 the total spend beside 最近消费 of dates and 最近消费金额', () => {
    const headers = ['姓名', '手机', '累计消费', '最近消费', '最近消费金额'];
    const rows: CellValue[][] = [
      ['王芳', '13800001111', '¥5,280.00', '2024-05-30', '¥128.00'],
      ['李明', '13998765432', '¥1,120.50', '2024-05-12', '¥59.90'],
      ['陈静', '15011112222', '¥389.00', '2024-02-14', '¥35.00'],
    ];
    expect(mappingToJson(mapHeaders(headers, DEFAULT_TEMPLATE, {}, rows))).toEqual({
      姓名: 'name',
      手机: 'phone',
      累计消费: 'totalSpend',
      最近消费: 'lastPurchaseDate',
      最近消费金额: null,
    });
  });

  test.each(['最近到店', '上次到店', 'Last Visit'])(
    'maps %s of dates to the last contact, as a visit is (the header is kept)',
    (header) => {
      expect(mapLast(header, DATES).byField.lastContact).toBe(5);
      expect(labelWouldChange('lastContact', header, '最近联系日期')).toBe(true);
    },
  );
});
