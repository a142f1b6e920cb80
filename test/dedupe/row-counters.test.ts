import { findDuplicates } from '../../shared/dedupe';
import { profileColumn } from '../../shared/dedupe/profile';
import { buildRecords } from '../../shared/dedupe/records';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import type { CellValue } from '../../shared/sheet/cell-value';

/** A seeded shuffle, so a column is in no order. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let k = out.length - 1; k > 0; k--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (k + 1);
    [out[k], out[j]] = [out[j]!, out[k]!];
  }
  return out;
}

const N = 60;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平';

function column(header: string, values: CellValue[]): CellValue[][] {
  return [[header], ...values.map((v) => [v])];
}

function isCounter(header: string, values: CellValue[]): boolean {
  const sheet = column(header, values);
  // Every row is read: a column of row numbers alone is a sheet of rows blank but for their number.
  return profileColumn(
    sheet,
    Int32Array.from({ length: sheet.length - 1 }, (_, k) => k + 2),
    1,
    'CN',
  ).counter;
}

describe('row-number columns', () => {
  test('row numbers and shuffled customer IDs with a prefix number the rows', () => {
    expect(
      isCounter(
        '序号',
        Array.from({ length: N }, (_, k) => k + 1),
      ),
    ).toBe(true);
    expect(
      isCounter(
        'No.',
        Array.from({ length: N }, (_, k) => String(k + 1)),
      ),
    ).toBe(true);
    const ids = Array.from({ length: N }, (_, k) => `C${String(k + 1).padStart(6, '0')}`);
    expect(isCounter('客户编号', shuffled(ids, 7))).toBe(true);
  });

  test('mobiles, ID card numbers and order numbers in no order are data, not row numbers', () => {
    const mobiles = Array.from(
      { length: N },
      (_, k) => `1${3 + (k % 7)}${String(10_000_000 + k * 7_919_113).slice(-9)}`,
    );
    expect(isCounter('手机', shuffled(mobiles, 3))).toBe(false);
    const idCards = Array.from(
      { length: N },
      (_, k) => `3301061990${String(1010 + k).padStart(4, '0')}${String(1000 + k * 37).slice(-4)}`,
    );
    expect(isCounter('身份证号', shuffled(idCards, 5))).toBe(false);
    const orders = Array.from(
      { length: N },
      (_, k) => `2024${String(10_000_000_000 + k * 104_729_3).padStart(12, '0')}`,
    );
    expect(isCounter('订单编号', shuffled(orders, 11))).toBe(false);
  });

  test('two orders of one buyer are the same customer, not identical rows: their order numbers tell the rows apart but are no evidence', () => {
    // An e-commerce order export: one row per order, the order number in a column of its own.
    const header: CellValue[] = ['订单编号', '收货人', '手机', '收货地址'];
    const orderNumbers = shuffled(
      Array.from({ length: N + 1 }, (_, k) => `2024${String(31_000_000_000 + k * 48_271_337).slice(-12)}`),
      19,
    );
    const rows: CellValue[][] = Array.from({ length: N }, (_, k) => [
      orderNumbers[k]!,
      `${SURNAMES[k % 20]}${GIVEN[(k * 7) % 20]}${GIVEN[(k * 3 + 1) % 20]}`,
      `13${String(800_000_000 + k * 1_234_567).slice(-9)}`,
      `浙江省杭州市西湖区文三路${100 + k}号`,
    ]);
    // The buyer of row 6 orders again: every column the same but the order number.
    rows.push([orderNumbers[N]!, ...rows[4]!.slice(1)]);
    const result = findDuplicates({ name: '订单', values: [header, ...rows] });
    const cluster = result.clusters.find((c) => c.rows.includes(6));
    expect(cluster?.rows).toEqual([6, N + 2]);
    // Identical rows would be reported as the same in every column, the order number too.
    expect(cluster!.reasons.some((r) => r.column === '订单编号' && r.level === 'exact')).toBe(false);
    expect(cluster!.reasons.find((r) => r.column === '手机')?.level).toBe('exact');
  });

  test('a customer ID column of plain numbers in no order still numbers the rows: copies that differ only there are identical', () => {
    const ids = shuffled(
      Array.from({ length: N + 1 }, (_, k) => String(480_000 + k * 37)),
      23,
    );
    const rows: CellValue[][] = Array.from({ length: N }, (_, k) => [
      ids[k]!,
      `${SURNAMES[k % 20]}${GIVEN[(k * 7) % 20]}${GIVEN[(k * 3 + 1) % 20]}`,
      `13${String(800_000_000 + k * 1_234_567).slice(-9)}`,
      '杭州蓝海贸易有限公司',
    ]);
    rows.push([ids[N]!, ...rows[9]!.slice(1)]);
    const snapshot = { name: '客户', values: [['客户编号', '姓名', '手机', '公司'], ...rows] };
    const template = DEFAULT_TEMPLATE;
    const records = buildRecords(snapshot, { template, mapping: mapHeaders(snapshot.values[0]!, template) });
    expect(records.counters).toEqual([1]);
    expect(findDuplicates(snapshot).clusters).toEqual([expect.objectContaining({ rows: [11, N + 2], band: 'merge' })]);
  });
});
