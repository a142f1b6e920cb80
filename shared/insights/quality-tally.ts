/**
 * Data quality per mapped column, from the check's own per-cell findings (scan-cells.ts): filled,
 * valid and canonical counts, and the score — the share of judged cells (every filled mapped cell,
 * and every blank the check calls missing) that are filled and valid.
 */
import type { Finding, GovernedColumn } from '../check/scan-cells';
import type { QualityField } from './insights-report';
import { roundTo } from './round';

interface Counts {
  column: GovernedColumn;
  filled: number;
  valid: number;
  nonCanonical: number;
  missing: number;
}

export class QualityTally {
  private readonly byCol = new Map<number, Counts>();

  constructor(columns: readonly GovernedColumn[]) {
    for (const column of columns) this.byCol.set(column.col, { column, filled: 0, valid: 0, nonCanonical: 0, missing: 0 });
  }

  /** Every non-blank cell yields one of valid, invalid or ambiguous (the scan must report valid cells of every field). */
  add(finding: Finding): void {
    const counts = this.byCol.get(finding.column.col);
    if (!counts) return;
    switch (finding.kind) {
      case 'missing':
        counts.missing++;
        break;
      case 'invalid':
        counts.filled++;
        break;
      case 'ambiguous':
        // Valid under two readings and left as typed: valid, and as canonical as it can be.
        counts.filled++;
        counts.valid++;
        break;
      case 'valid':
        counts.filled++;
        counts.valid++;
        break;
      case 'nonCanonical':
        counts.nonCanonical++;
        break;
    }
  }

  fields(): QualityField[] {
    return [...this.byCol.values()].map(({ column, filled, valid, nonCanonical }) => ({
      field: column.part ? `${column.field.key}.${column.part}` : column.field.key,
      column: column.header,
      filled,
      valid,
      canonical: valid - nonCanonical,
    }));
  }

  /** 0..100, one decimal; 100 when there is nothing to judge (no filled or required cell). */
  score(): number {
    let judged = 0;
    let good = 0;
    for (const counts of this.byCol.values()) {
      judged += counts.filled + counts.missing;
      good += counts.valid;
    }
    return judged === 0 ? 100 : roundTo((100 * good) / judged, 1);
  }
}
