import ExcelJS from 'exceljs';
import { LookReader, styleWithLook } from '../../shared/files/exceljs-look';
import { snapshotFromSheet } from '../../shared/files/read-worksheet';
import { tintedColor, themePalette } from '../../shared/files/theme-colors';
import { rememberNormalFont } from '../../shared/files/normal-font';
import type { CellLook } from '../../shared/sheet/cell-look';

const YELLOW: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };

describe('theme colours', () => {
  // Excel's palette over the Office theme exceljs writes: each name as Excel shows its colour.
  test.each([
    ['Blue, Accent 1, Lighter 80%', '4F81BD', 0.7999816888943144, '#DCE6F2'],
    ['Red, Accent 2, Darker 25%', 'C0504D', -0.249977111117893, '#953735'],
    ['Black, Text 1, Lighter 50%', '000000', 0.499984740745262, '#7F7F7F'],
    ['White, Background 1, Darker 15%', 'FFFFFF', -0.1499984740745262, '#D9D9D9'],
    ['Dark Blue, Text 2', '1F497D', 0, '#1F497D'],
  ])('%s is %s tinted %d', (_name, rgb, tint, shown) => {
    expect(tintedColor(rgb, tint)).toBe(shown);
  });

  test('reads the scheme of a theme, system colours by their last value, and falls back to the Office theme', () => {
    const xml =
      '<a:clrScheme name="x"><a:dk1><a:sysClr val="windowText" lastClr="111111"/></a:dk1>' +
      '<a:lt1><a:srgbClr val="fefefe"/></a:lt1></a:clrScheme>';
    expect(themePalette(xml).slice(0, 5)).toEqual(['FEFEFE', '111111', 'EEECE1', '1F497D', '4F81BD']);
  });
});

describe('LookReader', () => {
  const reader = new LookReader(undefined);

  test('reads fill, font, border and alignment in host terms, theme colours as they show', () => {
    const style: Partial<ExcelJS.Style> = {
      numFmt: 'yyyy-mm-dd',
      fill: {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { theme: 4, tint: 0.7999816888943144 } as Partial<ExcelJS.Color>,
      },
      font: { name: '等线', size: 12, bold: true, underline: true, color: { argb: 'FFFF0000' } },
      border: { bottom: { style: 'thin' }, left: { style: 'medium', color: { theme: 1 } as Partial<ExcelJS.Color> } },
      alignment: { horizontal: 'center', vertical: 'top', wrapText: true },
    };
    expect(reader.read(style).look).toEqual({
      fill: '#DCE6F2',
      font: { name: '等线', size: 12, bold: true, underline: 'single', color: '#FF0000' },
      border: { bottom: { style: 'thin' }, left: { style: 'medium', color: '#000000' } },
      alignment: { horizontal: 'center', vertical: 'top', wrapText: true },
    });
  });

  test.each([
    ['no style', undefined],
    ['a number format only', { numFmt: '0.00' }],
    ['no fill and an empty border', { fill: { type: 'pattern', pattern: 'none' }, border: {} }],
    // What the file host gives an empty noted cell, and where a cell sits anyway.
    ['bottom alignment', { alignment: { vertical: 'bottom' } }],
  ] as [string, Partial<ExcelJS.Style> | undefined][])('reads %s as plain', (_what, style) => {
    expect(reader.read(style)).toEqual({ look: {}, key: '' });
  });

  test('writes a look over a style, keeping its number format, and a plain look takes the old one away', async () => {
    const look: CellLook = {
      fill: '#FFFF00',
      font: { bold: true, color: '#FF0000' },
      border: { bottom: { style: 'thin' } },
      alignment: { wrapText: true },
    };
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('客户');
    sheet.getCell('A1').value = 1;
    sheet.getCell('A1').style = styleWithLook({ numFmt: '0.00', fill: YELLOW, font: { italic: true } }, look);
    sheet.getCell('A2').value = 2;
    sheet.getCell('A2').style = styleWithLook({ numFmt: '0.00', fill: YELLOW, font: { italic: true } }, {});
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes as unknown as ArrayBuffer);
    const read = back.getWorksheet('客户')!;
    // exceljs reads the workbook's normal font into every cell with a style of its own: known, it is no look.
    const normal = { font: { name: 'Calibri', size: 11, color: '#000000' } };
    expect(new LookReader(back).read(read.getCell('A2').style).look).toEqual(normal);
    await rememberNormalFont(back, bytes);
    const reread = new LookReader(back);
    expect(reread.read(read.getCell('A1').style).look).toEqual(look);
    expect(read.getCell('A1').numFmt).toBe('0.00');
    expect(reread.read(read.getCell('A2').style).look).toEqual({});
    expect(read.getCell('A2').numFmt).toBe('0.00');
  });
});

describe('snapshotFromSheet: looks', () => {
  test('keeps each column’s row-2 look, a filled cell’s look that differs from it, and an empty cell’s that is not plain', () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('客户');
    sheet.addRow(['姓名', '手机']);
    sheet.addRow(['张伟', '13800138000']);
    sheet.addRow(['李娜', '13912345678']);
    sheet.addRow(['王芳', null]);
    sheet.getCell('A1').font = { bold: true }; // the header's look is no row's
    for (const address of ['B2', 'B3']) sheet.getCell(address).border = { bottom: { style: 'thin' } };
    sheet.getCell('A3').fill = YELLOW;
    sheet.getCell('B4').fill = YELLOW; // empty
    sheet.getCell('C9').fill = YELLOW; // past the list
    const snapshot = snapshotFromSheet(sheet, undefined);
    expect(snapshot.columnLooks).toEqual([null, { border: { bottom: { style: 'thin' } } }]);
    expect(snapshot.extras?.filter((e) => e.look)).toEqual([
      { row: 3, col: 1, look: { fill: '#FFFF00' } },
      { row: 4, col: 2, look: { fill: '#FFFF00' } },
    ]);
  });

  test('reads no looks from a plain sheet', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('客户');
    sheet.addRow(['姓名', '手机']);
    sheet.addRow(['张伟', '13800138000']);
    sheet.getCell('B2').numFmt = '@';
    const snapshot = snapshotFromSheet(sheet, undefined);
    expect(snapshot.columnLooks).toBeUndefined();
    expect(snapshot.extras?.some((e) => e.look)).toBeFalsy();
  });
});
