/**
 * Backups in Google Sheets, through the built Code.js: a backup sent in several calls (a large
 * sheet) lands row for row, blank rows and formulas included, and reads back as the sheet was.
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
  test('keeps blank rows and formulas in place when the backup is written in several calls', async () => {
    const { values, formulas } = groupedList();
    const byAddress = Object.fromEntries(formulas.map((f) => [`E${f.row}`, f.formula]));
    const session = startSession(code, (e) => e.addSheet('客户', values, { formulas: byAddress }), {
      maxCellsPerCall: 15,
    });
    const snapshot = await session.host.readSnapshot({ sheet: '客户' });
    const plan = emptyPlan('客户');
    plan.edits.push({ row: 2, col: 2, before: '客户1', after: '客户一' });
    const backedUp = withBackup(plan, snapshot, { before: 'clean', at: new Date('2024-06-01T00:00:00Z') });
    expect(backedUp.backup.written).toBe(true);
    await session.host.applyPlan(backedUp.plan);

    const backup = await session.host.readSnapshot({ sheet: '_custodian_backup_1' });
    // The emulator computes no formulas: compare the typed values and the formulas themselves.
    const typed = (rows: CellValue[][]) => rows.map((row) => row.slice(0, 4));
    expect(typed(backup.values)).toEqual(typed(values));
    expect(backup.values).toHaveLength(values.length);
    expect(backup.formulas).toEqual(formulas);
    expect(await session.host.sheetNames()).toEqual(['客户']);
    expect((await session.host.readSnapshot({ sheet: '客户' })).values[1]![1]).toBe('客户一');
  });
});
