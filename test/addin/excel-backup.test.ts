/** The Excel host's backup: Excel copies the sheet itself (worksheet.copy), hidden and named, in one sync. */
import { withBackup } from '../../shared/history/backup';
import { ExcelEmulator } from './excel-emulator';
import { customerRows, hostFor, planFor } from './helpers';

describe('Excel backup', () => {
  test('copies a 24,000-row sheet with its formats and styles without sending its cells when a clean is applied', async () => {
    const rows = customerRows(24_000);
    const excel = new ExcelEmulator()
      .addSheet('Customers', rows, { columnFormats: [null, null, '@'], formulas: { F2: '=LEN(B2)' } })
      .addMeta({ locale: 'en-US' });
    excel.sheet('Customers').styles.set('A1:E1', { bold: true, fill: '#FFF2CC' });
    const host = hostFor(excel);
    const snapshot = await host.readSnapshot({ sheet: 'Customers' });
    const plan = planFor('Customers', { edits: [{ row: 2, col: 2, before: 'Customer 1', after: 'Ada Lovelace' }] });
    const backedUp = withBackup(plan, snapshot, { before: 'clean', at: new Date('2024-06-01T00:00:00Z') });
    const original = excel.state('Customers');
    excel.resetCounters();
    await host.applyPlan(backedUp.plan);

    const copy = excel.state('_custodian_backup_1');
    expect(copy.hidden).toBe(true);
    expect(copy.values).toEqual(original.values);
    expect(copy.formulas).toEqual({ F2: '=LEN(B2)' });
    expect(copy.styles).toEqual({ 'A1:E1': { bold: true, fill: '#FFF2CC' } });
    expect(excel.cell('_custodian_backup_1', 'C24001')?.format).toBe('@');
    expect(excel.cell('Customers', 'B2')?.value).toBe('Ada Lovelace');
    // No cell crosses to Excel for the copy: every request of the operation stays small.
    expect(Math.max(...excel.syncLog.map((s) => s.requestBytes))).toBeLessThan(20_000);
    expect(excel.callsOf('worksheet.copy')).toHaveLength(1);
  });

  test('replaces the old backup of the slot when the same slot is written again', async () => {
    const excel = new ExcelEmulator().addSheet('客户', [
      ['姓名', '手机'],
      ['张伟', '138 0013 8000'],
    ]);
    const host = hostFor(excel);
    for (const phone of ['13800138000', '+86 13800138000']) {
      const snapshot = await host.readSnapshot({ sheet: '客户' });
      const plan = planFor('客户', { edits: [{ row: 2, col: 2, before: snapshot.values[1]![1]!, after: phone }] });
      // The same slot both times: the meta is left out, so the sequence does not move on.
      const { plan: backedUp } = withBackup(plan, { ...snapshot, meta: {} }, { before: 'clean', at: new Date() });
      await host.applyPlan(backedUp);
    }
    expect(excel.sheets.map((s) => s.name).filter((n) => n.startsWith('_custodian_backup'))).toEqual([
      '_custodian_backup_1',
    ]);
    expect(excel.grid('_custodian_backup_1')[1]).toEqual(['张伟', '13800138000']);
    expect(await host.sheetNames()).toEqual(['客户']);
  });
});
