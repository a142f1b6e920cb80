/**
 * Each distinct string of a column converted once: lists repeat their values (dates, options,
 * owners). A column whose values rarely repeat (e-mails, phones) stops remembering after a trial.
 */
import type { CellValue } from '../sheet/cell-value';

/** A value the normalisers could not read, remembered as such. */
export const UNREADABLE = Symbol('unreadable');
const MEMO_LIMIT = 50_000;
/** After this many lookups a column whose values rarely repeat (emails, phones) stops memoising. */
const MEMO_TRIAL = 5_000;

export class ColumnMemo {
  private readonly values = new Map<string, CellValue | typeof UNREADABLE>();
  private lookups = 0;
  private hits = 0;
  private enabled = true;

  get(text: string): CellValue | typeof UNREADABLE | undefined {
    if (!this.enabled) return undefined;
    this.lookups++;
    const hit = this.values.get(text);
    if (hit !== undefined) this.hits++;
    else if (this.lookups === MEMO_TRIAL && this.hits * 4 < this.lookups) {
      this.enabled = false;
      this.values.clear();
    }
    return hit;
  }

  set(text: string, value: CellValue | typeof UNREADABLE): void {
    if (this.enabled && this.values.size < MEMO_LIMIT) this.values.set(text, value);
  }
}
