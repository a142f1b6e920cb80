/**
 * What each distinct value of a column reads as, remembered: customer lists repeat values
 * (options, cities, owners) down many rows. A column the reader coded (sheet/column-codes.ts) is
 * remembered by its values' numbers in an array, one read a cell, not a hash of its text; others
 * by text in a Map.
 */
import type { CellValue } from '../sheet/cell-value';
import type { Field } from '../template/schema';
import { normaliseCell } from '../normalise';
import { normaliseColumnMoney } from '../normalise/money-column';
import type { NormaliseContext, NormaliseOutcome } from '../normalise/types';

const MEMO_LIMIT = 250_000;
/**
 * After this many lookups a memo judges its column: one whose values rarely repeat
 * (emails, mobiles) stops memoising, one of repeating values (a company line shared by a few
 * customers each, 128,000 of them down a million rows) keeps its memo.
 */
const MEMO_TRIAL = 20_000;

/** A cell as its column reads it: an amount in another currency than a money column's is not a number. */
export function readCell(field: Field, value: CellValue, ctx: NormaliseContext): NormaliseOutcome {
  return field.kind === 'money' && (ctx.currency !== undefined || ctx.unitScale !== undefined)
    ? normaliseColumnMoney(value, ctx)
    : normaliseCell(field, value, ctx);
}

export class CellMemo {
  private readonly outcomes = new Map<string, NormaliseOutcome>();
  /** By code, for a coded column (a code past MEMO_LIMIT is read each time). */
  private byCode: (NormaliseOutcome | undefined)[];
  private lookups = 0;
  private hits = 0;
  private enabled = true;

  /** `rows`: the sheet's rows, the most lookups the memo can serve; `distinct`: a coded column's distinct values. */
  constructor(
    private readonly rows: number,
    distinct = 0,
  ) {
    // Sized once, so that a memo of one region's rows, which meets codes out of order, stays an array.
    this.byCode = new Array<NormaliseOutcome | undefined>(Math.min(distinct, MEMO_LIMIT));
  }

  /** `code`: the cell's number in its column's codes (-1: the column is not coded). */
  normalise(field: Field, value: CellValue, ctx: NormaliseContext, code = -1): NormaliseOutcome {
    if (typeof value !== 'string' || !this.enabled) return readCell(field, value, ctx);
    this.lookups++;
    const hit = code >= 0 ? this.byCode[code] : this.outcomes.get(value);
    if (hit) {
      this.hits++;
      return hit;
    }
    const outcome = readCell(field, value, ctx);
    if (code >= 0) {
      if (code < this.byCode.length) this.byCode[code] = outcome;
    } else if (this.outcomes.size < MEMO_LIMIT) this.outcomes.set(value, outcome);
    if (this.lookups === MEMO_TRIAL && !this.pays()) {
      this.enabled = false;
      this.outcomes.clear();
      this.byCode = [];
    }
    return outcome;
  }

  /**
   * Whether at least half the column's cells repeat a value: n lookups drawn from d values meet
   * about n² / 2d repeats (the birthday estimate), so the hits so far estimate d.
   */
  private pays(): boolean {
    const distinct = this.hits === 0 ? Infinity : (this.lookups * this.lookups) / (2 * this.hits);
    return distinct * 2 < this.rows;
  }
}
