/**
 * Backups in Google Sheets, through the built Code.js: the spreadsheet copies the sheet itself
 * (Sheet.copyTo, one server call whatever its size), blank rows, formulas, formats and notes included.
 */
import { withBackup } from '../../shared/history/backup';
import { emptyPlan } from '../../shared/plan/plan';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { FormulaCell } from '../../shared/sheet/snapshot';
import { buildGas, readDist } from './gas-runtime';
import { startSession } from './pipeline';

let code = '';
beforeAll(() => {
  buildGas({ sidebar: false });
  code = readDist('Code.js');
});

/** A Chinese team's list: a blank row left between two groups of customers, a total column of formulas. */
function groupedList(): { values: CellValue[][]; formulas: FormulaCell[] } {
  const values: CellValue[][] = [['客户编号', '姓名', '单价', '数量', '合计']];
  const formulas: FormulaCell[] = [];
  for (let i = 1; i <= 12; i++) {
    if (i === 5 || i === 6) {
      values.push([null, null, null, null, null]);
      continue;
    }
    const row = values.length + 1;
    values.push([`C${String(i).padStart(6, '0')}`, `客户${i}`, 10 * i, 2, 20 * i]);
    formulas.push({ row, col: 5, formula: `=C${row}*D${row}` });
  }
  return { values, formulas };
}

describe('backup sheet in Google Sheets', () => {
  test('copies the sheet in one server call, blank rows, formulas, formats and notes kept, when the plan is sent in several calls', async () => {
    const { values, formulas } = groupedList();
    const byAddress = Object.fromEntries(formulas.map((f) => [`E${f.row}`, f.formula]));
    const session = startSession(
      code,
      (e) => {
        const sheet = e.addSheet('客户', values, {
          formulas: byAddress,
          columnFormats: ['@', '@', '0.00', '0', '0.00'],
        });
        Object.assign(sheet.at(1, 1), { bold: true, background: '#fff2cc' });
        sheet.at(2, 2).note = '老客户，2019 年起合作';
      },
      { maxCellsPerCall: 15 },
    );
    const snapshot = await session.host.readSnapshot({ sheet: '客户' });
    const plan = emptyPlan('客户');
    plan.edits.push({ row: 2, col: 2, before: '客户1', after: '客户一' });
    const backedUp = withBackup(plan, snapshot, { before: 'clean', at: new Date('2024-06-01T00:00:00Z') });
    expect(backedUp.backup.written).toBe(true);
    await session.measure('clean', () => session.host.applyPlan(backedUp.plan));
    // The spreadsheet copies the sheet itself: one copyTo; the one sheet inserted is Custodian's meta sheet.
    expect(session.calls.clean!.byMethod['Sheet.copyTo']).toBe(1);
    expect(session.calls.clean!.byMethod['Spreadsheet.insertSheet']).toBe(1);
    expect(session.emulator.book.sheets.map((s) => s.name)).toEqual(['客户', '_custodian_backup_1', '_custodian']);

    const backup = await session.host.readSnapshot({ sheet: '_custodian_backup_1' });
    // The emulator computes no formulas: compare the typed values and the formulas themselves.
    const typed = (rows: CellValue[][]) => rows.map((row) => row.slice(0, 4));
    expect(typed(backup.values)).toEqual(typed(values));
    expect(backup.values).toHaveLength(values.length);
    expect(backup.formulas).toEqual(formulas);
    const copy = session.emulator.book.sheet('_custodian_backup_1')!;
    expect(copy.hidden).toBe(true);
    expect(copy.cell(1, 1)).toMatchObject({ bold: true, background: '#fff2cc' });
    expect(copy.cell(2, 2)).toMatchObject({ value: '客户1', note: '老客户，2019 年起合作', format: '@' });
    expect(copy.cell(3, 3)?.format).toBe('0.00');
    expect(await session.host.sheetNames()).toEqual(['客户']);
    expect((await session.host.readSnapshot({ sheet: '客户' })).values[1]![1]).toBe('客户一');
  });

  test('replaces the old backup of the slot when a fourth clean reuses it', async () => {
    const { values } = groupedList();
    const session = startSession(code, (e) => e.addSheet('客户', values));
    for (let n = 1; n <= 4; n++) {
      const snapshot = await session.host.readSnapshot({ sheet: '客户' });
      const plan = emptyPlan('客户');
      plan.edits.push({ row: 2, col: 2, before: snapshot.values[1]![1]!, after: `客户一 ${n}` });
      await session.host.applyPlan(withBackup(plan, snapshot, { before: 'clean', at: new Date() }).plan);
    }
    const names = session.emulator.book.sheets.map((s) => s.name).filter((n) => n.startsWith('_custodian_backup'));
    expect(names.sort()).toEqual(['_custodian_backup_1', '_custodian_backup_2', '_custodian_backup_3']);
    expect((await session.host.readSnapshot({ sheet: '_custodian_backup_1' })).values[1]![1]).toBe('客户一 3');
  });
});
