/**
 * Points and stored value (积分, 会员积分, 储值余额, Points, Loyalty Points, Store Credit) are what a member
 * holds. Two records of one member each hold their own, so keeping one row's balance drops the other's:
 * without a sum the merge says so for each row and column; summing purchases adds them as it adds totals.
 */
import { isBlank } from '../sheet/cell-value';
import { accountHeader } from '../dedupe/column-headers';
import type { RowRecord } from './choose-survivor';
import type { SheetColumn } from './columns';
import { inOtherUnit, numberValue } from './field-values';

/** A balance held: points or stored value. */
const BALANCE =
  /积分|余额|储值|^\s*(?:(?:loyalty|reward|rewards|member|available|current)\s+)?points?(?:\s+balance)?\s*$|\bbalance\b|store\s*credit/i;
/** Money owed or a rate is no holding: 欠款余额, 应收余额, Balance Due, Outstanding Balance, 积分比例. */
const NOT_HELD =
  /欠|应收|应付|待付|未付|比例|规则|倍|等级|\b(?:due|owed|outstanding|payable|receivable|rate|rule|tier|level)\b/i;

/** Whether a header names points or stored value held (not owed, not an account number). */
export function balanceHeader(header: string): boolean {
  return BALANCE.test(header) && !NOT_HELD.test(header) && !accountHeader(header);
}

/** Whether the column holds points or stored value: by its header, an unmapped or number column. */
export function isBalanceColumn(column: SheetColumn): boolean {
  const kind = column.ctx.field?.kind;
  if (column.fieldKey !== null && kind !== 'money' && kind !== 'integer') return false;
  return balanceHeader(column.header);
}

/** A record's balance in the column, or null when blank, zero or not a number in the column's unit. */
function heldOn(record: RowRecord, column: SheetColumn): number | null {
  const value = record.values[column.col - 1] ?? null;
  if (isBlank(value) || inOtherUnit(value, column.ctx)) return null;
  const amount = numberValue(value, column.ctx);
  return amount === null || amount === 0 ? null : amount;
}

/**
 * The rows of `from` (the survivor's own, when it has other cards: those are noted with their card) whose
 * balance the kept value did not take in. A row holding the kept amount, or on the survivor's own card
 * (`sameAccount`), holds that one balance again (one card exported twice), not a second one.
 */
export function balancesLeftOut(
  from: readonly RowRecord[],
  survivor: RowRecord,
  column: SheetColumn,
  kept: number | null,
  sameAccount: (record: RowRecord) => boolean,
): RowRecord[] {
  return from.filter((record) => {
    if (record === survivor || sameAccount(record)) return false;
    const held = heldOn(record, column);
    return held !== null && held !== kept;
  });
}
