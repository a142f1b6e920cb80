/**
 * Export reads a column's dates as check does: a dump's Unix timestamps as their instants (a CRM's
 * date column takes the UTC day, a column of the sheet's own keeps the time, marked UTC), and a Taiwan
 * list's 69年9月15日, 1969 or 1980, is kept as typed in the notes rather than sent as either.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function columnOf(file: ExportFile, header: string): CellValue[] {
  const at = file.header.indexOf(header);
  if (at < 0) throw new Error(`no ${header} column in ${file.header.join(', ')}`);
  return file.rows.map((row) => row[at] ?? null);
}

describe('export of Unix timestamps', () => {
  test('sends a WeCom dump’s 添加时间 in seconds as its UTC day and time', () => {
    const values: CellValue[][] = [
      ['客户名称', '手机', '添加时间', '生日'],
      ['张伟', '13800138000', 1700000000, '1990-01-02'],
      ['李娜', '13900139000', 1700003600, null],
      ['王芳', '13700137000', 1704067200, null],
    ];
    const { files, report } = planExport(sheet(values), { crm: 'fxiaoke', now: NOW });
    expect(columnOf(files[0]!, '添加时间')).toEqual([
      '2023-11-14 22:13:20 UTC',
      '2023-11-14 23:13:20 UTC',
      '2024-01-01',
    ]);
    expect(report.valuesAsTyped).toEqual({});
  });

  test('sends a lone ten-digit number among dates as typed, not as a time', () => {
    const values: CellValue[][] = [
      ['客户名称', '手机', '添加时间'],
      ['张伟', '13800138000', '2023-11-14'],
      ['李娜', '13900139000', 1700003600],
      ['王芳', '13700137000', '2024-01-01'],
    ];
    const { files, report } = planExport(sheet(values), { crm: 'fxiaoke', now: NOW });
    expect(columnOf(files[0]!, '添加时间')).toEqual(['2023-11-14', 1700003600, '2024-01-01']);
    expect(report.valuesAsTyped).toEqual({ 添加时间: 1 });
  });
});

describe('export of a two-digit 年 year', () => {
  test('keeps a Taiwan list’s 69年9月15日 as typed in the notes, out of Birthdate, and counts it', () => {
    const values: CellValue[][] = [
      ['姓名', '手機', '電郵', '生日', '地址'],
      ['陳志明', '0912-345-678', 'chen@example.com.tw', '69年9月15日', '臺北市大安區復興南路一段390號'],
      ['林美玲', '0933-123-456', 'lin@example.com.tw', '1975-03-02', '新北市板橋區文化路一段25號'],
      ['黃淑芬', '0920-555-111', 'huang@example.com.tw', '民國', '臺中市西屯區臺灣大道三段99號'],
    ];
    const { files, report } = planExport(sheet(values, '會員'), { crm: 'salesforce', now: NOW });
    // 1969 or 民國 69 (1980): Salesforce would read it as neither, so the notes keep it as typed.
    expect(columnOf(files[0]!, 'Birthdate')).toEqual([null, '03/02/1975', '民國']);
    expect(columnOf(files[0]!, 'Contact Description')).toEqual(['生日：69年9月15日', null, null]);
    expect(report.twoReadings).toEqual({ Birthdate: 1 });
    expect(report.twoReadingsKeptIn).toEqual({ Birthdate: 'Contact Description' });
    expect(report.valuesAsTyped).toEqual({ Birthdate: 1 });
  });

  test('sends a mainland list’s 69年9月15日 as 1969, as before', () => {
    const values: CellValue[][] = [
      ['姓名', '手机', '邮箱', '生日'],
      ['陈志明', '13812345678', 'chen@example.cn', '69年9月15日'],
      ['林美玲', '13912345678', 'lin@example.cn', '1975-03-02'],
    ];
    const { files } = planExport(sheet(values), { crm: 'salesforce', now: NOW });
    expect(columnOf(files[0]!, 'Birthdate')).toEqual(['09/15/1969', '03/02/1975']);
  });
});
