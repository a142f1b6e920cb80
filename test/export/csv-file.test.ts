import Papa from 'papaparse';
import type { CellValue } from '../../shared/sheet/cell-value';
import { crmLayout } from '../../shared/export/crm-layouts';
import { exportCsvText, formulaLikeValues } from '../../shared/export/csv-file';
import { planExport } from '../../shared/export/plan-export';
import { NOW, sheet, usTemplate } from './fixtures';

/** The CSV's cells as the CRM's importer reads them (RFC 4180, no spreadsheet in between). */
function importerRows(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

// A US list with an extension, a UK number and a plain US number (bench-output r_export_apostrophe.csv).
const PHONES: CellValue[][] = [
  ['Name', 'Email', 'Phone'],
  ['Bob Smith', 'bob@acme.com', '415.555.0134 x12'],
  ['Amy Wilson', 'amy@wilsondesign.co.uk', '+44 7700 900789'],
  ['Ann Lee', 'ann@lee.com', '(212) 555-0100'],
];

describe('csv-file', () => {
  test.each(['hubspot', 'salesforce', 'zoho'] as const)(
    'writes every phone exactly as the %s importer must store it when a number has an extension or spaces',
    (crm) => {
      const { files, layout } = planExport(sheet(PHONES, 'Contacts'), { crm, template: usTemplate(), now: NOW });
      const rows = importerRows(exportCsvText(files[0], layout));
      const phoneAt = rows[0].findIndex((h) => /Phone/.test(h) && !/Mobile/.test(h));
      expect(rows.slice(1).map((row) => row[phoneAt])).toEqual([
        '+14155550134 ext. 12',
        '+44 7700 900789', // not a valid UK number: exported as typed
        '+12125550100',
      ]);
      for (const row of rows) for (const cell of row) expect(cell.startsWith("'")).toBe(false);
    },
  );

  test('writes Chinese values that start with + - = or @ exactly when the CRM is 纷享销客', () => {
    const file = {
      header: ['客户名称', '联系人', '电话', '备注'],
      rows: [
        ['杭州云栖科技有限公司', '欧阳娜', '+14155552671', '-待跟进'],
        ['北京明德贸易', '张伟', '010-62345678', '=老客户介绍'],
      ],
    };
    const text = exportCsvText(file, crmLayout('fxiaoke', 'accounts')!);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(importerRows(text)).toEqual([file.header, ...file.rows]);
  });

  test('quotes commas, quotes and line breaks as RFC 4180 does when a cell holds them', () => {
    const file = {
      header: ['Last Name', 'Description'],
      rows: [
        ['Smith, Jr.', 'Said "call me"\nafter 5pm'],
        ['Lee', null],
        ['Wu', 42],
      ],
    };
    const text = exportCsvText(file, { bom: false });
    expect(text).toBe('Last Name,Description\r\n"Smith, Jr.","Said ""call me""\nafter 5pm"\r\nLee,\r\nWu,42\r\n');
    expect(importerRows(text)).toEqual([
      file.header,
      ['Smith, Jr.', 'Said "call me"\nafter 5pm'],
      ['Lee', ''],
      ['Wu', '42'],
    ]);
  });

  test('counts per column the values a spreadsheet would run as formulas, or read as numbers without their +, when a CSV is opened in one', () => {
    const file = {
      header: ['Phone Number', 'Description', '备注'],
      rows: [
        ['+14155550134 ext. 12', '=HYPERLINK("http://x")', '-待跟进'],
        ['+12125550100', '-12', '@老客户'],
        ['+861062345678 ext. 123', 'ok', null],
      ],
    };
    // +12125550100 is a number to a spreadsheet: it shows 1.21E+10, and -12 stays -12.
    expect(formulaLikeValues([file])).toEqual({ 'Phone Number': 3, Description: 1, 备注: 2 });
    expect(formulaLikeValues([{ header: ['Email'], rows: [['bob@acme.com']] }])).toEqual({});
  });
});
