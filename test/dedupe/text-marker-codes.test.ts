/**
 * 金蝶's 客户档案 export writes the apostrophe Excel keeps codes as text with into the CSV
 * ('4000023409200123456), and another row of the same customer has the account grouped by spaces
 * (4000 0234 0920 0123 456). Neither the marker nor the spacing is part of the number: compared,
 * the two accounts are one. The cells themselves are left as typed.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import { codeKey } from '../../shared/dedupe/compare/code';
import type { CellValue } from '../../shared/sheet/cell-value';

const together = (clusters: Cluster[], a: number, b: number) =>
  clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));

const kingdee: CellValue[][] = [
  [
    '客户编码',
    '客户名称',
    '助记码',
    '统一社会信用代码',
    '开户银行',
    '银行账号',
    '联系人',
    '联系电话',
    '地址',
    '所属部门',
    '业务员',
  ],
  [
    "'000123",
    '深圳市华强电子有限公司',
    'SZHQDZ',
    '91440300MA5F3XXX1K',
    '中国工商银行深圳华强支行',
    "'4000023409200123456",
    '张伟',
    '0755-83001234',
    '深圳市福田区华强北路1001号',
    '华南销售部',
    '李娜',
  ], // 2
  [
    "'000124",
    '深圳华强电子有限公司',
    'SZHQ',
    '91440300MA5F3XXX1K',
    '工行深圳华强支行',
    '4000 0234 0920 0123 456',
    '张伟',
    '13800138000',
    '深圳市福田区华强北路1001号',
    '华南销售部',
    '李娜',
  ], // 3
  [
    "'000125",
    '深圳市华强电器有限公司',
    'SZHQDQ',
    '91440300MA5G7YYY2L',
    '招商银行深圳分行',
    '755912345610801',
    '王芳',
    '0755-83005678',
    '深圳市福田区深南中路2008号',
    '华南销售部',
    '李娜',
  ],
  [
    "'000126",
    '北京中关村科技发展有限公司',
    'BJZGC',
    '91110108MA01ABCD3X',
    '中国建设银行北京中关村支行',
    '11001028600056012345',
    '刘洋',
    '010-62501234',
    '北京市海淀区中关村大街27号',
    '华北销售部',
    '赵强',
  ],
  [
    "'000127",
    '上海浦东新区张江贸易有限公司',
    'SHZJMY',
    '91310115MA1H9ZZZ4E',
    '交通银行上海张江支行',
    '310066726018800012345',
    '陈静',
    '021-50801234',
    '上海市浦东新区张江路88号',
    '华东销售部',
    '孙丽',
  ],
  [
    "'000128",
    '杭州西湖茶叶有限公司',
    'HZXHCY',
    '91330106MA27WWWW5R',
    '杭州银行西湖支行',
    '3301040160001234567',
    '周杰',
    '0571-87001234 转 8008',
    '杭州市西湖区龙井路1号',
    '华东销售部',
    '孙丽',
  ],
  [
    "'000129",
    '杭州西湖茶业有限公司',
    'HZXHCY2',
    '91330106MA2888885T',
    '中国农业银行杭州西湖支行',
    '19030101040012345',
    '周婕',
    '13912345678',
    '杭州市西湖区梅家坞99号',
    '华东销售部',
    '孙丽',
  ],
  ['合计：7 户', null, null, null, null, null, null, null, null, null, null],
  ['制表人：李娜  打印日期：2025-11-20', null, null, null, null, null, null, null, null, null, null],
];

describe('findDuplicates on codes behind Excel’s text marker', () => {
  test("'4000023409200123456 and 4000 0234 0920 0123 456 are one account: the rows merge", () => {
    const cluster = together(findDuplicates({ name: '客户档案', values: kingdee }).clusters, 2, 3);
    expect(cluster?.band).toBe('merge');
    const account = cluster?.reasons.find((r) => r.column === '银行账号');
    expect(account?.level).toBe('exact');
    // The cells are quoted as typed.
    expect(account?.message).toContain("'4000023409200123456");
  });

  test('the sheet is not changed', () => {
    const values = kingdee.map((row) => [...row]);
    findDuplicates({ name: '客户档案', values });
    expect(values[1]![5]).toBe("'4000023409200123456");
  });

  test.each([
    ["'4000023409200123456", '4000 0234 0920 0123 456'],
    ["'02134", '02134'],
    ["'VIP-0012", 'VIP0012'],
  ])('%s keys as %s does', (a, b) => {
    expect(codeKey(a)).toBe(codeKey(b));
  });

  test("an apostrophe inside a value is kept: O'Brien-7 is not OBrien7", () => {
    expect(codeKey("O'Brien-7")).not.toBe(codeKey('OBrien7'));
  });
});
