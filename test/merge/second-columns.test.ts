/**
 * A second column of a phone or e-mail field (座机 beside 手机, Mobile beside Phone) holds more of the
 * customer's numbers: the survivor keeps its own, and every other distinct one goes to the notes under
 * the column's header, as in the field's own column.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { mergeAndApply, optionsFor, sheet } from './fixtures';

const B2B: CellValue[][] = [
  ['客户名称', '联系人', '职位', '手机', '座机', '邮箱', '客户等级', '负责人', '备注'],
  ['厦门鹭岛贸易有限公司', '蔡文', '总经理', '13906001111', '0592-5551111', 'caiwen@ldmy.com', 'A', '王磊', '老客户'],
  ['厦门鹭岛贸易有限公司', '蔡文', '总经理', '13906001111', '0592-5552222', '', 'A', '王磊', '展会'],
  ['厦门鹭岛贸易有限公司', '蔡文', '总经理', '139-0600-1111', '0592 555 1111', 'caiwen@ldmy.com', 'A', '王磊', ''],
];

describe('second phone columns', () => {
  test('notes the other 座机 number under its header when the survivor keeps its own', () => {
    const snapshot = sheet(
      '客户台账',
      B2B.map((r) => [...r]),
    );
    const { rowAt, result } = mergeAndApply(
      snapshot,
      [{ rows: [2, 3] }],
      optionsFor(snapshot, 'zh-CN', { masters: { 0: 3 } }),
    );
    expect(rowAt(2)['座机']).toBe('0592-5552222');
    expect(rowAt(2)['备注']).toBe('展会; 老客户; 其他座机：0592-5551111');
    expect(result.problems).toEqual([]);
  });

  test('counts a 座机 number typed another way as the same number', () => {
    const snapshot = sheet(
      '客户台账',
      B2B.map((r) => [...r]),
    );
    const { rowAt } = mergeAndApply(snapshot, [{ rows: [2, 4] }], optionsFor(snapshot, 'zh-CN', { masters: { 0: 2 } }));
    expect(rowAt(2)['座机']).toBe('0592-5551111');
    expect(rowAt(2)['备注']).toBe('老客户');
  });

  test('fills a blank 座机 from the other row without a note', () => {
    const values = B2B.map((r) => [...r]);
    values[2]![4] = '';
    const snapshot = sheet('客户台账', values);
    const { rowAt } = mergeAndApply(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, 'zh-CN', { masters: { 0: 3 } }));
    expect(rowAt(2)['座机']).toBe('0592-5551111');
    expect(rowAt(2)['备注']).toBe('展会; 老客户');
  });

  test('notes the other Mobile number beside Phone in an English list', () => {
    const snapshot = sheet('Contacts', [
      ['First Name', 'Last Name', 'Email', 'Phone', 'Mobile', 'Company', 'Notes'],
      ['Robert', 'Smith', 'rsmith@acme.com', '(415) 555-0134', '(415) 555-0199', 'Acme Corp', 'Renewal in Q3'],
      ['Robert', 'Smith', 'rsmith@acme.com', '415-555-0134', '(415) 555-0177', 'Acme Corp', ''],
    ]);
    const { rowAt } = mergeAndApply(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, 'en-US', { masters: { 0: 2 } }));
    expect(rowAt(2)['Mobile']).toBe('(415) 555-0199');
    expect(rowAt(2)['Notes']).toBe('Renewal in Q3; Other mobile: (415) 555-0177');
  });
});
