/**
 * A row's numbers in a CRM's phone columns. One odd row (a 400 service number typed in 手机 beside a
 * landline in 固定电话) must not send a whole landline column to an extra column; the number with no
 * free column goes to the notes, as typed, and the report says so. A cell of two numbers (WeCom's
 * 备注手机号 13800138000,13912345678) is two numbers: the first to Mobile, the second to the other
 * phone column when that is empty.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// b2c_customers.csv: rows 2, 4, 6, 10 (钱多多: 400-800-8888 in 手机) and 44 (李秀英's 057188886666).
// prettier-ignore
const B2C: CellValue[][] = [
  ['客户姓名', '手机', '固定电话', '邮箱', '性别', '城市', '客户类型', '来源', '跟进人', '备注'],
  ['夏萍国', '+86 16626694428', '0551-6170577', '', '女', '合肥市', '潜在客户', '小红书', '何静', ''],
  ['韦琪子', '186 1312 2153', '0551-4609922', 'c92685@163.com', '女', '合肥市', '老客户', '门店', '何静', ''],
  ['范桂', '+86 15513051331', '0551-6278970', '', '', '合肥市', '老客户', '抖音', '林涛', ''],
  ['钱多多', '400-800-8888', '010-12345678', '', '男', '北京市', '潜在客户', '电话开发', '林涛', '客服热线'],
  ['李秀英 ', '135 1234 5678', '057188886666', '', '女', '杭州市', '老客户', '电话开发', '何静', '老客户复购'],
];

// dingtalk_crm_gbk.csv: rows 6 (010-12345678 in 联系人电话) to 9.
// prettier-ignore
const DINGTALK: CellValue[][] = [
  ['客户名称', '联系人', '联系人电话', '办公电话', '客户来源', '负责人', '地址', '备注'],
  ['北京昌隆印刷厂', '王建国', '010-12345678', '(010)8888-6666 转 808', '地推', '马超', '北京市朝阳区建国路88号', ''],
  ['武汉顺达建材有限公司', '王涛', '15700324243', '027-39829609', '地推', '林涛', '湖北省武汉市洪山区长江路686号28幢1663室', ''],
  ['合肥永盛建材厂', '孟杰明', '16655383408', '0551-45831862', '官网', '林涛', '安徽省合肥市蜀山区和平路852号6幢162室', ''],
  ['苏州福源建材商行', '汪晨雨', '13759123697', '0512-43217631', '官网', '何静', '江苏省苏州市工业园区滨江大道103号29幢2174室', ''],
];

// wecom_customers.csv: rows 2, 4 and 42 (张总 with two numbers in 备注手机号).
// prettier-ignore
const WECOM: CellValue[][] = [
  ['客户名称', '备注名', '客户类型', '性别', '添加人', '添加时间', '描述', '备注手机号', '企业名称'],
  ['A-阳光', '苏海思', '企业微信用户', '男', '赵敏', '2024-08-19 12:07:20', '', '18117057776', ''],
  ['Lily', '许敏', '企业微信用户', '男', '林涛', '2023-01-22 15:00:02', '', '18004444825', ''],
  ['A-阳光', '张总', '微信用户', '男', '林涛', '2024-03-18 16:02:10', '', '13800138000,13912345678', ''],
];

describe('one odd row does not move a whole phone column', () => {
  test('固定电话 fills 电话 for every row; 钱多多’s second landline goes to 备注, as typed', () => {
    const { files, report } = planExport(sheet(B2C), { crm: 'fxiaoke', now: NOW });
    const file = files[0]!;
    expect(file.header).not.toContain('固定电话');
    expect(rowOf(file, 2)).toMatchObject({ 手机: '16626694428', 电话: '0551-6170577' });
    expect(rowOf(file, 6)).toMatchObject({ 手机: '13512345678', 电话: '0571-88886666', 备注: '老客户复购' });
    expect(rowOf(file, 5)).toMatchObject({
      手机: null,
      电话: '400-800-8888',
      备注: '客服热线；固定电话：010-12345678',
    });
    expect(report.sparePhones).toEqual({ 固定电话: 1 });
  });

  test('Zoho and Salesforce: the landline column fills Phone, one number goes to the description', () => {
    const zoho = planExport(sheet(B2C), { crm: 'zoho', now: NOW }).files[0]!;
    expect(rowOf(zoho, 6)).toMatchObject({ Mobile: '+8613512345678', Phone: '+8657188886666' });
    expect(rowOf(zoho, 5)).toMatchObject({ Mobile: null, Phone: '+864008008888' });
    expect(String(rowOf(zoho, 5).Description)).toContain('固定电话：010-12345678');
    const sf = planExport(sheet(DINGTALK), { crm: 'salesforce', now: NOW });
    const contacts = sf.files[0]!;
    expect(contacts.header).not.toContain('办公电话');
    expect(rowOf(contacts, 3)).toMatchObject({ 'Mobile Phone': '+8615700324243', 'Business Phone': '+862739829609' });
    expect(rowOf(contacts, 2)).toMatchObject({ 'Mobile Phone': null, 'Business Phone': '+861012345678' });
    expect(rowOf(contacts, 2)['Contact Description']).toBe('办公电话：(010)8888-6666 转 808');
    expect(sf.report.sparePhones).toEqual({ 办公电话: 1 });
  });

  test('HubSpot contacts have no description: the number with no column stays under its sheet header', () => {
    const { files } = planExport(sheet(DINGTALK), { crm: 'hubspot', now: NOW });
    const contacts = files[0]!;
    expect(rowOf(contacts, 3)).toMatchObject({
      'Mobile Phone Number': '+8615700324243',
      'Phone Number': '+862739829609',
    });
    expect(rowOf(contacts, 2)).toMatchObject({ 'Phone Number': '+861012345678', 办公电话: '(010)8888-6666 转 808' });
    expect(rowOf(contacts, 3)['办公电话']).toBeNull();
  });
});

describe('a cell of two numbers', () => {
  test.each([
    ['salesforce', 'Mobile Phone', 'Business Phone'],
    ['zoho', 'Mobile', 'Phone'],
    ['hubspot', 'Mobile Phone Number', 'Phone Number'],
  ] as const)('%s: the first to %s, the second to %s', (crm, mobile, other) => {
    const { files, report } = planExport(sheet(WECOM, '客户列表'), { crm, now: NOW });
    const row = rowOf(files[0]!, 4);
    expect(row[mobile]).toBe('+8613800138000');
    expect(row[other]).toBe('+8613912345678');
    expect(report.sparePhones).toEqual({});
  });

  test('纷享销客: 手机 and 电话 in the national form', () => {
    const { files } = planExport(sheet(WECOM, '客户列表'), { crm: 'fxiaoke', now: NOW });
    expect(rowOf(files[0]!, 4)).toMatchObject({ 手机: '13800138000', 电话: '13912345678' });
  });

  test('a one-phone layout (accounts) keeps the second number in the description', () => {
    const values: CellValue[][] = [
      ['客户名称', '联系电话', '备注'],
      ['杭州西子网络科技有限公司', '0571-88886666,13588889999', '老客户'],
      ['成都天府软件有限公司', '028-85123456', ''],
    ];
    const { files, report } = planExport(sheet(values), { crm: 'salesforce', object: 'accounts', now: NOW });
    expect(rowOf(files[0]!, 2)).toMatchObject({
      Phone: '+8657188886666',
      'Account Description': '老客户；联系电话：13588889999',
    });
    expect(report.sparePhones).toEqual({ 联系电话: 1 });
  });
});
