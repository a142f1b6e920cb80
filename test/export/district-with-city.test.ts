/**
 * A list of 省, 市 and 区 with no street column: each row's district goes with its city
 * (杭州市西湖区), never alone in the street column, so the street column has nothing to write, and
 * the report says City ← 市 + 区, as the file holds.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

// ledger.xlsx (客户台账): 省, 市, 区 and no 详细地址.
// prettier-ignore
const LEDGER: CellValue[][] = [
  ['客户名称', '联系人', '手机', '省', '市', '区', '负责人'],
  ['杭州西子智能科技有限公司', '王建国', '13857112345', '浙江省', '杭州市', '西湖区', '李娜'],
  ['北京中科远望信息技术有限公司', '张伟', '13910002000', '北京市', '北京市', '海淀区', '赵敏'],
  ['上海浦江物流(集团)有限公司', '陈静', '13601234567', '上海', '上海', '浦东', '李娜'],
];

describe('a district with no street', () => {
  test('Salesforce contacts: Mailing City holds 市 and 区, and the report says so; no empty street column', () => {
    const { files, report } = planExport(sheet(LEDGER, '客户台账'), { crm: 'salesforce', now: NOW });
    const file = files[0]!;
    const city = file.header.indexOf('Mailing City');
    expect(file.rows.map((row) => row[city])).toEqual(['杭州市西湖区', '北京市海淀区', '上海浦东']);
    expect(file.header).not.toContain('Mailing Street');
    expect(file.header).not.toContain('区');
    expect(report.columns.find((c) => c.crmColumn === 'Mailing City')?.sheetColumns).toEqual(['市', '区']);
    expect(report.columns.find((c) => c.source === 'address')).toBeUndefined();
  });

  test('a list of 省 and 区 with no 市: the street names the places, and the report says which', () => {
    const values = LEDGER.map((row) => [row[0]!, row[1]!, row[2]!, row[3]!, row[5]!, row[6]!]);
    const { files, report } = planExport(sheet(values, '客户台账'), { crm: 'salesforce', now: NOW });
    const file = files[0]!;
    expect(file.rows[0]![file.header.indexOf('Mailing Street')]).toBe('浙江省西湖区');
    expect(report.columns.find((c) => c.crmColumn === 'Mailing Street')?.sheetColumns).toEqual(['省', '区']);
  });

  test('纷享销客 (no State or City column): 地址 keeps 省 + 市 + 区', () => {
    const { files, report } = planExport(sheet(LEDGER, '客户台账'), { crm: 'fxiaoke', now: NOW });
    const file = files[0]!;
    expect(file.rows[0]![file.header.indexOf('地址')]).toBe('浙江省杭州市西湖区');
    expect(report.columns.find((c) => c.crmColumn === '地址')?.sheetColumns).toEqual(['省', '市', '区']);
  });
});
