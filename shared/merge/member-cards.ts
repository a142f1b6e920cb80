/**
 * A member's card or account (会员卡号, Member ID, Card No., 微信号) is one customer's, and the balance,
 * points and counts beside it (储值余额, 积分, 消费次数, Balance, Visits) are that card's. Two cards in one
 * cluster are one person's two accounts, not one typed twice: the survivor keeps its own card's amounts
 * and each other card goes to the notes with its own, never added in unless the user asks for a sum.
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import { accountHeader } from '../dedupe/column-headers';
import type { RowRecord } from './choose-survivor';
import type { SheetColumn } from './columns';
import { inOtherUnit, numberValue } from './field-values';

/** What a card holds: a stored balance, points, visits, sessions left. Values must read as numbers too. */
const CARD_AMOUNT =
  /余额|储值|积分|点数|次数|课时|剩余|\b(?:balance|credit|points?|visits|visit count|sessions|stamps|punches)\b/i;
/** Of several accounts (会员卡号 and 微信号), the card is what balances are kept on. */
const CARD_LIKE = /卡|会员|card|member/i;

/** Cards compare without case, width or surrounding spaces, as customer IDs do. */
export const accountKey = (value: CellValue) => cellText(value).normalize('NFKC').trim().toUpperCase();

const valueAt = (record: RowRecord, column: SheetColumn): CellValue => record.values[column.col - 1] ?? null;

/** Columns of a customer's own accounts: the customer ID column or an unmapped one, by its header. */
export function accountColumns(columns: readonly SheetColumn[]): SheetColumn[] {
  const accounts = columns.filter(
    (c) => (c.fieldKey === null || c.ctx.field?.kind === 'id') && accountHeader(c.header),
  );
  return [...accounts.filter((c) => CARD_LIKE.test(c.header)), ...accounts.filter((c) => !CARD_LIKE.test(c.header))];
}

/** A column of amounts kept on a card, when every value of the cluster in it reads as a number. */
function holdsCardAmounts(column: SheetColumn, records: readonly RowRecord[]): boolean {
  const kind = column.ctx.field?.kind;
  if (column.fieldKey !== null && kind !== 'money' && kind !== 'integer') return false;
  if (column.fieldKey === null && (!CARD_AMOUNT.test(column.header) || accountHeader(column.header))) return false;
  return records.every((r) => {
    const value = valueAt(r, column);
    return isBlank(value) || numberValue(value, column.ctx) !== null || inOtherUnit(value, column.ctx);
  });
}

export interface OtherCard {
  /** The card as typed on its first row. */
  card: string;
  records: RowRecord[];
}

export interface CardSplit {
  column: SheetColumn;
  /** Rows of the card the survivor keeps, and rows without a card; the survivor first. */
  own: RowRecord[];
  /** Every other card, in the order given. */
  others: OtherCard[];
  /** Columns of what each card holds. */
  amounts: SheetColumn[];
}

/**
 * The cluster's rows by card, when it holds more than one card (`ordered`: the survivor first, then
 * by preference). `keptCard` is the card the survivor ends up with. Null when it holds one card or none.
 */
export function splitByCard(
  ordered: readonly RowRecord[],
  columns: readonly SheetColumn[],
  column: SheetColumn,
  keptCard: CellValue,
): CardSplit | null {
  const kept = accountKey(keptCard);
  const own: RowRecord[] = [ordered[0]!];
  const others = new Map<string, OtherCard>();
  for (const record of ordered.slice(1)) {
    const value = valueAt(record, column);
    const key = accountKey(value);
    if (key === '' || key === kept) own.push(record);
    else if (others.has(key)) others.get(key)!.records.push(record);
    else others.set(key, { card: cellText(value).trim(), records: [record] });
  }
  if (others.size === 0) return null;
  const amounts = columns.filter((c) => c !== column && holdsCardAmounts(c, ordered));
  return { column, own, others: [...others.values()], amounts };
}

/** "其他会员卡号：V20230017（储值余额 320，积分 1200）": an account and what it holds (header, value as typed). */
export type AccountNote = (header: string, account: string, holds: readonly (readonly [string, string])[]) => string;

/**
 * One note per other card, with each amount it holds (`amountOn`: the column's value on that card's
 * rows, '' when none). `leftOut`: columns whose amounts are already on the survivor (a total the user asked for).
 */
export function otherCardNotes(
  split: CardSplit,
  note: AccountNote,
  amountOn: (column: SheetColumn, records: readonly RowRecord[]) => string,
  leftOut: (column: SheetColumn) => boolean,
): string[] {
  return split.others.map(({ card, records }) => {
    const holds = split.amounts
      .filter((column) => !leftOut(column))
      .map((column) => [column.header, amountOn(column, records)] as const)
      .filter(([, text]) => text !== '');
    return note(split.column.header, card, holds);
  });
}

/** One note per distinct account of `ordered` other than the one kept (a second 微信号 beside one card). */
export function otherAccountNotes(
  ordered: readonly RowRecord[],
  column: SheetColumn,
  kept: CellValue,
  note: AccountNote,
): string[] {
  const seen = new Set([accountKey(kept), '']);
  const notes: string[] = [];
  for (const record of ordered) {
    const value = valueAt(record, column);
    const key = accountKey(value);
    if (seen.has(key)) continue;
    seen.add(key);
    notes.push(note(column.header, cellText(value).trim(), []));
  }
  return notes;
}
