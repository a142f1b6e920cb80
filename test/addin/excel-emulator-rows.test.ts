/// <reference types="office-js" />
/**
 * The Excel emulator moves what refers to rows the way Excel does when rows are deleted or inserted
 * (what the row footprints of shared/plan/row-footprint.ts rely on): a range that ends on a deleted row
 * shrinks, a reference to a deleted cell becomes #REF!, rows inserted at a range's edge stay outside it
 * and rows inserted strictly inside it grow it; formulas of every sheet, names and merged areas alike.
 * And it answers the calls the Excel host makes around deleted rows: formula cells (getSpecialCells),
 * merged areas (ExcelApi 1.13), merging, and the workbook's names.
 */
import { ExcelEmulator } from './excel-emulator';

/** 客户 with six customers under a title merged across A1:F1, a 合计 under them, and 汇总 reading them. */
function teamWorkbook(apiVersion = 1.13): ExcelEmulator {
  const rows = [
    ['2024年华东区客户名单'],
    ['客户编号', '姓名', '手机', '累计消费金额'],
    ...[1, 2, 3, 4, 5, 6].map((n) => [`C00000${n}`, `客户${n}`, `1380013800${n}`, n * 100]),
    ['合计', null, null, 2100],
  ];
  return new ExcelEmulator({ apiVersion })
    .addSheet('客户', rows, { formulas: { D9: '=SUM(D3:D8)' }, merged: ['A1:F1', 'E5:E6'] })
    .addSheet('汇总', [[6], [2100], ['客户6']], {
      formulas: { A1: '=COUNTA(客户!A3:A8)', A2: '=SUM(客户!$D$3:$D$8)', A3: '=客户!B8' },
    })
    .addName('客户区域', '=客户!$A$3:$F$8');
}

async function rows(excel: ExcelEmulator, change: 'delete' | 'insert', address: string): Promise<void> {
  await excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem('客户').getRange(address);
    if (change === 'delete') range.delete('Up');
    else range.insert('Down');
    await context.sync();
  });
}

describe('ExcelEmulator rows and what refers to them', () => {
  test('shortens every range that ends on a deleted row and turns a reference to it into #REF!, on every sheet', async () => {
    const excel = teamWorkbook();
    await rows(excel, 'delete', '8:8');
    expect(excel.formulas('客户')).toEqual({ D8: '=SUM(D3:D7)' });
    expect(excel.formulas('汇总')).toEqual({
      A1: '=COUNTA(客户!A3:A7)',
      A2: '=SUM(客户!$D$3:$D$7)',
      A3: '=客户!#REF!',
    });
    expect(excel.names).toEqual([{ name: '客户区域', formula: '=客户!$A$3:$F$7' }]);
  });

  test('grows no range when the rows come back at its edge, and grows one they go in strictly inside', async () => {
    const excel = teamWorkbook();
    await rows(excel, 'delete', '8:8');
    await rows(excel, 'insert', '8:8');
    // Back below the last row of every range: none grows, and #REF! stays.
    expect(excel.formulas('客户')).toEqual({ D9: '=SUM(D3:D7)' });
    expect(excel.formulas('汇总').A3).toBe('=客户!#REF!');
    expect(excel.names[0]!.formula).toBe('=客户!$A$3:$F$7');
    await rows(excel, 'insert', '5:5');
    expect(excel.formulas('客户')).toEqual({ D10: '=SUM(D3:D8)' });
    expect(excel.names[0]!.formula).toBe('=客户!$A$3:$F$8');
    // At the top edge the range moves down instead.
    await rows(excel, 'insert', '3:3');
    expect(excel.formulas('汇总').A1).toBe('=COUNTA(客户!A4:A9)');
  });

  test('takes a merged title with its row, shrinks a merged area over a deleted row, and grows none back at its edge', async () => {
    const excel = teamWorkbook();
    await rows(excel, 'delete', '1:1');
    expect(excel.merged('客户')).toEqual(['E4:E5']);
    await rows(excel, 'insert', '1:1');
    expect(excel.merged('客户')).toEqual(['E5:E6']);
    await rows(excel, 'delete', '6:6');
    expect(excel.merged('客户')).toEqual([]); // one cell left is no merge
  });

  test('moves the filter with its rows: shorter when its last row goes, no longer when it comes back', async () => {
    const excel = teamWorkbook();
    excel.sheet('客户').autoFilter = { r0: 2, c0: 1, r1: 8, c1: 4 };
    await rows(excel, 'delete', '8:8');
    expect(excel.state('客户').filter).toEqual({ firstRow: 2, lastRow: 7, firstCol: 1, lastCol: 4 });
    await rows(excel, 'insert', '8:8');
    expect(excel.state('客户').filter?.lastRow).toBe(7);
    await rows(excel, 'delete', '1:1');
    expect(excel.state('客户').filter).toEqual({ firstRow: 1, lastRow: 6, firstCol: 1, lastCol: 4 });
  });

  test('finds formula cells by column run, merged areas from ExcelApi 1.13, and merges and unmerges', async () => {
    const excel = teamWorkbook();
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const formulas = sheets.getItem('汇总').getRange().getSpecialCellsOrNullObject('Formulas').load('address');
      const none = sheets.getItem('客户').getRange('A1:C9').getSpecialCellsOrNullObject('Formulas').load('address');
      const merged = sheets.getItem('客户').getRange('6:6').getMergedAreasOrNullObject().load('address');
      await context.sync();
      expect(formulas.address).toBe("'汇总'!A1:A3");
      expect(none.isNullObject).toBe(true);
      expect(merged.address).toBe("'客户'!E5:E6");
      sheets.getItem('客户').getRange('E5:E6').unmerge();
      sheets.getItem('客户').getRange('B10:D10').merge(false);
      await context.sync();
    });
    expect(excel.merged('客户')).toEqual(['A1:F1', 'B10:D10']);
    const older = teamWorkbook(1.9);
    await expect(
      older.run(async (context) => {
        context.workbook.worksheets.getItem('客户').getRange().getMergedAreasOrNullObject().load('address');
        await context.sync();
      }),
    ).rejects.toThrow('ExcelApi 1.13');
  });

  test('lists the workbook names with their formulas, and sets a name formula', async () => {
    const excel = teamWorkbook();
    await excel.run(async (context) => {
      const names = context.workbook.names.load('items/name,items/formula');
      await context.sync();
      expect(names.items.map((n) => [n.name, n.formula])).toEqual([['客户区域', '=客户!$A$3:$F$8']]);
      names.items[0]!.formula = '=客户!$A$3:$F$9';
      await context.sync();
    });
    expect(excel.names[0]!.formula).toBe('=客户!$A$3:$F$9');
  });
});
