/**
 * One field's surviving value under one rule, from the cluster's records. Pickers return the
 * chosen record's cell as written (a date stays a Date or its text), except sums, which are new.
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import { errorValue } from '../sheet/error-values';
import { roundMoney } from '../normalise/number';
import { sameCurrency } from '../normalise/money-column';
import { headerUnit, shownUnit } from '../normalise/header-unit';
import { titledSurname } from '../normalise/han-titles';
import { simplifiedHan } from '../dedupe/simplified';
import type { SheetColumn } from './columns';
import { preferenceOrder, recencyOrder, rowOrder, type RowRecord } from './choose-survivor';
import { combineValues, TAG_PARTS, TEXT_PARTS, type CombineStyle } from './combine';
import { distinctEntries } from './repeated-entries';
import {
  dateKey,
  dateReadings,
  heldValues,
  inOtherUnit,
  isValidValue,
  numberValue,
  tagKey,
  textKey,
  valueKey,
} from './field-values';
import { orderSum, partRefunds } from './order-rows';
import { fullestCompany, isCompanyColumn } from './full-form';
import type { OrderSumSaid, SurvivorshipRule } from './types';

export interface Picked {
  value: CellValue;
  /** Texts for the notes column ("Other phone: …"). */
  notes: string[];
  /** A latest or earliest's cells holding a formula's error value (#N/A), left out as no date. */
  errors?: { row: number; value: string }[];
  /** Set when the rule could not apply as asked (e.g. a sum over text). */
  fallback?: 'sum.notNumbers' | 'date.notRead' | 'date.keptAsTyped';
  /** A `date.keptAsTyped`'s kept date as typed and the other rows' dates (read, else as typed). */
  keptDate?: { own: string; others: string[] };
  /** Amounts in another unit or currency than the column's, left out of a sum or comparison (and noted). */
  apart?: string[];
  /** The survivor's amount as typed when it reads as no number in the column's unit (约8万): kept, others noted. */
  unread?: string;
  /** Rows of each entry typed more than once, which a sum counted once. */
  repeated?: number[][];
  /**
   * On an order export, what a sum counted: orders, rows, an order's rows counted once, unpaid orders left
   * out, partly refunded ones less their refund.
   */
  orders?: OrderSumSaid;
  /** A sum that added the rows' figures (not one that fell back to a single row's value). */
  summed?: true;
}

const valueAt = (record: RowRecord, column: SheetColumn): CellValue => record.values[column.col - 1] ?? null;
/** A whole Han name: two to four characters, nothing else. */
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;

/** The record of the first valid value in `order` (a real email over `liuqiang@xihutea`), else of the first filled one. */
function firstNonBlankRecord(order: readonly RowRecord[], column: SheetColumn): RowRecord {
  let filled: RowRecord | undefined;
  for (const record of order) {
    const value = valueAt(record, column);
    if (isBlank(value)) continue;
    if (isValidValue(value, column.ctx, record.values)) return record;
    filled ??= record;
  }
  return filled ?? order[0]!;
}

function firstNonBlank(order: readonly RowRecord[], column: SheetColumn): CellValue {
  return valueAt(firstNonBlankRecord(order, column), column);
}

/** The record whose key is greatest (`sign` 1) or least (-1); ties go to the earlier one in `order`. */
function extreme<K extends string | number>(
  order: readonly RowRecord[],
  keyOf: (r: RowRecord) => K | null,
  sign: 1 | -1,
): RowRecord | undefined {
  let best: { record: RowRecord; key: K } | undefined;
  for (const record of order) {
    const key = keyOf(record);
    if (key === null) continue;
    if (!best || (sign === 1 ? key > best.key : key < best.key)) best = { record, key };
  }
  return best?.record;
}

/** `delimiter`: the user's, for joining (e.g. ";" for tags); also splits the values it joins. */
export function combineStyle(column: SheetColumn, delimiter?: string): CombineStyle {
  const kind = column.ctx.field?.kind;
  const tags = kind === 'multiChoice';
  // Phones and emails are joined one by one by their canonical form: a number typed two ways is joined once.
  const contact = kind === 'phone' || kind === 'email';
  const style: CombineStyle = tags
    ? { delimiter: ', ', parts: TAG_PARTS, appendParts: true, key: (t) => tagKey(t, column.ctx) }
    : contact
      ? { delimiter: '; ', parts: TEXT_PARTS, appendParts: true, key: (t, row) => valueKey(t, column.ctx, row) }
      : { delimiter: '; ', parts: TEXT_PARTS, appendParts: false, key: textKey };
  if (delimiter === undefined) return style;
  // Values already joined with the user's delimiter are split on it too, so merging twice adds nothing.
  const own = delimiter.trim() || delimiter;
  const parts = new RegExp(`(?:${style.parts.source})|${own.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  return { ...style, delimiter, parts };
}

export function pickValue(
  rule: SurvivorshipRule,
  records: readonly RowRecord[],
  survivor: RowRecord,
  column: SheetColumn,
  otherLabel: string,
  delimiter?: string,
): Picked {
  const preferred = preferenceOrder(records, survivor);
  const survivorRule = (): Picked => ownValueNoted(firstNonBlank(preferred, column), survivor, column, otherLabel);
  if (rule === 'max' || rule === 'sum') {
    const apart = preferred.filter((r) => inOtherUnit(valueAt(r, column), column.ctx));
    const own = valueAt(survivor, column);
    const ownUnread = !isBlank(own) && numberValue(own, column.ctx) === null;
    if (apart.length > 0 || ownUnread)
      return withOtherUnitsApart(rule, records, survivor, column, otherLabel, apart, ownUnread);
  }
  switch (rule) {
    case 'master': {
      if (column.ctx.field?.kind === 'personName')
        return wholeNameOverTitle(survivorRule(), preferred, column, otherLabel);
      const picked = survivorRule();
      // The short form says nothing the full one does not: it is not noted (the archive keeps the row as it was).
      return isCompanyColumn(column)
        ? {
            ...picked,
            value: fullestCompany(
              picked.value,
              preferred.map((r) => valueAt(r, column)),
            ),
          }
        : picked;
    }
    case 'mostRecent':
      return { value: firstNonBlank(recencyOrder(records, survivor), column), notes: [] };
    case 'first':
      return ownValueNoted(firstNonBlank(rowOrder(records, survivor), column), survivor, column, otherLabel);
    case 'latest':
    case 'earliest': {
      // On an order export the latest is a paid order's where one has a value: a refunded, voided or
      // cancelled order bought nothing (its date is no purchase, its address received nothing).
      const paid = preferred.filter((r) => r.order && !r.order.notPaid && !isBlank(valueAt(r, column)));
      const pool = paid.length > 0 ? paid : preferred;
      // On an order export a column of no dates (收货地址) is the latest order's: the order's own date decides.
      if (!column.ctx.dates && preferred.some((r) => r.order)) {
        const filled = pool.filter((r) => !isBlank(valueAt(r, column)));
        const chosen = extreme(filled, (r) => r.order?.date || null, rule === 'latest' ? 1 : -1);
        return chosen ? { value: valueAt(chosen, column), notes: [] } : survivorRule();
      }
      const chosen = extreme(
        pool,
        (r) => dateKey(valueAt(r, column), column.ctx, r.values),
        rule === 'latest' ? 1 : -1,
      );
      const picked = chosen ? { value: valueAt(chosen, column), notes: [] } : survivorRule();
      // A formula's error value (#N/A) is no date of any reading: left out, and said as what it is.
      const errors = preferred.flatMap((r) => {
        const error = errorValue(valueAt(r, column));
        return error ? [{ row: r.row, value: error }] : [];
      });
      const said = errors.length > 0 ? { errors } : {};
      // A date of two readings (03/04/2024 in a column that never says) or none could be the latest: say so,
      // unless every row holds that same date, which leaves nothing to choose.
      const filled = preferred.filter((r) => !isBlank(valueAt(r, column)) && errorValue(valueAt(r, column)) === null);
      const unread = filled.some((r) => dateKey(valueAt(r, column), column.ctx, r.values) === null);
      const oneDate = new Set(filled.map((r) => sameDateKey(valueAt(r, column), column, r.values))).size <= 1;
      if (!unread || oneDate) return { ...picked, ...said };
      const kept = keptOfTwoReadings(rule, chosen, survivor, filled, column);
      return { ...(kept ?? { ...picked, fallback: 'date.notRead' as const }), ...said };
    }
    case 'max': {
      const chosen = extreme(preferred, (r) => numberValue(valueAt(r, column), column.ctx), 1);
      const picked = chosen ? { value: valueAt(chosen, column), notes: [] } : survivorRule();
      // A text amount (待核实) takes part in no comparison: it goes to the notes as typed.
      const unread = preferred.filter((r) => numberValue(valueAt(r, column), column.ctx) === null);
      return { ...picked, notes: amountNotes(unread, column, otherLabel, picked.value) };
    }
    case 'sum': {
      const withValue = preferred.filter((r) => !isBlank(valueAt(r, column)));
      // On an order export each paid order counts once (order-rows.ts).
      const byOrder = preferred.some((r) => r.order) ? orderSum(withValue, column) : undefined;
      // One record typed twice is one purchase: it is added once.
      const { distinct: filled, repeated } = distinctEntries(byOrder ? byOrder.counted : withValue);
      // A partly refunded order brought its amount less what came back.
      const refunds = byOrder ? partRefunds(filled, column) : [];
      const refundOf = new Map(refunds.flatMap((r) => (r.refund ? [[r.record, r.refund.amount] as const] : [])));
      const said: Pick<Picked, 'orders'> = byOrder
        ? {
            orders: {
              orders: byOrder.orders,
              rows: [...byOrder.counted.map((r) => r.row), ...byOrder.once.flatMap((g) => g.slice(1))].sort(
                (a, b) => a - b,
              ),
              once: byOrder.once,
              left: byOrder.left,
              lessRefund: refunds.flatMap((r) =>
                r.refund ? [{ row: r.record.row, status: r.status, refund: r.refund.text }] : [],
              ),
              refundUnread: refunds.flatMap((r) => (r.refund ? [] : [{ row: r.record.row, status: r.status }])),
            },
          }
        : {};
      const numbers = filled.map((r) => {
        const amount = numberValue(valueAt(r, column), column.ctx);
        return amount === null ? null : amount - (refundOf.get(r) ?? 0);
      });
      if (numbers.some((n) => n === null))
        return { ...pickValue('max', records, survivor, column, otherLabel), fallback: 'sum.notNumbers' };
      if (numbers.length === 0) return { ...survivorRule(), ...said };
      // £75 and $410 add up to no amount: the survivor keeps its own.
      if (
        column.ctx.field?.kind === 'money' &&
        !sameCurrency(
          filled.map((r) => valueAt(r, column)),
          column.ctx.region,
        )
      )
        return survivorRule();
      const raw = (numbers as number[]).reduce((a, b) => a + b, 0);
      const total = column.ctx.field?.kind === 'integer' ? Math.round(raw) : roundMoney(raw);
      // Keep the survivor's cell as written when it already holds the total.
      return {
        value: numberValue(valueAt(survivor, column), column.ctx) === total ? valueAt(survivor, column) : total,
        notes: [],
        summed: true,
        ...(repeated.length > 0 ? { repeated } : {}),
        ...said,
      };
    }
    case 'combine':
      return {
        value: combineValues(
          preferred.map((r) => valueAt(r, column)),
          combineStyle(column, delimiter),
          [],
          preferred.map((r) => r.values),
        ),
        notes: [],
      };
    case 'masterNoteOthers': {
      // Each value is read in its own row (a phone with the row's country), so the same number typed
      // another way is no other value.
      const keptRecord = firstNonBlankRecord(preferred, column);
      const kept = valueAt(keptRecord, column);
      const held = heldValues(column.ctx);
      held.add(kept, keptRecord.values);
      const notes: string[] = [];
      for (const record of preferred) {
        const value = valueAt(record, column);
        if (held.has(value, record.values)) continue;
        held.add(value, record.values);
        notes.push(`${otherLabel}${cellText(value).trim()}`);
      }
      return { value: kept, notes };
    }
  }
}

/**
 * The kept row's own date when it has two readings (05.03.2024 in a column that never says which comes
 * first) and the date the rule chose is not the latest (earliest) under both: which row's is the latest
 * turns on what the typist meant, so the kept row's stays as typed and is said. Null when the choice
 * holds either way, no other row's date was read, or the kept row's is no date at all (待定, which a
 * date replaces).
 */
function keptOfTwoReadings(
  rule: 'latest' | 'earliest',
  chosen: RowRecord | undefined,
  survivor: RowRecord,
  filled: readonly RowRecord[],
  column: SheetColumn,
): Picked | null {
  const own = valueAt(survivor, column);
  const readings = dateReadings(own, column.ctx, survivor.values);
  if (readings.length < 2) return null;
  // With no other row's date read, the kept row's stays anyway: `date.notRead` says so.
  const day = chosen ? dateKey(valueAt(chosen, column), column.ctx, chosen.values) : null;
  if (day === null || readings.every((r) => (rule === 'latest' ? day >= r : day <= r))) return null;
  const others = filled
    .filter((r) => r !== survivor)
    .map((r) => dateKey(valueAt(r, column), column.ctx, r.values) ?? cellText(valueAt(r, column)).trim());
  return {
    value: own,
    notes: [],
    fallback: 'date.keptAsTyped',
    keptDate: { own: cellText(own).trim(), others: [...new Set(others)] },
  };
}

/** What two cells share when they hold one date: its day or days (5/6/2019 is 05/06/2019), else its text. */
function sameDateKey(value: CellValue, column: SheetColumn, row: readonly CellValue[]): string {
  const days = dateReadings(value, column.ctx, row);
  return days.length > 0 ? days.join('|') : `text:${textKey(cellText(value).trim())}`;
}

/**
 * The kept value, with the survivor's own in the notes when another row's replaced it (a choice the
 * list offers over 网络搜索, a whole ID number over one Excel cut short): it may mean something else,
 * and is not lost.
 */
function ownValueNoted(kept: CellValue, survivor: RowRecord, column: SheetColumn, otherLabel: string): Picked {
  const own = cellText(valueAt(survivor, column)).trim();
  const replaced = own !== '' && textKey(own) !== textKey(cellText(kept).trim());
  return { value: kept, notes: replaced && otherLabel !== '' ? [`${otherLabel}${own}`] : [] };
}

/**
 * The largest or the total of the amounts in the column's unit alone; one in another unit or currency
 * (1.5万 under 成交金额（万元）) is kept as typed in the notes, since as a bare number it would mean another
 * amount. Where the survivor's own amount is such a one, or reads as no number at all (约8万), nothing can
 * be computed with it: it stays as the survivor typed it, and the cluster's other amounts go to the notes.
 */
function withOtherUnitsApart(
  rule: 'max' | 'sum',
  records: readonly RowRecord[],
  survivor: RowRecord,
  column: SheetColumn,
  otherLabel: string,
  apart: readonly RowRecord[],
  ownUnread: boolean,
): Picked {
  const preferred = preferenceOrder(records, survivor);
  const own = preferred.filter((r) => !apart.includes(r));
  const computable = !ownUnread && own.some((r) => numberValue(valueAt(r, column), column.ctx) !== null);
  const picked: Picked = computable
    ? pickValue(rule, own, survivor, column, otherLabel)
    : { value: ownUnread ? valueAt(survivor, column) : firstNonBlank(preferred, column), notes: [] };
  const notes = amountNotes(computable ? apart : preferred, column, otherLabel, picked.value);
  const texts = [...new Set(apart.map((r) => cellText(valueAt(r, column)).trim()))];
  const unread = ownUnread && !apart.includes(survivor) ? { unread: cellText(valueAt(survivor, column)).trim() } : {};
  return { ...picked, notes: [...picked.notes, ...notes], ...(texts.length > 0 ? { apart: texts } : {}), ...unread };
}

/**
 * Notes for amounts the kept value leaves out, each once and not the kept one: as typed, and a bare
 * number moved out of its column takes the unit it was counted in along (6 万元).
 */
function amountNotes(from: readonly RowRecord[], column: SheetColumn, otherLabel: string, kept: CellValue): string[] {
  const noted = new Set([textKey(cellText(kept))]);
  const notes: string[] = [];
  const unit = columnUnit(column);
  for (const record of from) {
    const value = valueAt(record, column);
    const text = cellText(value).trim();
    if (text === '' || noted.has(textKey(text))) continue;
    noted.add(textKey(text));
    notes.push(`${otherLabel}${text}${numberValue(value, column.ctx) === null || unit === null ? '' : ` ${unit}`}`);
  }
  return notes;
}

/** The unit a column's bare amounts count in: its header's (万元, USD), else its currency's code; null when neither says. */
function columnUnit(column: SheetColumn): string | null {
  const unit = headerUnit(column.header);
  if (unit) return shownUnit(unit);
  return column.ctx.currency?.code ?? null;
}

/**
 * A person named by surname and title (赵总) on the kept row and by the whole name (赵建华) on another:
 * the whole name says more, so it is kept and the title form goes to the notes.
 */
function wholeNameOverTitle(
  picked: Picked,
  preferred: readonly RowRecord[],
  column: SheetColumn,
  otherLabel: string,
): Picked {
  const kept = cellText(picked.value).trim();
  const surname = titledSurname(kept);
  if (!surname) return picked;
  const whole = preferred
    .map((r) => cellText(valueAt(r, column)).trim())
    .find(
      (name) =>
        name.length > surname.length &&
        simplifiedHan(name).startsWith(surname) &&
        !titledSurname(name) &&
        HAN_NAME.test(name),
    );
  if (!whole) return picked;
  return { value: whole, notes: [...picked.notes, `${otherLabel}${kept}`] };
}
