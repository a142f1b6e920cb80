/**
 * A WeCom (企业微信) 客户联系 export whose 备注名 the sales team typed as a name, a space and the
 * company's short name (王志刚 森源建材), or the other way round (森源建材 王志刚): the person is the
 * contact and the company the account, unless the row's 备注企业名称 names one. A remark whose person
 * is also a city's name (金华 森源建材) has two readings: it goes where it went before, and the
 * report says so.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import type { CrmObject } from '../../shared/export/crm-layouts';
import { NOW, sheet } from './fixtures';

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

// prettier-ignore
const WECOM: CellValue[][] = [
  ['客户名称', '备注名', '添加人', '添加时间', '添加渠道', '手机号', '备注企业名称', '描述'],
  ['A王总-建材', '王志刚 森源建材', '陈晨', '2024/4/2 16:05', '名片分享', '15811112222', '', '老板，年采购额约200万'],
  ['宏达李', '宏达五金 李建国', '陈晨', '2024/4/3 10:20', '扫描二维码', '15811113333', '', ''],
  ['王哥', '王总 森源建材', '刘强', '2024/4/5 09:00', '搜索手机号', '15811114444', '', ''],
  ['志刚', '王志刚 森源建材', '刘强', '2024/4/6 09:00', '名片分享', '15811115555', '佛山市森源建材有限公司', ''],
  ['阿明', '金华 森源建材', '刘强', '2024/4/7 09:00', '名片分享', '15811116666', '', ''],
  ['李莉', '李莉-美的集团', '刘强', '2024/4/8 09:00', '客户介绍', '13587654321', '', ''],
];

const wecom = () => sheet(WECOM.map((r) => [...r]));

describe('row-parties with spaced WeCom remark names', () => {
  test('writes the person as the contact and the company as the account, whichever comes first', () => {
    const { files, report } = planExport(wecom(), { crm: 'zoho', now: NOW });
    const contacts = fileOf(files, 'contacts');
    expect(rowOf(contacts, 2)).toMatchObject({ 'First Name': '志刚', 'Last Name': '王', 'Account Name': '森源建材' });
    expect(rowOf(contacts, 3)).toMatchObject({ 'First Name': '建国', 'Last Name': '李', 'Account Name': '宏达五金' });
    expect(rowOf(contacts, 4)).toMatchObject({ 'Last Name': '王总', 'Account Name': '森源建材' });
    expect(rowOf(contacts, 7)).toMatchObject({ 'First Name': '莉', 'Last Name': '李', 'Account Name': '美的集团' });
    expect(report.remarkNames).toBe(5);
  });

  test('keeps the row’s 备注企业名称 as the account when it is filled', () => {
    const contacts = fileOf(planExport(wecom(), { crm: 'zoho', now: NOW }).files, 'contacts');
    expect(rowOf(contacts, 5)).toMatchObject({
      'First Name': '志刚',
      'Last Name': '王',
      'Account Name': '佛山市森源建材有限公司',
    });
  });

  test('writes 纷享销客 contacts with the person under 姓名 and the company under 客户名称', () => {
    const contacts = fileOf(planExport(wecom(), { crm: 'fxiaoke', object: 'contacts', now: NOW }).files, 'contacts');
    expect(rowOf(contacts, 2)).toMatchObject({ 姓名: '王志刚', 客户名称: '森源建材' });
    expect(rowOf(contacts, 3)).toMatchObject({ 姓名: '李建国', 客户名称: '宏达五金' });
  });

  test('leaves a remark of two readings where it went before and counts it for the report', () => {
    const { files, report } = planExport(wecom(), { crm: 'zoho', now: NOW });
    // 金华 森源建材: the person 金华 of 森源建材, or the company 金华森源建材; the cell is written whole.
    const written = [...fileOf(files, 'accounts').rows, ...fileOf(files, 'contacts').rows].flat();
    expect(written).toContain('金华 森源建材');
    expect(written).not.toContain('金华');
    expect(report.remarkTwoReadings).toEqual({ count: 1, rows: [6], example: '金华 森源建材' });
  });
});
