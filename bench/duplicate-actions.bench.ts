/**
 * Duplicate actions on big lists: planning the status column, delete, move (the plan, archive,
 * log and history entry) and the highlight (its ranges, meta and history entry) when one row in
 * ten has a duplicate, up to a million rows.
 */
import { planDuplicateAction, type DuplicateAction } from '../shared/operations/duplicate-actions';
import { DEFAULT_TEMPLATE } from '../shared/template/default-template';
import { mapHeaders } from '../shared/template/header-mapping';
import type { SheetSnapshot } from '../shared/sheet/snapshot';
import { messyCustomerRows } from './messy-customer-rows';

const lines = ['| rows | groups | action | plan | per row |', '|---:|---:|---|---:|---:|'];
for (const rows of [100_000, 1_000_000]) {
  const values = messyCustomerRows(rows);
  const snapshot: SheetSnapshot = { name: '客户', values, meta: {} };
  const clusters = [];
  for (let row = 2; row + 1 <= values.length; row += 10) clusters.push({ rows: [row, row + 1], confidence: 1 });
  const mapping = mapHeaders(values[0] ?? [], DEFAULT_TEMPLATE);
  for (const action of ['status', 'delete', 'move', 'highlight'] as DuplicateAction[]) {
    const start = process.hrtime.bigint();
    const result = planDuplicateAction(snapshot, {
      action,
      template: DEFAULT_TEMPLATE,
      mapping,
      locale: 'zh-CN',
      now: new Date('2024-06-01T00:00:00Z'),
      clusters,
      sheetNames: ['客户'],
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    lines.push(
      `| ${rows.toLocaleString('en-US')} | ${result.groups.toLocaleString('en-US')} | ${action} | ${(ms / 1000).toFixed(2)} s | ${((ms * 1000) / rows).toFixed(1)} µs |`,
    );
  }
}
console.log(lines.join('\n'));
