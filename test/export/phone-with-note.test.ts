/**
 * A hand-kept ledger types a mobile and a word about it in one phone cell (138 0013 8000（微信同号）),
 * as check's phone.withNote reads it. The CRM's phone column takes the number, on the line its digits
 * give it (a mobile to Mobile, whatever the column's header), and the note goes to the notes.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// ledger_huadong.xlsx (华东区): its title, the header on row 3, rows 4 to 7 and 11; row 17 with its
// landline typed with a note, as the same ledger types its mobiles.
// prettier-ignore
const LEDGER: CellValue[][] = [
  ['2024年华东区客户台账', null, null, null, null, null, null, null, null, null],
  ['制表人：何静', null, null, null, null, '更新日期：2024年3月5日', null, null, null, null],
  ['序号', '客户名称', '联系人', '电话', '微信', '地址', '最近联系', '成交金额（万元）', '客户类型', '备注'],
  [1, '杭州森源建材有限公司', '王建国', '138 0013 8000（微信同号）', 'wjg1970', '杭州市西湖区文三路478号', '2024年3月5日', 12.5, '老客户', '王总说下周回款'],
  [2, '杭州森源建材有限公司', '刘会计', '0571-8888 6666转801', '', '', '2024/3/1', null, '', '对账找她'],
  [3, '森源建材(杭州)', '王总', '13800138000', '', '文三路478号', '2024/2/20', '3', '老客户', '同一家？上次报价单抬头写的这个'],
  [4, '上海华通物流有限公司', '陈明', '139-1777-8888', 'chenming_ht', '上海浦东张江路100号', '2024年2月28日', 20, '重点客户', '年底续约，注意新公司已换执照'],
  [8, '苏州明德电子科技有限公司', '周杰', '１８９６２３４５６７８', '', '苏州虎丘狮山路22号', '2024年3月2日', 30, '重点客户', '周总 电话 0512-65432100'],
  [14, '温州小李服装店', '李小红', '0577-65551234 晚上打', '', '瑞安安阳街道', '2024-3-3', 0.2, '新客户', ''],
];

// An American contact list: a number with a word on when to call.
// prettier-ignore
const CONTACTS: CellValue[][] = [
  ['First Name', 'Last Name', 'Company', 'Phone', 'Email', 'Notes'],
  ['Mary', 'Evans', 'Middlemarch Ltd', '(415) 555-2671 (after 6pm)', 'mary.evans@example.com', 'Met at the trade show'],
  ['Tom', 'Baker', 'Baker Supply', '212-555-0100', 'tom@bakersupply.example', ''],
];

describe('a phone cell holding a number and a note', () => {
  test.each([
    ['zoho', 'Mobile', 'Description', 'Phone'],
    ['salesforce', 'Mobile Phone', 'Contact Description', 'Business Phone'],
  ] as const)('%s: the mobile goes to %s, the note to %s, and %s stays blank', (crm, mobile, notes, phone) => {
    const file = planExport(sheet(LEDGER, '客户台账'), { crm, now: NOW }).files[0]!;
    expect(rowOf(file, 4)).toMatchObject({
      [mobile]: '+8613800138000',
      [phone]: null,
      [notes]: '王总说下周回款；电话：微信同号',
    });
  });

  test('纷享销客: 手机 takes the national number and 备注 the note', () => {
    const { files } = planExport(sheet(LEDGER, '客户台账'), { crm: 'fxiaoke', now: NOW });
    const contacts = files.find((f) => f.object === 'contacts')!;
    expect(rowOf(contacts, 4)).toMatchObject({
      手机: '13800138000',
      电话: null,
      备注: '王总说下周回款；电话：微信同号',
    });
  });

  test('a landline with a note goes to Phone, and the note to the notes', () => {
    const file = planExport(sheet(LEDGER, '客户台账'), { crm: 'zoho', now: NOW }).files[0]!;
    expect(rowOf(file, 9)).toMatchObject({ Mobile: null, Phone: '+8657765551234', Description: '电话：晚上打' });
  });

  test('HubSpot, which has no notes column: the note stays under its sheet header', () => {
    const file = planExport(sheet(LEDGER, '客户台账'), { crm: 'hubspot', now: NOW }).files[0]!;
    expect(rowOf(file, 4)).toMatchObject({
      'Mobile Phone Number': '+8613800138000',
      'Phone Number': null,
      电话: '微信同号',
    });
    expect(rowOf(file, 6)).toMatchObject({ 'Mobile Phone Number': '+8613800138000', 电话: null });
  });

  test('a number with an extension is one number, no note', () => {
    const file = planExport(sheet(LEDGER, '客户台账'), { crm: 'zoho', now: NOW }).files[0]!;
    expect(rowOf(file, 5)).toMatchObject({ Phone: '+8657188886666 ext. 801', Description: '对账找她' });
  });

  test('an English list: the note is worded with the sheet’s marks', () => {
    const file = planExport(sheet(CONTACTS, 'Contacts'), { crm: 'zoho', now: NOW }).files[0]!;
    expect(rowOf(file, 2)).toMatchObject({
      Phone: '+14155552671',
      Description: 'Met at the trade show; Phone: after 6pm',
    });
    expect(rowOf(file, 3)).toMatchObject({ Phone: '+12125550100', Description: null });
  });

  test('the report counts the notes taken from each phone column', () => {
    const { report } = planExport(sheet(LEDGER, '客户台账'), { crm: 'zoho', now: NOW });
    expect(report.phoneNotes).toEqual({ 电话: 2 });
    expect(report.sparePhones).toEqual({});
  });
});
