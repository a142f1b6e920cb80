/**
 * WeCom (企业微信) customer exports keep the salesperson's remark name (客户备注, 备注名), which often
 * carries the customer's company: 张三-杭州源泉科技, 李四（上海华通物流）, 杭州源泉科技-王五. English
 * teams type the same into Name: Tom Lee - Acme Ltd. The person is the contact, the company the account.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import type { CrmId, CrmObject } from '../../shared/export/crm-layouts';
import { readRemarkName } from '../../shared/normalise/remark-name';
import { NOW, sheet, usTemplate } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`sheet row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

function fileOf(files: ExportFile[], object: CrmObject): ExportFile {
  const file = files.find((f) => f.object === object);
  if (!file) throw new Error(`no ${object} file`);
  return file;
}

// A WeCom 客户联系 export: 客户名称 is the WeChat nickname, 客户备注 the name the salesperson typed.
// prettier-ignore
const WECOM: CellValue[][] = [
  ['客户名称', '客户备注', '描述', '添加时间', '添加人', '来源', '手机号', '备注企业名称'],
  ['小雨', '张三-杭州源泉科技', '年底有预算', '2023-03-01 10:12:45', '张磊', '扫描渠道二维码', '13811112222', ''],
  ['Rain🌧', '李四（上海华通物流）', '', '2023-06-11 09:00:00', '李娜', '搜索手机号', '13911113333', ''],
  ['周周', '杭州源泉科技-王五', '', '2023-07-02 15:30:00', '张磊', '扫描名片', '13711114444', ''],
  ['阿花', '赵六-华润置地', '', '2023-08-01 10:00:00', '王芳', '来自群聊', '13611115555', '华润置地有限公司'],
  ['老孙', '孙七-杭州源泉科技', '', '2023-08-03 10:00:00', '王芳', '来自群聊', '13511116666', '源泉控股集团'],
  ['刘先生', '刘建军', '', '2023-05-01 11:11:11', '张磊', '扫描名片', '15000002222', ''],
  ['周周', '周婷', '', '2023/10/1', '李娜', '来自群聊', '13700005555', '周氏美容'],
  // Not clear: two people, a note in brackets, two organisations, an organisation alone.
  ['大熊', '陈明-林华', '', '2023-09-01 09:00:00', '张磊', '扫描名片', '15000003333', ''],
  ['Kiki', '王芳（老客户）', '', '2023-09-02 09:00:00', '张磊', '扫描名片', '15000004444', ''],
  ['源泉', '杭州源泉科技-上海华通物流', '', '2023-09-03 09:00:00', '张磊', '扫描名片', '15000005555', ''],
  ['字节', '北京字节跳动科技有限公司', '', '2023-09-04 09:00:00', '张磊', '扫描名片', '15000006666', ''],
];

// A US sales team's list: the company typed into Name beside the person, the Company column mostly blank.
// prettier-ignore
const US_TEAM: CellValue[][] = [
  ['Name', 'Email', 'Phone', 'Company', 'Lead Source'],
  ['Tom Lee - Acme Ltd', 'tom.lee@acme.example', '(415) 555-2671', '', 'Web'],
  ['Globex Corporation - Robert Chan', 'robert.chan@globex.example', '(415) 555-2672', '', 'Trade Show'],
  ['Sarah Johnson (Initech LLC)', 'sarah@initech.example', '(415) 555-2673', '', 'Web'],
  ['Raj Patel - Initech LLC', 'raj@initech.example', '(415) 555-2674', 'Initech, Inc.', 'Web'],
  ['John Melton', 'john@melton.example', '(415) 555-2675', '', 'Web'],
  // Not clear: a double-barrelled surname, an organisation with a division.
  ['Mary Smith-Jones', 'msj@example.com', '(415) 555-2676', '', 'Web'],
  ['Acme Ltd - Logistics', 'ops@acme.example', '(415) 555-2677', '', 'Web'],
];

const wecom = () => sheet(WECOM.map((r) => [...r]));
const usTeam = () =>
  sheet(
    US_TEAM.map((r) => [...r]),
    'Leads',
  );

describe('remark-name', () => {
  test.each<[string, string, string, string]>([
    ['张三-杭州源泉科技', '', '张三', '杭州源泉科技'],
    ['李四（上海华通物流）', '', '李四', '上海华通物流'],
    ['杭州源泉科技-王五', '', '王五', '杭州源泉科技'],
    ['张总－杭州源泉科技', '', '张总', '杭州源泉科技'],
    ['【上海华通物流】李四', '', '李四', '上海华通物流'],
    ['王雨-华润置地采购', '华润置地', '王雨', '华润置地采购'],
    ['Tom Lee - Acme Ltd', '', 'Tom Lee', 'Acme Ltd'],
    ['Globex Corporation - Robert Chan', '', 'Robert Chan', 'Globex Corporation'],
    ['Sarah Johnson (Initech LLC)', '', 'Sarah Johnson', 'Initech LLC'],
    ['张三 杭州源泉科技', '', '张三', '杭州源泉科技'],
  ])(
    'reads %j (company %j) as person %j of %j when one side is a person and the other an organisation',
    (name, company, person, organisation) => {
      expect(readRemarkName(name, company)).toEqual({ person, organisation });
    },
  );

  test.each<[string, string]>([
    ['陈明-林华', 'two people'],
    ['王芳（老客户）', 'a note in brackets'],
    ['杭州源泉科技-上海华通物流', 'two organisations'],
    ['华为技术有限公司（深圳）', 'an organisation and its city'],
    ['赵六-华润置地', 'an organisation the readers do not know, and no company column'],
    ['北京字节跳动科技有限公司', 'no separator'],
    ['Mary Smith-Jones', 'a double-barrelled surname'],
    ['Acme Ltd - Logistics', 'a division'],
    ['Acme Ltd - New York', 'an organisation and a place'],
    ['Initech LLC - Priya Sharma', 'an organisation and two words that may be a place'],
    ['杭州源泉科技-常州', 'an organisation and a city'],
    ['华为-成都分公司', 'a branch'],
    ['张三-杭州源泉科技-采购部', 'three parts'],
  ])('reads nothing in %j when it is not clear (%s)', (name) => {
    expect(readRemarkName(name, '')).toBeNull();
  });
});

describe('row-parties with WeCom remark names', () => {
  test('puts the person in Zoho’s name columns and the company in Account Name when the remark carries both', () => {
    const { files, report } = planExport(wecom(), { crm: 'zoho', now: NOW });
    const contacts = fileOf(files, 'contacts');
    expect(rowOf(contacts, 2)).toMatchObject({
      'First Name': '三',
      'Last Name': '张',
      'Account Name': '杭州源泉科技',
    });
    expect(rowOf(contacts, 3)).toMatchObject({
      'First Name': '四',
      'Last Name': '李',
      'Account Name': '上海华通物流',
    });
    expect(rowOf(contacts, 4)).toMatchObject({
      'First Name': '五',
      'Last Name': '王',
      'Account Name': '杭州源泉科技',
    });
    expect(report.remarkNames).toBe(5);
  });

  test('keeps the row’s own company column as the account when it is filled', () => {
    const contacts = fileOf(planExport(wecom(), { crm: 'zoho', now: NOW }).files, 'contacts');
    expect(rowOf(contacts, 5)).toMatchObject({
      'First Name': '六',
      'Last Name': '赵',
      'Account Name': '华润置地有限公司',
    });
    expect(rowOf(contacts, 6)).toMatchObject({
      'First Name': '七',
      'Last Name': '孙',
      'Account Name': '源泉控股集团',
    });
  });

  test('leaves a remark as typed where it goes today when it is not clear', () => {
    const { files, report } = planExport(wecom(), { crm: 'zoho', now: NOW });
    const contacts = fileOf(files, 'contacts');
    expect(rowOf(contacts, 9)).toMatchObject({ 'First Name': null, 'Last Name': '陈明-林华', 'Account Name': null });
    expect(rowOf(contacts, 10)).toMatchObject({ 'First Name': null, 'Last Name': '王芳（老客户）' });
    // Organisations alone stay company-only rows.
    expect(fileOf(files, 'accounts').sourceRows).toEqual([11, 12]);
    expect(rowOf(fileOf(files, 'accounts'), 11)).toMatchObject({ 'Account Name': '杭州源泉科技-上海华通物流' });
    expect(report.namesKeptWhole).toBe(2);
  });

  test('writes the person as Salesforce’s contact and the company as Account Name, and as a lead’s Company', () => {
    const contacts = fileOf(planExport(wecom(), { crm: 'salesforce', now: NOW }).files, 'contacts');
    expect(rowOf(contacts, 2)).toMatchObject({
      'First Name': '三',
      'Last Name': '张',
      'Account Name': '杭州源泉科技',
    });
    const leads = fileOf(planExport(wecom(), { crm: 'salesforce', object: 'leads', now: NOW }).files, 'leads');
    expect(rowOf(leads, 4)).toMatchObject({ 'First Name': '五', 'Last Name': '王', Company: '杭州源泉科技' });
    expect(rowOf(leads, 5)).toMatchObject({ 'First Name': '六', 'Last Name': '赵', Company: '华润置地有限公司' });
  });

  test('writes HubSpot’s Company Name beside the person', () => {
    const contacts = fileOf(planExport(wecom(), { crm: 'hubspot', now: NOW }).files, 'contacts');
    expect(rowOf(contacts, 3)).toMatchObject({
      'First Name': '四',
      'Last Name': '李',
      'Company Name': '上海华通物流',
    });
  });

  test('writes 纷享销客 accounts one per company, the people in the contacts file naming their 客户', () => {
    // 杭州源泉科技 is the company of two remarks (张三, 王五): one 客户, two 联系人.
    const { files } = planExport(wecom(), { crm: 'fxiaoke', object: 'accounts', now: NOW });
    const accounts = fileOf(files, 'accounts');
    expect(accounts.rows.filter((r) => r[0] === '杭州源泉科技')).toHaveLength(1);
    // The company's account names no one contact; 刘建军, with no company, is a 客户 of his own.
    expect(rowOf(accounts, 2)).toMatchObject({ 客户名称: '杭州源泉科技', 联系人: null, 手机: null });
    expect(rowOf(accounts, 7)).toMatchObject({ 客户名称: '刘建军', 联系人: '刘建军', 手机: '15000002222' });
    const contacts = fileOf(files, 'contacts');
    expect(rowOf(contacts, 2)).toMatchObject({ 姓名: '张三', 客户名称: '杭州源泉科技' });
    expect(rowOf(contacts, 4)).toMatchObject({ 姓名: '王五', 客户名称: '杭州源泉科技' });
    expect(rowOf(contacts, 5)).toMatchObject({ 姓名: '赵六', 客户名称: '华润置地有限公司' });
  });

  test.each<[CrmObject, string, string]>([
    ['contacts', '姓名', '客户名称'],
    ['leads', '姓名', '公司'],
  ])('writes 纷享销客 %s with the person under %s and the company under %s', (object, person, company) => {
    const file = fileOf(planExport(wecom(), { crm: 'fxiaoke', object, now: NOW }).files, object);
    expect(rowOf(file, 2)).toMatchObject({ [person]: '张三', [company]: '杭州源泉科技' });
    expect(rowOf(file, 3)).toMatchObject({ [person]: '李四', [company]: '上海华通物流' });
    expect(rowOf(file, 4)).toMatchObject({ [person]: '王五', [company]: '杭州源泉科技' });
    expect(rowOf(file, 5)).toMatchObject({ [person]: '赵六', [company]: '华润置地有限公司' });
  });

  test('never changes the sheet’s own values', () => {
    const snapshot = wecom();
    const before = snapshot.values.map((r) => [...r]);
    for (const crm of ['zoho', 'salesforce', 'hubspot', 'fxiaoke'] as CrmId[]) planExport(snapshot, { crm, now: NOW });
    expect(snapshot.values).toEqual(before);
  });
});

describe('row-parties with a company typed into an English name', () => {
  const template = usTemplate();

  test.each<[CrmId, CrmObject, string]>([
    ['zoho', 'contacts', 'Account Name'],
    ['zoho', 'leads', 'Company'],
    ['salesforce', 'contacts', 'Account Name'],
    ['salesforce', 'leads', 'Company'],
    ['hubspot', 'contacts', 'Company Name'],
  ])('writes %s %s with the person’s names and the company under %s', (crm, object, company) => {
    const file = fileOf(planExport(usTeam(), { crm, object, template, now: NOW }).files, object);
    expect(rowOf(file, 2)).toMatchObject({ 'First Name': 'Tom', 'Last Name': 'Lee', [company]: 'Acme Ltd' });
    expect(rowOf(file, 3)).toMatchObject({
      'First Name': 'Robert',
      'Last Name': 'Chan',
      [company]: 'Globex Corporation',
    });
    expect(rowOf(file, 4)).toMatchObject({ 'First Name': 'Sarah', 'Last Name': 'Johnson', [company]: 'Initech LLC' });
    // The Company column wins over the one typed in the name.
    expect(rowOf(file, 5)).toMatchObject({ 'First Name': 'Raj', 'Last Name': 'Patel', [company]: 'Initech, Inc.' });
  });

  test('leaves a double-barrelled name a person and an organisation with a division an account', () => {
    const { files, report } = planExport(usTeam(), { crm: 'hubspot', template, now: NOW });
    expect(rowOf(fileOf(files, 'contacts'), 7)).toMatchObject({ 'First Name': 'Mary', 'Last Name': 'Smith-Jones' });
    expect(fileOf(files, 'accounts').sourceRows).toEqual([8]);
    expect(rowOf(fileOf(files, 'accounts'), 8)).toMatchObject({ 'Company Name': 'Acme Ltd - Logistics' });
    expect(report.remarkNames).toBe(4);
  });

  test('writes 纷享销客 contacts with the whole person’s name under 姓名', () => {
    const file = fileOf(
      planExport(usTeam(), { crm: 'fxiaoke', object: 'contacts', template, now: NOW }).files,
      'contacts',
    );
    expect(rowOf(file, 2)).toMatchObject({ 姓名: 'Tom Lee', 客户名称: 'Acme Ltd' });
    expect(rowOf(file, 5)).toMatchObject({ 姓名: 'Raj Patel', 客户名称: 'Initech, Inc.' });
  });
});
