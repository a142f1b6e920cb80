/**
 * A WeCom (企业微信) 客户联系 export names a contact twice: 客户名称, the WeChat name the customer goes by,
 * and 备注名, the name the salesperson typed (the name when given). A contact the salesperson never
 * renamed has a blank 备注名: it is still a person, named by the WeChat name, kept as typed where it
 * reads as no person's name (阳光明媚). A remark of a name and a note (刘先生 看房) is kept as typed.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { splitPersonName } from '../../shared/export/split-name';
import { NOW, sheet } from './fixtures';

// prettier-ignore
const WECOM: CellValue[][] = [
  ['客户名称', '客户类型', '性别', '添加时间', '添加方式', '所属成员', '备注名', '描述', '企业标签', '备注手机号', '备注企业名称', '状态'],
  ['🌸小美🌸', '微信用户', '女', '2024-03-05 10:21:33', '扫描二维码', '王芳', '李美-装修-三期', '想装修三居室，预算20万', '意向客户;装修', '13811112222', '', '正常'],
  ['A-张总', '微信用户', '男', '2024-02-11 08:00:00', '搜索手机号', '王芳', '张建国 中建三局', '项目经理，负责采购', '大客户', '13988887777', '中建三局', '正常'],
  ['张建国', '企业微信用户', '男', '2024-02-12 09:00:00', '名片分享', '李军', '', '', '大客户', '13988887777', '中国建筑第三工程局有限公司', '正常'],
  ['Lily', '微信用户', '未知', '2023-12-30 22:10:05', '群聊', '王芳', '', '', '', '', '', '已删除'],
  ['随风', '微信用户', '男', '2024-01-05 12:00:00', '扫描二维码', '李军', '刘先生 看房', '周末有空', '意向客户', '+86 186-0000-1234', '', '正常'],
  ['刘先生', '微信用户', '男', '2024-01-06 12:00:00', '扫描二维码', '王芳', '刘强', '', '意向客户', '18600001234', '', '正常'],
  ['阳光明媚', '微信用户', '女', '2024-04-01 09:00:00', '其他', '李军', '', '老客户介绍', '', '', '', '正常'],
];

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  expect(index).toBeGreaterThanOrEqual(0);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

const contactsOf = (crm: 'hubspot' | 'zoho' | 'salesforce') =>
  planExport(sheet(WECOM, '客户联系'), { crm, now: NOW }).files.find((f) => f.header.includes('First Name'))!;

describe('mapHeaders on a WeCom 客户联系 export', () => {
  test('备注名 is the name and 客户名称, left as typed, stands in for it', () => {
    const mapping = mapHeaders(WECOM[0]!, DEFAULT_TEMPLATE, {}, WECOM.slice(1));
    expect(mappingToJson(mapping)).toMatchObject({ 备注名: 'name', 客户名称: null });
    expect(mapping.columns[0]).toMatchObject({ field: null, standsInFor: 'name' });
  });

  test('a 客户名称 the user left alone stands in for nothing', () => {
    const mapping = mapHeaders(WECOM[0]!, DEFAULT_TEMPLATE, { 客户名称: null }, WECOM.slice(1));
    expect(mapping.columns[0]!.standsInFor).toBeUndefined();
  });

  test('outside a WeCom export 客户名称 stands in for nothing', () => {
    const values = [
      ['客户名称', '备注名', '手机号'],
      ['🌸Lily🌸', '李莉-美的集团', '13587654321'],
      ['A王总-建材', '王志刚 森源建材', '15811112222'],
      ['.', '周经理', '13300001111'],
      ['Kevin', 'Kevin 阿里云', '18600001111'],
    ];
    const mapping = mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1));
    expect(mappingToJson(mapping)['备注名']).toBe('name');
    expect(mapping.columns[0]!.standsInFor).toBeUndefined();
  });
});

describe('planExport of a WeCom 客户联系 export', () => {
  test.each(['hubspot', 'zoho', 'salesforce'] as const)('%s: a blank 备注名 is named by the WeChat name', (crm) => {
    const file = contactsOf(crm);
    const company = crm === 'hubspot' ? 'Company Name' : 'Account Name';
    // 张建国 shared his real name: a contact at his company, not a company-only account.
    expect(rowOf(file, 4)).toMatchObject({
      'First Name': '建国',
      'Last Name': '张',
      [company]: '中国建筑第三工程局有限公司',
    });
    // Lily and 阳光明媚 go by their WeChat names, kept as typed.
    expect(rowOf(file, 5)).toMatchObject({ 'First Name': null, 'Last Name': 'Lily' });
    expect(rowOf(file, 8)).toMatchObject({ 'First Name': null, 'Last Name': '阳光明媚' });
  });

  test.each(['hubspot', 'zoho', 'salesforce'] as const)('%s: the remark name is the name when given', (crm) => {
    const file = contactsOf(crm);
    expect(rowOf(file, 3)).toMatchObject({ 'First Name': '建国', 'Last Name': '张' });
    expect(rowOf(file, 7)).toMatchObject({ 'First Name': '强', 'Last Name': '刘' });
  });

  test.each(['hubspot', 'zoho', 'salesforce'] as const)(
    '%s: 刘先生 看房 is kept as typed, 看房 is no given name',
    (crm) => {
      expect(rowOf(contactsOf(crm), 6)).toMatchObject({ 'First Name': null, 'Last Name': '刘先生 看房' });
    },
  );

  test('HubSpot: no row is left without a contact', () => {
    const { files } = planExport(sheet(WECOM, '客户联系'), { crm: 'hubspot', now: NOW });
    const contacts = files.find((f) => f.header.includes('First Name'))!;
    expect([...contacts.sourceRows].sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('splitPersonName of a Han name and a note', () => {
  test.each([
    ['刘先生 看房', { first: '', last: '刘先生 看房', keptWhole: true }],
    ['王志刚 森源建材', { first: '', last: '王志刚 森源建材', keptWhole: true }],
    ['欧阳 娜', { first: '娜', last: '欧阳', keptWhole: false }],
    ['张 建国', { first: '建国', last: '张', keptWhole: false }],
  ])('%s', (name, split) => {
    expect(splitPersonName(name, { chineseList: true })).toEqual(split);
  });
});
