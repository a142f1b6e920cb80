/**
 * What check still calls an error once clean has run, by kind, so clean's summary says what check of
 * its output will say. Counted by check itself on the cleaned sheet: one reading, never two that drift.
 */
import { checkSheet } from '../check/check-sheet';
import type { Issue } from '../check/issue';
import { cellText } from '../sheet/cell-value';
import type { SheetSnapshot } from '../sheet/snapshot';
import type { OperationOptions } from './options';

export interface ErrorsLeft {
  /** Every error check reports on the cleaned sheet. */
  total: number;
  /** Values left as typed that are errors (an invalid phone, two addresses in one e-mail cell). */
  invalid: number;
  /** Required cells blank, or holding a placeholder such as 无. */
  requiredMissing: number;
  /** The headers of the columns those cells are in, in the order check first reports them. */
  requiredColumns: string[];
  /** Later holders of a customer ID an earlier row holds (another system's numbers are not renumbered). */
  duplicateIds: number;
  /** Those IDs, as typed. */
  duplicateIdValues: string[];
  /** CSV rows whose values sit right of their headers. */
  misalignedRows: number;
}

/** Checks the cleaned sheet as `custodian check` of the output would, and counts its errors by kind. */
export function errorsLeft(cleaned: SheetSnapshot, options: OperationOptions = {}): ErrorsLeft {
  return countErrors(checkSheet(cleaned, options).issues);
}

export function countErrors(issues: readonly Issue[]): ErrorsLeft {
  const left: ErrorsLeft = {
    total: 0,
    invalid: 0,
    requiredMissing: 0,
    requiredColumns: [],
    duplicateIds: 0,
    duplicateIdValues: [],
    misalignedRows: 0,
  };
  const columns = new Set<string>();
  const ids = new Set<string>();
  for (const issue of issues) {
    if (issue.severity !== 'error') continue;
    left.total++;
    if (issue.code === 'required.missing') {
      left.requiredMissing++;
      columns.add(issue.column);
    } else if (issue.code === 'id.duplicate') {
      left.duplicateIds++;
      ids.add(cellText(issue.value).trim());
    } else if (issue.code === 'row.misaligned') left.misalignedRows++;
    else left.invalid++;
  }
  left.requiredColumns = [...columns];
  left.duplicateIdValues = [...ids];
  return left;
}
