/**
 * The emulated SpreadsheetApp moves what refers to rows the way Google Sheets does when rows are
 * deleted or inserted (what the row footprints of shared/plan/row-footprint.ts rely on): a range that
 * ends on a deleted row shrinks, a reference to a deleted cell becomes #REF!, rows inserted at a
 * range's edge stay outside it and rows inserted strictly inside it grow it; formulas of every sheet
 * (an unquoted Chinese sheet name is a sheet name: 客户!B8), named ranges and merged cells alike.
 */
import { createEmulator } from './emulator/services';

/** 客户 with six customers under a title merged across A1:F1, a 合计 under them, and 汇总 reading them. */
function teamSpreadsheet() {
  const emulator = createEmulator();
  emulator.addSheet(
    '客户',
    [
      ['2024年华东区客户名单', '', '', '', '', ''],
      ['客户编号', '姓名', '手机', '累计消费金额', '城市', '备注'],
      ...[1, 2, 3, 4, 5, 6].map((n) => [`C00000${n}`, `客户${n}`, `1380013800${n}`, n * 100, '杭州', '']),
      ['合计', '', '', 2100, '', ''],
    ],
    { formulas: { D9: '=SUM(D3:D8)' } },
  );
  emulator.addSheet('汇总', [[6], [2100], ['客户6']], {
    formulas: { A1: '=COUNTA(客户!A3:A8)', A2: "=SUM('客户'!$D$3:$D$8)", A3: '=客户!B8' },
    active: false,
  });
  const spreadsheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet();
  const list = spreadsheet.getSheetByName('客户')!;
  list.getRange('A1:F1').merge();
  list.getRange('E5:E6').merge();
  spreadsheet.setNamedRange('客户区域', list.getRange('A3:F8'));
  const merges = () =>
    list
      .getRange(1, 1, list.getMaxRows(), list.getMaxColumns())
      .getMergedRanges()
      .map((r) => r.getA1Notation());
  const named = () => spreadsheet.getRangeByName('客户区域')?.getA1Notation() ?? null;
  return { emulator, spreadsheet, list, merges, named };
}

describe('emulated Google Sheets rows and what refers to them', () => {
  test('shortens every range that ends on a deleted row and turns a reference to it into #REF!, on every sheet', () => {
    const { emulator, list, named } = teamSpreadsheet();
    list.deleteRows(8, 1);
    expect(emulator.formulasOf('客户')).toEqual({ D8: '=SUM(D3:D7)' });
    expect(emulator.formulasOf('汇总')).toEqual({
      A1: '=COUNTA(客户!A3:A7)',
      A2: "=SUM('客户'!$D$3:$D$7)",
      A3: '=客户!#REF!',
    });
    expect(named()).toBe('A3:F7');
  });

  test('grows no range when the rows come back at its edge, and grows one they go in strictly inside', () => {
    const { emulator, list, named } = teamSpreadsheet();
    list.deleteRows(8, 1);
    list.insertRowsBefore(8, 1);
    expect(emulator.formulasOf('客户')).toEqual({ D9: '=SUM(D3:D7)' });
    expect(emulator.formulasOf('汇总').A3).toBe('=客户!#REF!');
    expect(named()).toBe('A3:F7');
    list.insertRowsBefore(5, 1);
    expect(emulator.formulasOf('客户')).toEqual({ D10: '=SUM(D3:D8)' });
    expect(named()).toBe('A3:F8');
    // At the top edge the range moves down instead.
    list.insertRowsBefore(3, 1);
    expect(emulator.formulasOf('汇总').A1).toBe('=COUNTA(客户!A4:A9)');
  });

  test('takes a merged title with its row, shrinks a merge over a deleted row, grows none back at its edge, and breaks one apart', () => {
    const { list, merges } = teamSpreadsheet();
    list.deleteRows(1, 1);
    expect(merges()).toEqual(['E4:E5']);
    list.insertRowsBefore(1, 1);
    expect(merges()).toEqual(['E5:E6']);
    list.getRange('E5:E6').breakApart();
    expect(merges()).toEqual([]);
  });

  test('moves the filter with its rows: shorter when its last row goes, no longer when it comes back', () => {
    const { emulator, list } = teamSpreadsheet();
    list.getRange('A2:F8').createFilter();
    const filter = () =>
      list.getFilter() && (list.getFilter() as { getRange(): { getA1Notation(): string } }).getRange().getA1Notation();
    list.deleteRows(8, 1);
    expect(filter()).toBe('A2:F7');
    list.insertRowsBefore(8, 1);
    expect(filter()).toBe('A2:F7');
    list.deleteRows(1, 1);
    expect(filter()).toBe('A1:F6');
    expect(emulator.book.sheet('客户')!.filter?.rows).toBe(6);
  });

  test('reads and sets one formula, and moves a named range', () => {
    const { emulator, spreadsheet, list, named } = teamSpreadsheet();
    const total = list.getRange('D9');
    expect(total.getFormula()).toBe('=SUM(D3:D8)');
    total.setFormula('=SUM(D3:D8)*2');
    expect(emulator.formulasOf('客户').D9).toBe('=SUM(D3:D8)*2');
    spreadsheet.getNamedRanges()[0]!.setRange(list.getRange('A3:F9'));
    expect(named()).toBe('A3:F9');
  });
});
