/** The snapshot a reader assembles from what it read; every host leaves out empty formula and format lists alike. */
import type { CellValue } from './cell-value';
import type { ExtrasCell, FormulaCell, SheetSnapshot, SheetView } from './snapshot';
import type { SheetRule } from './own-rules';

export interface SnapshotParts {
  name: string;
  values: CellValue[][];
  formulas: FormulaCell[];
  /** Row 2's number format per column (null: none), the format inserted rows take. */
  columnFormats: (string | null)[] | undefined;
  meta: Record<string, string>;
  /** Links, notes and own formats, for hosts that read them (left out when no cell has any). */
  extras?: ExtrasCell[];
  /** Frozen rows and filter, for hosts that read them. */
  view?: SheetView;
  /** Rules at entry by column span, for hosts that read them (left out when there are none). */
  rules?: SheetRule[];
}

export function snapshotFromParts({
  name,
  values,
  formulas,
  columnFormats,
  meta,
  extras,
  view,
  rules,
}: SnapshotParts): SheetSnapshot {
  return {
    name,
    values,
    ...(formulas.length > 0 ? { formulas } : {}),
    ...(extras?.length ? { extras } : {}),
    ...(columnFormats?.some((f) => f !== null) ? { columnFormats } : {}),
    ...(view ? { view } : {}),
    ...(rules?.length ? { rules } : {}),
    meta,
  };
}
