/**
 * A column of dates the template has no field for (Bright Sparks' "Last Job", "Next Visit") goes out
 * as an extra column. Excel's real dates and the dates typed as text in it are one column: both are
 * written in the CRM's date format, the typed ones read in the order the column's unambiguous dates
 * show (18/11/2023 says day first), as check reads a date column.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function columnOf(file: ExportFile, header: string): CellValue[] {
  const at = file.header.indexOf(header);
  if (at < 0) throw new Error(`no column ${header}`);
  return file.rows.map((row) => row[at] ?? null);
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// uk_brightsparks_customers.xlsx (Customers): rows 5 to 15, from the header down.
// prettier-ignore
const BRIGHT_SPARKS: CellValue[][] = [
  ['Name', 'Company', 'Phone', 'Mobile', 'Email', 'Town', 'Postcode', 'Last Job', 'Amount Spent', 'Next Visit'],
  ['Mr M. Wallace', '', '0161 338 4874', '+44 (0)7746 633082', 'mitchell_wallace@hotmail.co.uk', 'Salford', 'M5 4WT', '18/11/2023', '£113.31', ''],
  ['Dr Angela Mitchell', '', '0161 626 0843', '+44 7723 951102', '', 'Manchester', 'M1 1AE', '06/09/2024', 367.5, ''],
  ['Amelia Jordan', '', '0161 980 0622', '+44 (0)7779 615173', '', 'Salford', 'M5 4WT', '06/06/2024', 514.63, '09/03/2024'],
  ['Mr M. Kelly', 'Kelly Properties', '0161 791 9470', '+44 7853 054861', 'mkelly@sky.com', 'Stockport', 'SK1 3XE', '04/03/2022', 644.11, ''],
  ['Mr O. Jordan', 'Jordan Lettings', '', '07547 613789', 'oliverj@btinternet.com', 'Leeds', 'LS1 4AP', day('2024-07-16'), '£2,312.89', '26/03/2024'],
  ['Mr P. Ward', '', '', '07830 984006', 'pward@gmail.com', 'Manchester', 'M1 1AE', day('2024-03-26'), '£1,767.61', ''],
  ['Dr D. Collins', '', '0113 840 2398', '+44 (0)7815 226598', '', 'Leeds', 'LS1 4AP', day('2024-07-02'), '£105.97', ''],
  ['Mr Priya Carter', '', '01204 320 122', '07523582501', 'priya.carter@sky.com', 'Bolton', 'BL1 1RU', '10/01/2024', 115.1, ''],
  ['Mr L. Novak', '', '', '', '', 'Bolton', 'BL1 1RU', '24/11/2024', '£83.71', ''],
  ['Eric Marshall', '', '', '07598803031', '', 'Stockport', 'SK1 3XE', '5/8/24', '£1,238.86', ''],
  ['Mr Jack West', '', '', '07846 638500', 'jack99@sky.com', 'Leeds', 'LS1 4AP', '03/10/2022', '£370.25', ''],
];

describe('an extra column of dates', () => {
  test('writes Excel’s dates and the typed ones in one format, reading the typed ones day first', () => {
    const { files, report } = planExport(sheet(BRIGHT_SPARKS, 'Customers'), { crm: 'zoho', now: NOW });
    const file = files[0]!;
    expect(columnOf(file, 'Last Job')).toEqual([
      '11/18/2023',
      '09/06/2024',
      '06/06/2024',
      '03/04/2022',
      '07/16/2024',
      '03/26/2024',
      '07/02/2024',
      '01/10/2024',
      '11/24/2024',
      '08/05/2024',
      '10/03/2022',
    ]);
    expect(columnOf(file, 'Next Visit')).toEqual([
      null,
      null,
      '03/09/2024',
      null,
      '03/26/2024',
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(report.valuesAsTyped['Last Job']).toBeUndefined();
  });

  test('keeps a date with two readings out of the column, as typed in the notes, and says so', () => {
    // No date in the column says which comes first: 06/09/2024 is 6 September or June 9, and Zoho
    // would read it as June 9 among the column's MM/dd/yyyy.
    const values: CellValue[][] = [
      ['Name', 'Email', 'Last Job'],
      ['Amelia Jordan', 'amelia@example.co.uk', '06/09/2024'],
      ['Mr O. Jordan', 'oliverj@btinternet.com', day('2024-07-16')],
      ['Mr M. Kelly', 'mkelly@sky.com', '06/09/2024'],
    ];
    const { files, report } = planExport(sheet(values, 'Customers'), { crm: 'zoho', now: NOW });
    expect(columnOf(files[0]!, 'Last Job')).toEqual([null, '07/16/2024', null]);
    expect(columnOf(files[0]!, 'Description')).toEqual(['Last Job: 06/09/2024', null, 'Last Job: 06/09/2024']);
    expect(report.valuesAsTyped).toEqual({});
    expect(report.twoReadings).toEqual({ 'Last Job': 2 });
    expect(report.twoReadingValues['Last Job']?.[0]).toEqual({ row: 2, value: '06/09/2024' });
    expect(report.twoReadingsKeptIn).toEqual({ 'Last Job': 'Description' });
  });

  test('leaves a follow-up date without its year or day as typed, and says so with the first', () => {
    // A sales rep's 下次跟进 typed as people say it: 6月1日, 2024年7月.
    const values: CellValue[][] = [
      ['客户名称', '手机', '下次跟进'],
      ['张伟', '13800138000', '6月1日'],
      ['王芳', '13900139000', '2024-07-01'],
      ['刘洋', '13700137000', '2024年7月'],
    ];
    const { files, report } = planExport(sheet(values, '客户'), { crm: 'fxiaoke', now: NOW });
    const file = files[0]!;
    const column = file.header.find((h) => /跟进/.test(h))!;
    expect(columnOf(file, column)).toEqual(['6月1日', '2024-07-01', '2024年7月']);
    expect(report.partDays).toEqual({ [column]: 2 });
    expect(report.partDayValues[column]?.[0]).toEqual({ row: 2, value: '6月1日' });
    expect(report.twoReadings).toEqual({});
  });

  test('leaves a column of codes and numbers alone', () => {
    const values: CellValue[][] = [
      ['Name', 'Email', 'Job No', 'Visits'],
      ['Amelia Jordan', 'amelia@example.co.uk', '2024/118', 3],
      ['Mr O. Jordan', 'oliverj@btinternet.com', '2024/119', 12],
    ];
    const { files } = planExport(sheet(values, 'Customers'), { crm: 'zoho', now: NOW });
    expect(columnOf(files[0]!, 'Job No')).toEqual(['2024/118', '2024/119']);
    expect(columnOf(files[0]!, 'Visits')).toEqual([3, 12]);
  });
});
