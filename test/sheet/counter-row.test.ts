import type { CellValue } from '../../shared/sheet/cell-value';
import { counterColumns, emptyRowTest, isCounterOnlyRow } from '../../shared/sheet/counter-row';

/** A sales ledger numbered by 序号, a deleted customer's number left behind (its row 16), as kept in WPS or Excel. */
const LEDGER: CellValue[][] = [
  ['序号', '客户名称', '联系人', '手机', '邮箱', '省', '客户等级', '备注'],
  [13, '温州瓯江鞋业有限公司', '林小明', '13757712345', null, '浙江省', 'C', '展会认识'],
  [14, '', '', '', '', '', '', ''],
  [15, '成都天府数码科技有限公司', '黄磊', '028-85551234', 'huanglei@tfdigital.cn', '四川省', 'B', null],
];

describe('a row blank but for its row number', () => {
  test.each<[CellValue[], number[]]>([
    [['序号', '客户名称', '手机'], [0]],
    [['No.', 'Name', 'Phone'], [0]],
    [['#', 'Name', 'Phone'], [0]],
    [['S/N', 'Company'], [0]],
    [['Sr. No.', 'Company'], [0]],
    [['序号 No.', '客户名称'], [0]],
    [['客户名称', '行号'], [1]],
    [['序號', '客戶名稱'], [0]],
    [['Row #', 'Name'], [0]],
    // A customer's own number is no counter.
    [['客户编号', '客户名称'], []],
    [['Member Number', 'Full Name'], []],
    [['Customer ID', 'Name'], []],
    [['Line', 'Name'], []],
    [['Number', 'Name'], []],
    [[null, 'Name'], []],
  ])('%j numbers its rows in columns %j', (header, expected) => {
    expect(counterColumns(header)).toEqual(expected);
  });

  test('the ledger row holding only 14 under 序号 is empty; its customers are not', () => {
    const empty = emptyRowTest(LEDGER);
    expect(LEDGER.slice(1).map((row) => empty(row))).toEqual([false, true, false]);
    expect(empty([null, null, null])).toBe(true);
    expect(empty(undefined)).toBe(true);
  });

  test.each<[CellValue[], boolean]>([
    [[14, null, null], true],
    [['14', '', ' '], true],
    [[14, '温州瓯江鞋业有限公司', null], false],
    [[null, null, '13757712345'], false],
    [['作废', null, null], false],
    [[14.5, null, null], false],
    [[null, null, null], false],
  ])('%j is blank but for its number under 序号: %s', (row, expected) => {
    expect(isCounterOnlyRow(row, [0])).toBe(expected);
  });

  test('without a counter column a lone number stays in the list', () => {
    const values: CellValue[][] = [
      ['Member Number', 'Full Name', 'Mobile Number'],
      [1001, 'Rachel Smith', '07911 123456'],
      [1002, null, null],
    ];
    expect(emptyRowTest(values)(values[2])).toBe(false);
  });
});
