/**
 * Amounts go to a CRM as check reads them: an amount in another currency than its column's ($1,280.50
 * among ¥) is exported as typed, never as a bare number the CRM would store as yuan, and 2,000 in a
 * column whose amounts write decimals with a comma is 2, not 2000.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { usTemplate, NOW, sheet } from './fixtures';

function columnOf(file: ExportFile, header: string): CellValue[] {
  const at = file.header.indexOf(header);
  if (at < 0) throw new Error(`no ${header} column in ${file.header.join(', ')}`);
  return file.rows.map((row) => row[at] ?? null);
}

describe('export of amounts', () => {
  // A member list kept in yuan: two members paid abroad.
  const members: CellValue[][] = [
    ['客户名称', '手机', '累计消费金额', '购买次数'],
    ['张伟', '13800138001', '¥1,280.50', '3次'],
    ['李娜', '13800138002', '$1,280.50', '2'],
    ['王芳', '13800138003', '1.28万', '5'],
    ['刘洋', '13800138004', '1 280,50 €', '1'],
    ['陈静', '13800138005', 'RMB 1,280', '4'],
  ];

  test.each(['hubspot', 'salesforce', 'zoho', 'fxiaoke'] as const)(
    'writes an amount in another currency as typed for %s',
    (crm) => {
      const { files, report } = planExport(sheet(members), { crm, now: NOW });
      expect(columnOf(files[0]!, '累计消费金额')).toEqual([1280.5, '$1,280.50', 12800, '1 280,50 €', 1280]);
      expect(columnOf(files[0]!, '购买次数')).toEqual([3, 2, 5, 1, 4]);
      expect(report.valuesAsTyped).toEqual({ 累计消费金额: 2 });
    },
  );

  test('reads 2,000 with the decimal comma its column shows, as check does', () => {
    // A German shop's export: amounts with a decimal comma.
    const values: CellValue[][] = [
      ['Name', 'Email', 'Phone', 'Total Spent', 'Total Orders'],
      ['Anna Schmidt', 'anna@example.de', '+49 30 12345678', '1.234,56', '12'],
      ['Lukas Weber', 'lukas@example.de', '+49 89 1234567', '88,50', '3'],
      ['Mia Fischer', 'mia@example.de', '+49 40 1234567', '2,000', '1.000'],
    ];
    const { files, report } = planExport(sheet(values, 'Kunden'), { crm: 'hubspot', now: NOW });
    expect(columnOf(files[0]!, 'Total Spent')).toEqual([1234.56, 88.5, 2]);
    // The sheet's phones are German, where the point groups thousands.
    expect(columnOf(files[0]!, 'Total Orders')).toEqual([12, 3, 1000]);
    expect(report.valuesAsTyped).toEqual({});
  });

  test('a US list’s $ amounts and bare ones are one currency', () => {
    const values: CellValue[][] = [
      ['Name', 'Email', 'Phone', 'Total Spent'],
      ['Emily Carter', 'emily@example.com', '(415) 555-0111', '$1,234.50'],
      ['Raj Patel', 'raj@example.com', '(416) 555-0134', '89.00'],
      ['Oliver Hughes', 'oliver@example.co.uk', '+44 20 7946 0958', '£75.00'],
    ];
    const { files, report } = planExport(sheet(values, 'Customers'), {
      crm: 'salesforce',
      now: NOW,
      template: usTemplate(),
    });
    expect(columnOf(files[0]!, 'Total Spent')).toEqual([1234.5, 89, '£75.00']);
    expect(report.valuesAsTyped).toEqual({ 'Total Spent': 1 });
  });

  test('writes USD, US$ and $ amounts as one currency’s numbers when the header says 美元', () => {
    // A Chinese exporter's (外贸) customers abroad, with no phone column to say where the list is.
    const values: CellValue[][] = [
      ['客户名称', '联系人', '邮箱', '累计成交金额（美元）'],
      ['Acme Trading LLC', 'Tom Baker', 'tom@acme.example', '$12,500'],
      ['Soluções Brasil Ltda', 'Ana Souza', 'ana@solucoes.example', 'USD 75,000'],
      ['Outback Supplies Pty Ltd', 'Jack Wilson', 'jack@outback.example', 'US$18,000'],
      ['Pacific Imports Inc', 'Linda Park', 'linda@pacific.example', '75,000 USD'],
    ];
    const { files, report } = planExport(sheet(values), { crm: 'zoho', object: 'accounts', now: NOW });
    expect(columnOf(files[0]!, '累计成交金额（美元）')).toEqual([12500, 75000, 18000, 75000]);
    expect(report.valuesAsTyped).toEqual({});
  });
});
