import ExcelJS from 'exceljs';
import { openRows, removeRows } from '../../cli/io/move-rows';
import { conditionalFormattingsOf, dataValidationsOf } from '../../shared/files/exceljs-gaps';

function sheetWithRows(count: number): { workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('S');
  sheet.addRow(['Name', 'N']);
  for (let i = 2; i <= count; i++) sheet.addRow([`row ${i}`, i]);
  return { workbook, sheet };
}

const names = (sheet: ExcelJS.Worksheet, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => sheet.getCell(from + i, 1).value);

describe('move-rows', () => {
  test('deletes scattered rows in one pass, moving values, styles and notes', () => {
    const { workbook, sheet } = sheetWithRows(8);
    sheet.getCell('A6').font = { italic: true };
    sheet.getCell('A6').note = 'six';
    removeRows(workbook, sheet, [3, 5, 7]);
    expect(names(sheet, 1, 8)).toEqual(['Name', 'row 2', 'row 4', 'row 6', 'row 8', null, null, null]);
    expect(sheet.getCell('A4').font?.italic).toBe(true);
    expect(sheet.getCell('A4').note).toBe('six');
    expect(sheet.getCell('A6').note).toBeUndefined();
    expect(sheet.getCell('A6').font).toBeUndefined();
  });

  test('opens rows at their final positions', () => {
    const { workbook, sheet } = sheetWithRows(4);
    expect(openRows(workbook, sheet, [5, 2])).toEqual([2, 5]);
    expect(names(sheet, 1, 6)).toEqual(['Name', null, 'row 2', 'row 3', null, 'row 4']);
  });

  test('keeps merges with their rows and drops those that lose a row', () => {
    const { workbook, sheet } = sheetWithRows(8);
    sheet.mergeCells('C4:D4');
    sheet.mergeCells('C6:C7');
    removeRows(workbook, sheet, [3, 7]);
    const merges = (sheet as unknown as { _merges: Record<string, unknown> })._merges;
    expect(Object.keys(merges).filter((k) => merges[k])).toEqual(['C3']);
    expect(sheet.getCell('D3').type).toBe(ExcelJS.ValueType.Merge);
  });

  test('moves validations and blank rules with the rows', () => {
    const { workbook, sheet } = sheetWithRows(5);
    dataValidationsOf(sheet).add('B2:B5', { type: 'list', allowBlank: true, formulae: ['"a,b"'] });
    sheet.addConditionalFormatting({
      ref: 'A2:A5',
      rules: [{ type: 'expression', priority: 1, formulae: ['LEN(TRIM(A2))=0'] }],
    });
    sheet.autoFilter = 'A1:B5';
    openRows(workbook, sheet, [2]);
    expect(Object.keys(dataValidationsOf(sheet).model)).toEqual(['B3:B6']);
    expect(conditionalFormattingsOf(sheet)[0]).toMatchObject({
      ref: 'A3:A6',
      rules: [{ formulae: ['LEN(TRIM(A3))=0'] }],
    });
    expect(sheet.autoFilter).toBe('A1:B6');
    removeRows(workbook, sheet, [3]);
    expect(conditionalFormattingsOf(sheet)[0]).toMatchObject({
      ref: 'A3:A5',
      rules: [{ formulae: ['LEN(TRIM(A3))=0'] }],
    });
  });

  test('deletes 2,000 scattered rows of 20,000 quickly', () => {
    const { workbook, sheet } = sheetWithRows(20_000);
    for (let r = 2; r <= 20_000; r++) sheet.getCell(r, 3).value = { formula: `B${r}*2`, result: r * 2 };
    const rows = Array.from({ length: 2000 }, (_, i) => 3 + i * 9);
    const started = Date.now();
    removeRows(workbook, sheet, rows);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(sheet.getCell('A3').value).toBe('row 4');
    expect(sheet.getCell('C3').formula).toBe('B3*2');
    expect(sheet.getCell(18_000, 1).value).toBe('row 20000');
    expect(sheet.getCell(18_001, 1).value).toBeNull();
  });
});
