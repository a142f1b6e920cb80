/**
 * Two sales ledgers stacked onto the template: one keeps totals in 万元, the other in 元. The template's
 * column keeps the unit its amounts count in, and amounts of another scale keep a column of their own.
 */
import { combineLists } from '../../shared/operations/combine-lists';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';

const snapshot = (name: string, values: CellValue[][]): SheetSnapshot => ({ name, values });

const EAST: CellValue[][] = [
  ['客户名称', '联系人', '联系电话', '累计成交金额（万元）'],
  ['宁波恒通贸易有限公司', '朱敏晓', '15053555536', '128.5'],
  ['南京瑞丰信息技术有限公司', '李娜', '13912345678', '36'],
  ['杭州青禾食品有限公司', '王建华', '13816628830', '8.75'],
];
const SOUTH: CellValue[][] = [
  ['客户名称', '联系人', '联系电话', '累计成交金额（元）'],
  ['深圳华拓电子有限公司', '刘强', '13600136000', '542000'],
  ['广州恒信物流有限公司', '黄磊', '13500135000', '87500.50'],
  ['东莞宏达五金有限公司', '王总', '13400134000', '12800'],
];

const columnOf = (values: CellValue[][], header: string) => {
  const at = (values[0] ?? []).indexOf(header);
  expect(at).toBeGreaterThanOrEqual(0);
  return values.slice(1).map((row) => row[at] ?? null);
};

describe('combine-lists', () => {
  test('heads the total spend with the unit of a list kept in 万元', () => {
    const list = combineLists([{ name: '华东.xlsx', snapshot: snapshot('客户', EAST) }]);
    expect(list.snapshot.values[0]).toContain('累计消费金额（万元）');
    expect(columnOf(list.snapshot.values, '累计消费金额（万元）')).toEqual(['128.5', '36', '8.75']);
    expect(list.mapping.columns.find((c) => c.field === 'totalSpend')?.unit).toBe('万元');
  });

  test('keeps 元 amounts out of a 万元 column: they stay under their own header', () => {
    const list = combineLists([
      { name: '华东.xlsx', snapshot: snapshot('客户', EAST) },
      { name: '华南.xlsx', snapshot: snapshot('客户', SOUTH) },
    ]);
    const values = list.snapshot.values;
    expect(columnOf(values, '累计消费金额（万元）')).toEqual(['128.5', '36', '8.75', null, null, null]);
    expect(columnOf(values, '累计成交金额（元）')).toEqual([null, null, null, '542000', '87500.50', '12800']);
    expect(list.columns.find((c) => c.header === '累计成交金额（元）')?.field).toBeNull();
  });
});
