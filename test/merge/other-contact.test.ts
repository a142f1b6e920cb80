/**
 * Rows merged by company that name different people (张伟 and his colleague 刘芳): the other person's
 * phone and e-mail are theirs, not the survivor's, so they are noted with the person's name and title.
 * The same person named another way (张总, Bob for Robert) is noted as before.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { mergeAndApply, optionsFor, sheet } from './fixtures';

const B2B: CellValue[][] = [
  ['客户名称', '联系人', '职位', '手机', '座机', '邮箱', '备注'],
  ['杭州宏达五金有限公司', '张伟', '采购经理', '13800138000', '0571-88001234', 'zhangwei@hongda.com', '年框客户'],
  ['杭州宏达五金有限公司', '张总', '采购经理', '138 0013 8000', '', 'zhangwei@hongda.com', '要报价'],
  ['杭州宏达五金有限公司', '刘芳', '财务主管', '13912345678', '0571-88001234', 'liufang@hongda.com', '对账联系人'],
  ['苏州金桥电子有限公司', '黄磊', '采购', '15150001111', '0512-62220000', 'huanglei@jqdz.com', ''],
  ['苏州金桥电子有限公司', '黄蕾', '采购', '15150002222', '0512-62220000', 'huanglei2@jqdz.com', '新来的采购'],
  ['杭州宏达五金有限公司', '张伟', '', '', '', '', ''],
];

function mergeB2B(rows: number[]) {
  const snapshot = sheet(
    '客户台账',
    B2B.map((r) => [...r]),
  );
  return mergeAndApply(snapshot, [{ rows }], optionsFor(snapshot, 'zh-CN', { masters: { 0: rows[0]! } }));
}

describe('another contact person in a merged group', () => {
  test('notes 刘芳 with her title, phone and e-mail, not as the survivor’s other phone', () => {
    const { rowAt } = mergeB2B([2, 3, 4]);
    expect(rowAt(2)['手机']).toBe('13800138000');
    expect(rowAt(2)['备注']).toBe(
      '年框客户; 对账联系人; 要报价; 其他联系人：刘芳（财务主管，13912345678，liufang@hongda.com）',
    );
  });

  test('tells 黄蕾 from 黄磊', () => {
    const { rowAt } = mergeB2B([5, 6]);
    expect(rowAt(5)['备注']).toBe('新来的采购; 其他联系人：黄蕾（采购，15150002222，huanglei2@jqdz.com）');
  });

  test('never fills the survivor’s blank phone or title with the other person’s', () => {
    const { rowAt } = mergeB2B([7, 4]);
    // Row 4 moves out, so the survivor (row 7) is row 6 afterwards.
    expect(rowAt(6)['手机']).toBe('');
    expect(rowAt(6)['职位']).toBe('');
    expect(rowAt(6)['备注']).toBe(
      '对账联系人; 其他联系人：刘芳（财务主管，13912345678，0571-88001234，liufang@hongda.com）',
    );
  });

  test('names a different person in English, and keeps Bob as Robert’s other form', () => {
    const snapshot = sheet('Contacts', [
      ['First Name', 'Last Name', 'Title', 'Phone', 'Email', 'Notes'],
      ['Zhang', 'Wei', 'Purchasing Manager', '(415) 555-0134', 'zhang.wei@hongda.com', ''],
      ['Liu', 'Fang', 'Finance Manager', '(415) 555-0188', 'liu.fang@hongda.com', ''],
      ['Robert', 'Smith', 'VP Sales', '(415) 555-0101', 'rsmith@acme.com', ''],
      ['Bob', 'Smith', 'VP of Sales', '(415) 555-0102', 'bob@acme.com', ''],
    ]);
    const options = optionsFor(snapshot, 'en-US', { masters: { 0: 2, 1: 4 } });
    const { rowAt } = mergeAndApply(snapshot, [{ rows: [2, 3] }, { rows: [4, 5] }], options);
    expect(rowAt(2)['Notes']).toBe('Other contact: Liu Fang (Finance Manager, (415) 555-0188, liu.fang@hongda.com)');
    expect(rowAt(3)['Notes']).toBe('Other phone: (415) 555-0102; Other email: bob@acme.com');
  });
});
