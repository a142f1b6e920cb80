import { checkSheet } from '../../shared/check/check-sheet';
import { findDuplicates } from '../../shared/dedupe';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { isTotalsRow } from '../../shared/sheet/totals-row';
import { sheet, TODAY } from '../operations/fixtures';

/** A sales list kept by region, each block closed by its 小计, the whole by 合计. */
const BY_REGION: CellValue[][] = [
  ['客户名称', '联系人', '手机', '城市', '年度销售额'],
  ['杭州西子网络科技有限公司', '刘晓明', '13588889999', '杭州', '125,000'],
  ['宁波博远模具有限公司', '王总', '13905741234', '宁波', '56,000'],
  ['小计', null, null, null, '181,000'],
  ['苏州恒力电子厂', '张凯文', '15850001234', '苏州', '88,000'],
  ['小计', null, null, null, '88,000'],
  ['合计：', null, null, null, '269,000'],
];

describe('totals rows', () => {
  test.each<[CellValue[], boolean]>([
    [['合计', null, null, '269,000'], true],
    [['  小计 ', 12, '¥1,250.50', '12.5%'], true],
    [[null, 'Grand Total', 1250], true],
    [['Total:', '$3,400'], true],
    [['合计'], true],
    // A customer, or a note beside the word, is no total.
    [['Total Gym Ltd', 'Ann', '0401 111 222'], false],
    [['合计', '见附表'], false],
    [['张三', '合计', 100], false],
    [['合计', new Date(Date.UTC(2024, 5, 30))], false],
    [[null, null], false],
  ])('%j is a totals row: %s', (row, expected) => {
    expect(isTotalsRow(row)).toBe(expected);
  });

  test('check leaves them unchecked and names them; the customers are still checked', () => {
    const result = checkSheet(sheet(BY_REGION), { now: TODAY });
    expect(result.totalsRows).toEqual([4, 6, 7]);
    expect(result.rows).toBe(3);
    expect(result.issues.filter((i) => [4, 6, 7].includes(i.row))).toEqual([]);
  });

  test('clean gives a customer ID to each customer and none to a totals row', () => {
    const withIds = BY_REGION.map((row, r) => [r === 0 ? '客户编号' : null, ...row]);
    const { plan } = planClean(sheet(withIds), { now: TODAY });
    const idRows = plan.edits.filter((e) => e.reason === 'id.missing').map((e) => e.row);
    expect(idRows).toEqual([2, 3, 5]);
    expect(plan.edits.filter((e) => [4, 6, 7].includes(e.row))).toEqual([]);
  });

  test('two subtotals of the same amount are not duplicate customers', () => {
    const values: CellValue[][] = [
      ...BY_REGION.slice(0, 4),
      ['苏州恒力电子厂', '张凯文', '15850001234', '苏州', '181,000'],
      ['小计', null, null, null, '181,000'],
    ];
    expect(findDuplicates(sheet(values)).clusters).toEqual([]);
  });
});
