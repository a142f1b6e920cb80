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
    // A count of the customers beside or inside the label, as exports write it.
    [['合计', null, null, '269000', '共3家'], true],
    [['Total', null, null, null, '2 contacts'], true],
    [['Grand Total: 2', null, null, null, null], true],
    [['合计：3', null, '¥269,000.00'], true],
    [['总计', '共 3 条', 350], true],
    [['Subtotal', '3 customers', '$1,250.00'], true],
    [['Total (2)', 'USD 3,400'], true],
    [['合  计', null, '26.9万元', '(1,250)', '—'], true],
    // A 序号 column numbers the totals row too (a 4S店's sales ledger: 5, 合计, …, 218000).
    [[5, '合计', null, null, null, 218000], true],
    [['6', '合计：', null, '¥218,000'], true],
    // Only one row number, and only before the label.
    [[5, 6, '合计', 218000], false],
    [[5, '张伟', '13812345678', '合计'], false],
    // A customer, or a note beside the word, is no total.
    [['Total Gym Ltd', 'Ann', '0401 111 222'], false],
    [['Total Fitness Ltd', 'Mark Evans', 'mark@totalfitness.co.uk', '0161 496 0000'], false],
    [['Total SA', 'Paris', '+33 1 47 44 45 46'], false],
    [['Sum Wing', null, '9123 4567'], false],
    [['Total: Acme Inc.', null, 1250], false],
    // A phone number is no amount: a customer who happens to be named 合计 or Total.
    [['合计', '13588889999', 'heji@example.com'], false],
    [['合计', null, '13588889999'], false],
    [['Total', 13588889999], false],
    [['Total', '+33147444546'], false],
    [['Total', '0147444546'], false],
    [['Sum', '4155550134'], false],
    [['合计', '共3家', '见附表'], false],
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

  test('check and clean pass over a totals row that counts the customers in a note', () => {
    const values: CellValue[][] = [
      ['序号', '客户编号', '客户名称', '电话', '成交金额', '备注'],
      ['1', null, '杭州云栖科技有限公司', '0571-88231546', '120000', null],
      ['2', null, '上海浦江物流有限公司', '021-64001234', '80000', null],
      ['3', null, '南京金陵制药厂', '025-84561234', '69000', null],
      ['合计', null, null, null, '269000', '共3家'],
    ];
    const checked = checkSheet(sheet(values), { now: TODAY });
    expect(checked.totalsRows).toEqual([5]);
    expect(checked.rows).toBe(3);
    expect(checked.issues.filter((i) => i.row === 5)).toEqual([]);
    const { plan } = planClean(sheet(values), { now: TODAY });
    expect(plan.edits.filter((e) => e.reason === 'id.missing').map((e) => e.row)).toEqual([2, 3, 4]);
    expect(plan.edits.filter((e) => e.row === 5)).toEqual([]);
  });

  test('check names an English totals row with a count and still checks a customer called Total', () => {
    const header = ['Name', 'Company', 'Email', 'Phone', 'Status'];
    const robert = ['Robert Smith', 'Acme Inc.', 'bob@acme.com', '(415) 555-0134', 'Active'];
    const counted = checkSheet(sheet([header, robert, ['Grand Total: 1', null, null, null, null]]), { now: TODAY });
    expect(counted.totalsRows).toEqual([3]);
    expect(counted.rows).toBe(1);
    const customer = ['Total', 'Total SA', 'contact@total.fr', '+33 1 47 44 45 46', 'Active'];
    const checked = checkSheet(sheet([header, robert, customer]), { now: TODAY });
    expect(checked.totalsRows ?? []).toEqual([]);
    expect(checked.rows).toBe(2);
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
