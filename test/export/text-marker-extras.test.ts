/**
 * 金蝶 and other ERPs write a ' before long numbers and codes in their CSV exports
 * ('4000023409200123456, '91440300MA5F3XXX1K) so that Excel keeps them as text. The ' is no part of
 * the value: the CRM gets the code without it, in the columns the template has no field for too.
 * Text in which a ' may be meant ('90s, '47 Brand) keeps it.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, index: number): Record<string, CellValue> {
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// probe 3, 07_kingdee.csv (金蝶 客户档案): rows 2 to 4; row 3's credit code marked as 金蝶 marks it in other exports.
// prettier-ignore
const KINGDEE: CellValue[][] = [
  ['客户编码', '客户名称', '助记码', '统一社会信用代码', '开户银行', '银行账号', '联系人', '联系电话', '地址'],
  ["'000123", '深圳市华强电子有限公司', 'SZHQDZ', '91440300MA5F3XXX1K', '中国工商银行深圳华强支行', "'4000023409200123456", '张伟', '0755-83001234', '深圳市福田区华强北路1001号'],
  ["'000124", '深圳华强电子有限公司', 'SZHQ', "'91440300MA5F3XXX1K", '工行深圳华强支行', '4000 0234 0920 0123 456', '张伟', '13800138000', '深圳市福田区华强北路1001号'],
  ["'000125", '深圳市华强电器有限公司', 'SZHQDQ', '91440300MA5G7YYY2L', '招商银行深圳分行', "'755912345610801", '王芳', '0755-83005678', '深圳市福田区深南中路2008号'],
];

// A hand-kept list whose notes may start with a ' that is meant.
// prettier-ignore
const HANDKEPT: CellValue[][] = [
  ['Business', 'Contact', 'Phone', 'Email', 'Style', 'Bank Account'],
  ['Retro Records', 'Ann Smith', '555-0100', 'ann@retro.com', "'90s", "'0012345678"],
  ['Brand Works', 'Tom Reed', '555-0101', 'tom@brand.com', "'47 Brand", "'A-99120"],
];

describe("a leading ' (Excel's text marker) in columns with no template field", () => {
  test.each(['hubspot', 'fxiaoke', 'salesforce'] as const)('is dropped from codes going to %s', (crm) => {
    const file = planExport(sheet(KINGDEE, '客户档案'), { crm, now: NOW }).files[0]!;
    expect(rowOf(file, 0)).toMatchObject({ 银行账号: '4000023409200123456', 统一社会信用代码: '91440300MA5F3XXX1K' });
    expect(rowOf(file, 1)).toMatchObject({
      银行账号: '4000 0234 0920 0123 456',
      统一社会信用代码: '91440300MA5F3XXX1K',
    });
    expect(rowOf(file, 2)).toMatchObject({ 银行账号: '755912345610801' });
    const marked = file.rows.flat().filter((v) => typeof v === 'string' && v.startsWith("'"));
    expect(marked).toEqual([]);
  });

  test("stays in text where a ' may be meant, and goes from account numbers", () => {
    const file = planExport(sheet(HANDKEPT, 'Customers'), { crm: 'hubspot', now: NOW }).files[0]!;
    expect(rowOf(file, 0)).toMatchObject({ Style: "'90s", 'Bank Account': '0012345678' });
    expect(rowOf(file, 1)).toMatchObject({ Style: "'47 Brand", 'Bank Account': 'A-99120' });
  });
});
