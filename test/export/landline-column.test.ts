/**
 * 金蝶's 客户档案 keeps the switchboard in 联系电话 and the contact's number in 手机. A few rows with one
 * number too many (a landline typed in 手机, two mobiles in one cell) must not send the whole 联系电话
 * column to an extra column: every row's numbers fill Mobile and Phone, and only the number no line
 * is free for goes to the notes, as typed.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// 3-kingdee-customers.xlsx (客户档案 below its two title rows), columns 客户编码 to 业务员.
// prettier-ignore
export const KINGDEE: CellValue[][] = [
  ['客户编码', '客户名称', '联系人', '联系电话', '手机', '地址', '业务员'],
  ['KH0001', '杭州源泉科技有限公司', '张建华', '0571-88886666-8012', '13800138000', '浙江省杭州市西湖区文三路478号', '何静'],
  ['KH0002', '杭州源泉科技有限公司', '张建华', '0571-88886666转8012', '', '杭州市西湖区文三路478号', '何静'],
  ['KH0003', '杭州西子（集团）有限公司', '李明', '(0571)85001234', '13905710001', '杭州市上城区解放路 100号', '王磊'],
  ['KH0004', '杭州西子(集团)有限公司', '李明', '0571 8500 1234', '13905710001', '杭州市上城区解放路100号', '王磊'],
  ['KH0005', '宁波舜宇光学科技有限公司', '王丽', '0574-62538080', '13906740002', '余姚市舜宇路66-68号', '何静'],
  ['KH0006', '宁波舜宇光电信息有限公司', '王丽', '0574-62538080', '13906740002', '余姚市舜宇路66-68号', '何静'],
  ['KH0007', '上海浦东发展银行股份有限公司', '赵行长', '021-63611226', '', '上海市中山东一路12号', '王磊'],
  ['KH0008', '苏州工业园区星海电子有限公司', '陈晓', '0512-6288 1234 ext 305', '15150001234', '苏州工业园区星湖街328号', '王磊'],
  ['KH0009', '南京金陵制药有限公司', '孙主任', '025-84401234', '025-84401235', '南京市玄武区中山路 1号', '何静'],
  ['KH0010', '合肥科大讯飞股份有限公司', '刘工', '0551-65331234/65335678', '18955110000', '合肥市高新区望江西路666号', '何静'],
  ['KH0011', '温州正泰电器股份有限公司', '周经理', '0577-62877777', '13857700001；13857700002', '乐清市北白象镇正泰工业园区', '王磊'],
  ['KH0012', '杭州娃哈哈集团有限公司', '宗总', '0571-86032866', '', '杭州市上城区清泰街160号', '何静'],
  ['KH0014', '义乌小商品城个体户', '吴老板', '0579-85123456', '13757900000', '义乌市国际商贸城二区 12345商位', '王磊'],
  ['KH0015', '义乌市吴氏饰品商行', '吴老板', '0579-85123456', '13757900000', '义乌市国际商贸城二区12345商位', '王磊'],
];

describe('a landline column beside 手机 with a few rows of one number too many', () => {
  test('Salesforce: 联系电话 fills Business Phone row by row; only the extra numbers go to the description', () => {
    const { files, report } = planExport(sheet(KINGDEE), { crm: 'salesforce', now: NOW });
    const contacts = files[0]!;
    expect(contacts.header).not.toContain('联系电话');
    expect(report.columns.find((c) => c.crmColumn === 'Business Phone')?.sheetColumns).toEqual(['手机', '联系电话']);
    // A company with no mobile still has its switchboard.
    expect(rowOf(contacts, 8)).toMatchObject({ 'Mobile Phone': null, 'Business Phone': '+862163611226' });
    expect(rowOf(contacts, 4)).toMatchObject({ 'Mobile Phone': '+8613905710001', 'Business Phone': '+8657185001234' });
    // 手机 holds a landline: it takes Phone, the switchboard goes to the description.
    expect(rowOf(contacts, 10)).toMatchObject({
      'Mobile Phone': null,
      'Business Phone': '+862584401235',
      'Contact Description': '联系电话：025-84401234',
    });
    // Two mobiles in 手机: the landline keeps Phone, the second mobile goes to the description.
    expect(rowOf(contacts, 12)).toMatchObject({
      'Mobile Phone': '+8613857700001',
      'Business Phone': '+8657762877777',
      'Contact Description': '手机：13857700002',
    });
    // Two switchboard numbers in one cell: the first to Phone, the second to the description.
    expect(rowOf(contacts, 11)['Business Phone']).toBe('+8655165331234');
    expect(String(rowOf(contacts, 11)['Contact Description'])).toMatch(/^联系电话：.*65335678$/);
    expect(report.sparePhones).toEqual({ 联系电话: 2, 手机: 1 });
  });

  test.each([
    ['zoho', 'Mobile', 'Phone'],
    ['hubspot', 'Mobile Phone Number', 'Phone Number'],
  ] as const)('%s: every row’s switchboard is in %s’s phone columns', (crm, mobile, phone) => {
    const contacts = planExport(sheet(KINGDEE), { crm, now: NOW }).files[0]!;
    expect(rowOf(contacts, 2)).toMatchObject({ [mobile]: '+8613800138000', [phone]: '+8657188886666 ext. 8012' });
    expect(rowOf(contacts, 13)).toMatchObject({ [mobile]: null, [phone]: '+8657186032866' });
  });
});
