/**
 * Notes name a column as the sheet heads it, not with the template's label: a B2B ledger's
 * 累计成交金额（万元） is a deal total, never the template's 累计消费金额 (a shop's spend).
 */
import { mergeAndApply, optionsFor, sheet } from './fixtures';

describe('labels of values moved into the notes', () => {
  test('a 累计成交金额（万元） amount in another unit is noted under that header', () => {
    const snapshot = sheet('客户台账', [
      ['客户名称', '联系人', '手机', '累计成交金额（万元）', '备注'],
      ['宁波海天塑机集团', '郑浩', '13757470001', 60, '大客户'],
      ['宁波海天塑机集团有限公司', '郑浩', '13757470001', '1.5万', '二次跟进'],
    ]);
    const { rowAt } = mergeAndApply(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, 'zh-CN', { masters: { 0: 2 } }));
    expect(rowAt(2)['累计成交金额（万元）']).toBe(60);
    expect(rowAt(2)['备注']).toBe('大客户; 二次跟进; 其他累计成交金额（万元）：1.5万');
  });

  test('an English phone column headed Work Phone is noted as work phone, its acronyms kept', () => {
    const snapshot = sheet('Contacts', [
      ['Name', 'Work Phone', 'Spend (USD)', 'Notes'],
      ['Liu Fang', '(415) 555-0134', 120, ''],
      ['Liu Fang', '(415) 555-0188', '£75.00', ''],
    ]);
    const { rowAt } = mergeAndApply(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, 'en-US', { masters: { 0: 2 } }));
    expect(rowAt(2)['Notes']).toBe('Other work phone: (415) 555-0188; Other spend (USD): £75.00');
  });
});
