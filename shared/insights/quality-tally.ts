/**
 * Data quality per checked column (the mapped ones and a field's second columns, 座机 beside 手机),
 * from the check's own per-cell findings (scan-cells.ts): filled, valid and canonical counts, and
 * the score — the share of judged cells (every filled checked cell, and every blank the check calls
 * missing) that are filled and valid. Filled cells are counted by the caller (`fill`); a filled cell
 * is valid unless the check calls it invalid (a phone with two plausible readings is valid, and so is
 * a masked 138****8000, counted apart), and canonical unless the check would rewrite it or leaves it
 * as typed for want of a reading (those phones, an amount in another currency than its column's).
 */
import { governedColumns, secondColumns, type Finding, type GovernedColumn } from '../check/scan-cells';
import type { OperationContext } from '../operations/options';
import type { QualityField } from './insights-report';
import { roundTo } from './round';

interface Counts {
  column: GovernedColumn;
  filled: number;
  invalid: number;
  nonCanonical: number;
  masked: number;
  missing: number;
}

/** The columns check judges, in sheet order: the mapped ones and second columns of a field. */
export function qualityColumns(ctx: OperationContext): GovernedColumn[] {
  return [...governedColumns(ctx), ...secondColumns(ctx)].sort((a, b) => a.col - b.col);
}

export class QualityTally {
  private readonly counts: Counts[];
  private readonly byCol = new Map<number, Counts>();

  constructor(readonly columns: readonly GovernedColumn[]) {
    this.counts = columns.map((column) => ({
      column,
      filled: 0,
      invalid: 0,
      nonCanonical: 0,
      masked: 0,
      missing: 0,
    }));
    for (const counts of this.counts) this.byCol.set(counts.column.col, counts);
  }

  /** Counts a filled cell of `columns[index]`. */
  fill(index: number): void {
    this.counts[index]!.filled++;
  }

  add(finding: Finding): void {
    const counts = this.byCol.get(finding.column.col);
    if (!counts) return;
    // A placeholder (无, N/A) fills its cell with no value: filled but not valid, and a required one is
    // that filled cell, not a blank besides it.
    if (finding.kind === 'missing' && finding.value === undefined) counts.missing++;
    // A masked value is a real one the export partly hid: check warns, and cleaning cannot complete it.
    else if (finding.kind === 'placeholder' && finding.masked) {
      counts.masked++;
      counts.nonCanonical++;
    } else if (finding.kind === 'invalid' || finding.kind === 'missing' || finding.kind === 'placeholder')
      counts.invalid++;
    // Left as typed, a value with two readings or in another currency is valid but not in standard form.
    else if (finding.kind === 'nonCanonical' || finding.kind === 'ambiguous') counts.nonCanonical++;
  }

  fields(): QualityField[] {
    return this.counts.map(({ column, filled, invalid, nonCanonical, masked }) => ({
      field: column.part ? `${column.field.key}.${column.part}` : column.field.key,
      column: column.header,
      filled,
      valid: filled - invalid,
      canonical: filled - invalid - nonCanonical,
      ...(masked > 0 ? { masked } : {}),
      ...(column.second ? { second: true as const } : {}),
    }));
  }

  /** 0..100, one decimal; 100 when there is nothing to judge (no filled or required cell). */
  score(): number {
    let judged = 0;
    let good = 0;
    for (const counts of this.counts) {
      judged += counts.filled + counts.missing;
      good += counts.filled - counts.invalid;
    }
    return judged === 0 ? 100 : roundTo((100 * good) / judged, 1);
  }
}
