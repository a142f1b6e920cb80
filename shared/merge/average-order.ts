/**
 * An average order value column (客单价, 平均订单金额, AOV, Average Order Value) beside a total spend and a
 * number of orders that the merge added up: worked out again as total / orders, so the merged row still
 * says what its figures do. Where it cannot be (no order count, a figure that is no number, an average in
 * another currency or unit than the total), it stays as typed and the merge says so. Amounts are read as
 * the total's column reads them (field-values.ts, normalise/money-column.ts).
 */
import { cellText, isBlank, sameCell, type CellValue } from '../sheet/cell-value';
import { foldHeader } from '../template/header-words';
import { headerUnit } from '../normalise/header-unit';
import { headerCurrency, inCurrency } from '../normalise/currency-signs';
import { currencyOf } from '../normalise/money-column';
import { roundMoney } from '../normalise/number';
import { columnByField, type SheetColumn } from './columns';
import { numberValue } from './field-values';

/** 客单价, 平均客单价, 平均订单金额, 平均每单金额; AOV, Average Order Value, Avg. Order Amount (folded, unit set apart). */
const AVERAGE_ORDER =
  /^(?:平均)?客单价$|^平均(?:每)?(?:订单|单|笔)(?:金额|价|价格)$|^aov$|^(?:avg|average)order(?:value|amount)$/;

/** Whether an unmapped column holds each customer's average order value. */
export function isAverageOrderColumn(column: SheetColumn): boolean {
  if (column.fieldKey !== null) return false;
  return AVERAGE_ORDER.test(foldHeader(headerUnit(column.header)?.words ?? column.header));
}

export interface MergedFigures {
  /** The survivor's value before the merge. */
  before(column: SheetColumn): CellValue;
  /** The value the column ends with. */
  after(column: SheetColumn): CellValue;
  /** Whether the merge added the column's figures up as numbers of one currency, or the user gave its value. */
  added(column: SheetColumn): boolean;
}

/** The average worked out again, or the average as typed when it could not be. */
export type AverageOutcome = { column: SheetColumn; value: number } | { column: SheetColumn; unread: string };

/**
 * Each average order value column (`averages`) whose total or order count the merge added up and changed:
 * its new value, or, when it cannot be worked out, the value kept as typed. Unchanged figures leave it be.
 */
export function recomputeAverages(
  columns: readonly SheetColumn[],
  averages: readonly SheetColumn[],
  figures: MergedFigures,
): AverageOutcome[] {
  const total = columnByField(columns, 'totalSpend');
  const count = columnByField(columns, 'purchaseCount');
  const changedBySum = [total, count].some(
    (c) => c !== undefined && figures.added(c) && !sameCell(figures.before(c), figures.after(c)),
  );
  if (!changedBySum) return [];
  const outcomes: AverageOutcome[] = [];
  for (const column of averages) {
    const kept = figures.after(column);
    if (isBlank(kept)) continue;
    const value = total && count ? average(column, kept, total, count, figures) : null;
    if (value === null) outcomes.push({ column, unread: cellText(kept).trim() });
    else if (numberValue(kept, amountReading(total!)) !== value) outcomes.push({ column, value });
  }
  return outcomes;
}

/** How the total's column reads an amount: its currency, decimal mark and scale. */
function amountReading(total: SheetColumn) {
  const { field, currency, decimalMark, unitScale } = total.ctx;
  return { field, currency, decimalMark, unitScale };
}

/** total / orders rounded to cents, or null unless both are numbers and the average counts in the total's currency and unit. */
function average(
  column: SheetColumn,
  kept: CellValue,
  total: SheetColumn,
  count: SheetColumn,
  figures: MergedFigures,
): number | null {
  if (!figures.added(total) || !figures.added(count)) return null;
  const spent = numberValue(figures.after(total), total.ctx);
  const orders = numberValue(figures.after(count), count.ctx);
  if (spent === null || orders === null || orders <= 0) return null;
  // 客单价（元） beside 累计消费（万元）, or Average Order Value (EUR) beside Total Spent (USD): other amounts.
  if ((headerUnit(column.header)?.scale ?? 1) !== (total.ctx.unitScale ?? 1)) return null;
  const named = headerCurrency(column.header);
  const totalCurrency = total.ctx.currency?.code ?? headerCurrency(total.header);
  // Either may be a sign several currencies share ($ of a list no region settles): USD is one of $'s.
  if (named !== null && totalCurrency && !inCurrency(named, totalCurrency) && !inCurrency(totalCurrency, named))
    return null;
  // US$35.00 among yuan, or 约240: the average is read as the total's column reads amounts.
  if (numberValue(kept, amountReading(total)) === null) return null;
  // Totals no currency names (bare amounts, no region's): an average that names one may be another.
  if (!totalCurrency && currencyOf(kept) !== null) return null;
  return roundMoney(spent / orders);
}
