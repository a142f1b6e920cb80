import { buildInsights, type InsightsReport } from '../../shared/insights';
import { qualityScore } from '../../shared/insights/quality-trend';
import { checkSheet } from '../../shared/check/check-sheet';
import type { CellValue } from '../../shared/sheet/cell-value';

const TODAY = new Date(Date.UTC(2024, 6, 1));

/** 抖店's order export: the platform stars out the phones (and names) of some buyers. */
const DOUDIAN: CellValue[][] = [
  ['主订单编号', '收货人', '收货人手机号', '省', '详细地址', '订单状态'],
  ['6924451237813380046', '苏海思', '19166665458', '安徽省', '建设路120号5幢263室', '已完成'],
  ['6924451237813472047', '杨子敏', '188 5502 7186', '上海市', '文三路315号22幢1313室', '已完成'],
  ['6924451237813523575', '彭**', '189****6222', '河南省', '南京西路608号13幢2129室', '已关闭'],
  ['6924451237813610382', '刘**', '139****3842', '上海市', '中山北路88号3幢801室', '已完成'],
  ['6924451237813777104', '何**', '186****4806', '河南省', '人民路66号1单元302室', '已完成'],
];

/** A 客户台账 kept by hand: a landline column beside the mobile, with numbers missing a digit. */
const LEDGER: CellValue[][] = [
  ['客户名称', '联系人', '手机', '座机', '所在城市'],
  ['杭州西溪茶业有限公司', '何静', '13800138000', '0571-87654321', '杭州市'],
  ['杭州明德电子有限公司', '林涛', '13912345678', '0571-7826462', '杭州市'],
  ['南京汇丰机械有限公司', '王敏', '13700137000', null, '南京市'],
  ['上海申达物流有限公司', '刘洋', '13600136000', '(021)5888-1234', '上海'],
];

/** An English CRM list: a mobile column beside the phone. */
const CONTACTS: CellValue[][] = [
  ['First Name', 'Last Name', 'Email', 'Phone', 'Mobile'],
  ['Mary', 'Smith', 'mary@smith.com', '(415) 555-0134', '(415) 555-0199'],
  ['John', 'Doe', 'john@doe.com', '(415) 555-0135', '555-01'],
  ['Ann', 'Lee', 'ann@lee.com', '(415) 555-0136', null],
];

const report = (values: CellValue[][]) => buildInsights({ name: '客户', values }, { now: TODAY });
const column = (r: InsightsReport, header: string) => r.quality.fields.find((f) => f.column === header);

/** Per column, the cells check calls errors: a cell is valid unless one of them. */
function checkErrors(values: CellValue[][]): Map<string, number> {
  const errors = new Map<string, number>();
  for (const issue of checkSheet({ name: '客户', values }, { now: TODAY }).issues)
    if (issue.severity === 'error') errors.set(issue.column, (errors.get(issue.column) ?? 0) + 1);
  return errors;
}

describe('report quality counts a cell as check does', () => {
  test('counts a masked phone (138****8000) as valid, not canonical, and masked', () => {
    const r = report(DOUDIAN);
    expect(column(r, '收货人手机号')).toEqual({
      field: 'phone',
      column: '收货人手机号',
      filled: 5,
      valid: 5,
      canonical: 1,
      masked: 3,
    });
    // Check calls them warnings, no errors: nothing here lowers the score.
    expect(checkErrors(DOUDIAN).size).toBe(0);
    expect(r.quality.score).toBe(100);
  });

  test('gives no masked count where a column has none', () => {
    expect(column(report(DOUDIAN), '省')).not.toHaveProperty('masked');
    expect(Object.keys(column(report(LEDGER), '手机')!)).toEqual(['field', 'column', 'filled', 'valid', 'canonical']);
  });

  test('includes a second phone column (座机 beside 手机) with its invalid numbers in the score', () => {
    const r = report(LEDGER);
    expect(column(r, '座机')).toEqual({
      field: 'phone',
      column: '座机',
      filled: 3,
      valid: 2,
      canonical: 1,
      second: true,
    });
    expect(r.quality.fields.map((f) => f.column)).toEqual(['客户名称', '联系人', '手机', '座机', '所在城市']);
    // 19 filled cells, one of them invalid.
    expect(r.quality.score).toBe(94.7);
  });

  test('includes a second phone column of an English list (Mobile beside Phone)', () => {
    const r = report(CONTACTS);
    expect(column(r, 'Mobile')).toMatchObject({ field: 'phone', filled: 2, valid: 1, second: true });
    expect(r.quality.score).toBeLessThan(100);
  });

  test.each([
    ['抖店 orders', DOUDIAN],
    ['客户台账', LEDGER],
    ['English contacts', CONTACTS],
  ])('leaves as valid every filled cell check does not call an error (%s)', (_name, values) => {
    const r = report(values);
    const errors = checkErrors(values);
    for (const field of r.quality.fields)
      expect([field.column, field.filled - field.valid]).toEqual([field.column, errors.get(field.column) ?? 0]);
  });

  test.each([
    ['抖店 orders', DOUDIAN],
    ['客户台账', LEDGER],
  ])('stores the same score after a check as the report gives (%s)', (_name, values) => {
    expect(qualityScore({ name: '客户', values }, { now: TODAY })).toBe(report(values).quality.score);
  });
});
