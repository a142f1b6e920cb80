import ExcelJS from 'exceljs';
import { conditionalFormattingsOf } from '../../shared/files/exceljs-gaps';
import { applyNumberFormats, applyRequired, FormattingTarget } from '../../shared/files/xlsx-formatting';

/** A Chinese team's list whose 姓名 column an earlier Custodian marked required, in its own words. */
function listMarkedBefore(): ExcelJS.Worksheet {
  const sheet = new ExcelJS.Workbook().addWorksheet('客户');
  sheet.addRows([
    ['姓名', '手机', '城市'],
    ['张三', '13800138000', '杭州'],
    ['', '13900139000', '上海'],
  ]);
  sheet.addConditionalFormatting({
    ref: 'A2:A1003',
    rules: [{ type: 'expression', priority: 1, formulae: ['AND(COUNTA($A2:$C2)>0,LEN(TRIM(A2))=0)'] }],
  });
  sheet.addConditionalFormatting({
    ref: 'C2:C1003',
    rules: [{ type: 'expression', priority: 2, formulae: ['C2="北京"'] }],
  });
  return sheet;
}

describe('xlsx-formatting', () => {
  test('replaces the highlight an earlier version wrote when a required column is marked again', () => {
    const sheet = listMarkedBefore();
    applyRequired(new FormattingTarget(sheet), [{ col: 1, firstRow: 2, lastRow: 1048576, note: '必填' }]);
    const formats = conditionalFormattingsOf(sheet);
    expect(formats.map((cf) => [cf.ref, (cf.rules[0] as { formulae: string[] }).formulae[0]])).toEqual([
      ['C2:C1003', 'C2="北京"'], // the user's own rule stays
      ['A2:A1003', 'AND(COUNTA(2:2)>0,LEN(TRIM(A2))=0)'],
    ]);
    expect(formats[1]!.rules[0]!.priority).toBe(3);
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true });
    expect(sheet.getCell('A1').note).toBe('必填');
  });

  test('keeps the header font the user chose when an English header is marked required', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('Customers');
    sheet.addRows([
      ['Name', 'Email'],
      ['Ann Lee', 'ann@example.com'],
    ]);
    sheet.getCell('B1').font = { name: 'Calibri', size: 12, italic: true };
    applyRequired(new FormattingTarget(sheet), [{ col: 2, firstRow: 2, lastRow: 1048576, note: 'Required' }]);
    expect(sheet.getCell('B1').font).toEqual({ name: 'Calibri', size: 12, italic: true, bold: true });
    expect(sheet.getCell('B1').fill).toMatchObject({ fgColor: { argb: 'FFFFF4CE' } });
    expect(conditionalFormattingsOf(sheet)[0]).toMatchObject({ ref: 'B2:B1002' });
  });

  test.each([
    ['zh-CN', ['姓名', '创建时间'], ['王建国', '李娜', '赵敏']],
    ['en-US', ['Name', 'Created'], ['Emma Wilson', 'Liam Brown', 'Noah Miller']],
  ])('keeps the time a %s date column shows where the column takes the date format', (_locale, header, names) => {
    const sheet = new ExcelJS.Workbook().addWorksheet('list');
    sheet.addRows([
      header,
      [names[0], new Date(Date.UTC(2023, 0, 15, 9, 12))],
      [names[1], new Date(Date.UTC(2023, 0, 16))],
      [names[2], new Date(Date.UTC(2023, 0, 17, 14, 22, 10))],
    ]);
    sheet.getCell('B2').numFmt = 'yyyy-mm-dd hh:mm';
    sheet.getCell('B3').numFmt = 'm/d/yy';
    sheet.getCell('B4').numFmt = 'm/d/yy h:mm:ss';
    applyNumberFormats(new FormattingTarget(sheet), [{ col: 2, firstRow: 2, lastRow: 4, format: 'yyyy-mm-dd' }]);
    expect(['B2', 'B3', 'B4'].map((a) => sheet.getCell(a).numFmt)).toEqual([
      'yyyy-mm-dd hh:mm',
      'yyyy-mm-dd',
      'yyyy-mm-dd hh:mm:ss',
    ]);
  });
});
