/**
 * An industry goes to a CRM's value, or to a template option's label, only when the cell names it
 * whole: 电子 (electronics, an option of its own) is a part of 电子商务 (e-commerce) and means something else.
 * A 华东 sales ledger (客户台账) with 行业 typed by hand.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

// prettier-ignore
const LEDGER: CellValue[][] = [
  ['客户名称', '联系人', '手机', '省', '市', '行业', '负责人'],
  ['合肥科大讯达电子有限公司', '吴敏', '13705511234', '安徽省', '合肥市', '电子', '赵敏'],
  ['苏州金鸡湖生物医药有限公司', '刘洋', '15995512345', '江苏省', '苏州市', '医药', '赵敏'],
  ['南京苏宁易购集团股份有限公司', '孙强', '13900006666', '江苏省', '南京市', '电子商务', '王五'],
  ['北京中科远望信息技术有限公司', '张伟', '13910002000', '北京市', '北京市', '技术', '赵敏'],
  ['宁波北仑港机有限公司', '孙丽', '13957421234', '浙江省', '宁波市', '商务', '王强'],
];

function industries(file: ExportFile, header: string): CellValue[] {
  const at = file.header.indexOf(header);
  expect(at).toBeGreaterThanOrEqual(0);
  return file.rows.map((row) => row[at] ?? null);
}

describe('industry named whole', () => {
  test('纷享销客: 电子 is electronics, a part of a name is no option, a synonym still is', () => {
    const { files, report } = planExport(sheet(LEDGER, '客户台账'), { crm: 'fxiaoke', now: NOW });
    expect(industries(files[0]!, '行业')).toEqual(['电子', '医药', '电商', '技术', '商务']);
    // Exported as typed and counted: 技术, 商务.
    expect(report.valuesAsTyped['行业']).toBe(2);
  });

  test('Salesforce: 电子 is Electronics, not e-commerce; a part of a name is listed as none of the CRM’s', () => {
    const { files, report } = planExport(sheet(LEDGER, '客户台账'), {
      crm: 'salesforce',
      object: 'accounts',
      now: NOW,
    });
    const values = industries(files[0]!, 'Industry');
    expect(values[0]).toBe('Electronics');
    expect(values[3]).toBe('技术');
    expect(values[4]).toBe('商务');
    expect(report.notCrmValues['Industry']).toEqual(expect.arrayContaining(['技术', '商务']));
    expect(report.notCrmValues['Industry']).not.toContain('电子');
  });

  test('Salesforce contacts: the sheet’s own 行业 column keeps 电子 as typed', () => {
    const { files } = planExport(sheet(LEDGER, '客户台账'), { crm: 'salesforce', now: NOW });
    expect(industries(files[0]!, '行业')).toEqual(['电子', '医药', '电商', '技术', '商务']);
  });

  test('HubSpot companies: 电子 is not e-commerce either', () => {
    const { files } = planExport(sheet(LEDGER, '客户台账'), { crm: 'hubspot', object: 'accounts', now: NOW });
    const header = files[0]!.header.find((h) => /industry/i.test(h))!;
    expect(industries(files[0]!, header)[0]).toBe('ELECTRICAL_ELECTRONIC_MANUFACTURING');
  });
});
