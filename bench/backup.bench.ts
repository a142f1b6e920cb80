/**
 * Backups of large lists: the backup part added to a clean's plan (withBackup; the host copies the
 * sheet), and the restore plan after the clean (planRestore, its history entry included).
 */
import { listBackups, withBackup } from '../shared/history/backup';
import { planRestore } from '../shared/history/restore-backup';
import { planClean } from '../shared/operations/clean';
import { applyPlan, snapshotOf, workbookFromSnapshot } from '../shared/plan/apply-plan';
import { columnCount, type SheetSnapshot } from '../shared/sheet/snapshot';
import { messyCustomerRows } from './messy-customer-rows';

const at = new Date('2024-06-01T00:00:00Z');
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const lines = [
  '| rows | cells | withBackup | clean (with backup) | planRestore | restore edits |',
  '|---:|---:|---:|---:|---:|---:|',
];
// 35,000 rows × 14 columns: about 500,000 cells.
for (const rows of [10_000, 35_000]) {
  const values = messyCustomerRows(rows);
  const snapshot: SheetSnapshot = { name: '客户', values, meta: {} };
  let start = process.hrtime.bigint();
  const cleaned = planClean(snapshot, { locale: 'zh-CN', now: at });
  const cleanMs = ms(start);
  start = process.hrtime.bigint();
  withBackup(cleaned.plan, snapshot, { before: 'clean', at });
  const backupMs = ms(start);
  const after = applyPlan(workbookFromSnapshot(snapshot), cleaned.plan);
  const [info] = listBackups(after.meta);
  start = process.hrtime.bigint();
  const restore = planRestore(snapshotOf(after, info!.name), info!, snapshotOf(after, '客户'), { at, locale: 'zh-CN' });
  const restoreMs = ms(start);
  lines.push(
    `| ${values.length.toLocaleString('en-US')} | ${(values.length * columnCount(values)).toLocaleString('en-US')} | ${backupMs.toFixed(1)} ms | ${(cleanMs / 1000).toFixed(2)} s | ${restoreMs.toFixed(0)} ms | ${restore.cells.toLocaleString('en-US')} |`,
  );
}
console.log(lines.join('\n'));
