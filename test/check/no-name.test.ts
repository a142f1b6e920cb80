/**
 * WeCom's customer export writes 微信用户 for a contact who shared no name. It is no name: check
 * says the name is missing, and a CRM export writes no first or last name from it.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planExport } from '../../shared/export/plan-export';
import type { CellValue } from '../../shared/sheet/cell-value';
import { TODAY } from '../operations/fixtures';

const WECOM: CellValue[][] = [
  ['客户名称', '添加人', '添加时间', '手机号'],
  ['微信用户', '李华', '2024-03-05', '13911112222'],
  ['张三', '张敏', '2024-03-06', '13922223333'],
];

describe('微信用户 as a name', () => {
  test('check reports the name as missing, in the sheet language', () => {
    const issues = checkSheet({ name: '客户', values: WECOM }, { now: TODAY, locale: 'zh-CN' }).issues;
    expect(issues.map((i) => [i.row, i.column, i.code, i.value])).toEqual([
      [2, '客户名称', 'required.missing', '微信用户'],
    ]);
    expect(issues[0]!.message).toBe('“客户名称”为必填项，但只填了表示没有值的“微信用户”。');
  });

  test('a CRM export writes no name for it, and the real name split as before', () => {
    const { files } = planExport({ name: '客户', values: WECOM }, { crm: 'salesforce', now: TODAY });
    const [first, last] = ['First Name', 'Last Name'].map((h) => files[0]!.header.indexOf(h));
    expect(files[0]!.rows.map((r) => [r[first!], r[last!]])).toEqual([
      [null, null],
      ['三', '张'],
    ]);
  });
});
