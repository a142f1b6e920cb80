import { checkSheet } from '../../shared/check/check-sheet';
import { findDuplicates } from '../../shared/dedupe';
import { planExport } from '../../shared/export/plan-export';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { isSectionRow } from '../../shared/sheet/section-row';
import { isTotalsRow } from '../../shared/sheet/totals-row';
import { sheet, TODAY } from '../operations/fixtures';

/**
 * A regional sales list the way Chinese sales teams keep it: a heading row over each region (in the
 * 序号 column, merged across), the region's 小计 under it, a blank line between regions, 合计 last.
 */
const BY_REGION: CellValue[][] = [
  ['序号', '客户名称', '联系人', '手机', '邮箱', '地址', '累计消费金额'],
  ['一、华东区', null, null, null, null, null, null],
  [1, '上海明远贸易有限公司', '张伟', '13800138000', 'zhangwei@mingyuan.cn', '上海市浦东新区', 12000],
  [2, '杭州西湖茶业有限公司', '刘强', '13912345678', 'liuqiang@xihutea.com', '杭州市西湖区', 8500],
  ['华东区小计', null, null, null, null, null, 20500],
  [null, null, null, null, null, null, null],
  ['二、华南区', null, null, null, null, null, null],
  [3, '广州小蜜蜂餐饮有限公司', '陈静', '13698765432', 'chenjing@xmf.cn', '广州市天河区', 6000],
  ['华南区 小计：1家', null, null, null, null, null, 6000],
  [null, null, null, null, null, null, null],
  ['合计', null, null, null, null, null, 26500],
];

describe('section rows', () => {
  test.each<[CellValue[], boolean]>([
    [['一、华东区', null, null], true],
    [['（二）华南区客户', null, null], true],
    [['第三部分 西南片区', null], true],
    [['华东区客户', null, null], true],
    [[null, '【华北大区】', null], true],
    [['浙江省（12家）', null, null], true],
    [['重点客户：', null, null], true],
    [['East Region', null, null], true],
    [['Region: North', null, null], true],
    [['Key Accounts', null, null], true],
    // A customer with little filled in is still a customer.
    [['永辉超市', null, null], false],
    [['幸福小区', null, null], false],
    [['张伟', null, null], false],
    [['华东区', '13800138000', null], false],
    [['一、华东区', '张伟', null], false],
    [['Acme Ltd', null, null], false],
    [['中国平安财产保险上海分公司', null, null], false],
    [['西门子北京办事处', null, null], false],
    [[12, null], false],
    [[null, null], false],
  ])('%j is a section heading: %s', (row, expected) => {
    expect(isSectionRow(row)).toBe(expected);
  });

  test.each<[CellValue[], boolean]>([
    [['华东区小计', null, null, 20500], true],
    [['华南区 小计：1家', null, 6000], true],
    [['华东区合计', null, '¥20,500'], true],
    [['East Region Subtotal', null, '$1,250.00'], true],
  ])('%j, a region’s own total, is a totals row: %s', (row, expected) => {
    expect(isTotalsRow(row)).toBe(expected);
  });

  test('check leaves the headings and the regions’ totals unchecked and counts only the customers', () => {
    const result = checkSheet(sheet(BY_REGION), { now: TODAY });
    expect(result.rows).toBe(3);
    expect(result.totalsRows).toEqual([5, 9, 11]);
    expect(result.notesRows).toEqual([2, 7]);
    expect(result.issues.filter((i) => [2, 5, 7, 9, 11].includes(i.row))).toEqual([]);
  });

  test('clean gives customer IDs to the customers only', () => {
    const withIds = BY_REGION.map((row, r) => [r === 0 ? '客户编号' : null, ...row]);
    const { plan } = planClean(sheet(withIds), { now: TODAY });
    expect(plan.edits.filter((e) => e.reason === 'id.missing').map((e) => e.row)).toEqual([3, 4, 8]);
    expect(plan.edits.filter((e) => [2, 5, 7, 9, 11].includes(e.row))).toEqual([]);
  });

  test('an export to a CRM holds the customers, not a blank contact per heading', () => {
    const { files } = planExport(sheet(BY_REGION), { crm: 'hubspot', now: TODAY });
    expect(files[0]!.sourceRows).toEqual([3, 4, 8]);
  });

  test('two regions’ headings are no duplicate customers', () => {
    const values: CellValue[][] = [
      ['客户名称', '联系人', '手机'],
      ['华东区客户', null, null],
      ['上海明远贸易有限公司', '张伟', '13800138000'],
      ['华东区客户', null, null],
      ['杭州西湖茶业有限公司', '刘强', '13912345678'],
    ];
    expect(findDuplicates(sheet(values)).clusters).toEqual([]);
  });
});
