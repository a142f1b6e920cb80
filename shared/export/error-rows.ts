/**
 * The rows `check` would report an error for (a required value missing, an invalid value, a
 * duplicate customer ID), found with check's own cell scan but without building every issue and
 * message: on a million-row sheet the warnings alone would be millions of objects.
 * Keep in step with the error cases of check/check-sheet.ts.
 */
import type { SheetSnapshot } from '../sheet/snapshot';
import { scanCells } from '../check/scan-cells';
import { idKey } from '../operations/customer-ids';
import type { OperationContext } from '../operations/options';

/** `items`: the rows that are no customers of their own (furtherRows), which the export leaves out. */
export function errorRows(snapshot: SheetSnapshot, ctx: OperationContext, items: ReadonlySet<number>): Set<number> {
  const rows = new Set<number>();
  const idField = ctx.template.fields.find((f) => f.kind === 'id');
  const firstRowOfId = new Map<string, number>();
  // An order's further item rows are not exported, so not counted (check leaves them too).
  scanCells(
    snapshot,
    ctx,
    (finding) => {
      if (items.has(finding.row)) return;
      if (finding.kind === 'invalid') rows.add(finding.row);
      else if (finding.kind === 'missing' && finding.column.field.kind !== 'id') rows.add(finding.row);
      else if (finding.kind === 'valid' && finding.column.field.kind === 'id') {
        const key = idKey(finding.canonical);
        if (firstRowOfId.has(key)) rows.add(finding.row);
        else firstRowOfId.set(key, finding.row);
      }
    },
    new Set(idField ? [idField.key] : []),
  );
  return rows;
}
