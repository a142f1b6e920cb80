/**
 * Merging an order export (one row per order, or per item of an order): which order a row belongs to,
 * whether that order was closed, cancelled, refunded or never paid, and the order's own date. A customer's
 * total adds each paid order once, less what came back of a partly refunded one; the survivor is a paid
 * order's row; the order's own columns stay the survivor's. The sheet is recognised, and its orders
 * numbered, as check and dedupe do (sheet-shapes.ts, line-item-rows.ts).
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import { isCustomerField, orderColumn } from '../sheet/line-item-rows';
import { foldHeader } from '../template/header-words';
import { isOrderExport } from '../template/sheet-shapes';
import { dateColumnContext } from '../normalise/date';
import { dateKey, numberValue } from './field-values';
import type { SheetColumn } from './columns';

type Rows = readonly (readonly CellValue[] | undefined)[];

/**
 * An order's state: 订单状态, 交易状态, 售后状态, 退款状态, Financial Status; on an attendee export the
 * ticket's, which says as much (Attendee Status, Ticket Status, Registration Status, 报名状态, 参会状态).
 */
const STATUS =
  /^(?:订单|交易|售后|退款|支付|付款|报名|参会|门票|票务)?状态$|^(?:financial|order|payment|attendee|ticket|registration)status$/;
/** Shopify dates a cancelled order's cancellation. */
const CANCELLED_AT = /^cancel+edat$/;
/**
 * States of an order that brought no money, or of a ticket that brought no one: closed, cancelled,
 * refunded, unpaid, declined. 京东 marks a deleted order "(删除)已取消"; the mark is read off first.
 */
const NOT_PAID = new Set([
  '交易关闭',
  '已关闭',
  '关闭',
  '订单关闭',
  '已取消',
  '取消',
  '交易取消',
  '订单取消',
  '退款成功',
  '已退款',
  '退款完成',
  '全额退款',
  '等待买家付款',
  '待付款',
  '待支付',
  '未付款',
  '未支付',
  'refunded',
  'voided',
  'cancelled',
  'canceled',
  'expired',
  'unpaid',
  // Shopify's Financial Status of an order awaiting payment.
  'pending',
  // A ticket refunded, cancelled or declined brought no one (Eventbrite's Attendee Status, 报名状态).
  'notattending',
  '已退票',
  '退票成功',
]);
const DELETED_MARK = /^[(（]删除[)）]/;
/** States of an order of which part came back: its amount less the refund is what it brought. */
const PART_REFUNDED = new Set(['partiallyrefunded', '部分退款', '部分退款成功', '部分退款完成']);
/** How much of an order came back: Shopify's Refunded Amount, 淘宝's 退款金额. */
const REFUND_AMOUNT = /^(?:refunded|refund)amount$|^amountrefunded$|^totalrefunded$|^(?:已)?退款(?:金额|总额)$/;
/**
 * An order's whole amount, which a refund comes off (Total, 实付金额, 买家实际支付金额, 订单应付金额);
 * a subtotal, shipping or count is another amount, and keeps its own.
 */
const ORDER_TOTAL =
  /^(?:order)?total(?:price|amount)?$|^(?:grand)?total$|^(?:amount|total)paid$|实付|实际支付|应付|^(?:支付|付款|订单|成交)(?:金额|总额)$|^(?:订单)?总(?:金额|价)$/;
/** The order's own date, paid before placed: 订单付款时间, 支付完成时间, 付款确认时间, Paid at. */
const PAID_DATE = /^(?:订单)?(?:付款|支付)(?:完成|确认)?(?:时间|日期)$|^paidat$/;
/** 订单创建时间, 订单提交时间, 下单时间, Created at. */
const PLACED_DATE = /^(?:订单)?(?:创建|提交)(?:时间|日期)$|^下单(?:时间|日期)$|^createdat$|^orderdate$/;
/** Fields that sum up a customer's orders: their rules (total, latest) stay. */
const SUMMARY_FIELDS: ReadonlySet<string> = new Set([
  'totalSpend',
  'purchaseCount',
  'lastPurchaseDate',
  'firstPurchaseDate',
  'tags',
  'consent',
]);

/** A row's order: its number, the status that left it unpaid (null when paid or unknown), its date ('' when unread). */
export interface OrderOfRow {
  number: string;
  notPaid: string | null;
  date: string;
  /** A partly refunded order: its status as typed and the refund's cell (null when none is given). */
  partRefund?: { status: string; amount: CellValue };
}

export interface OrderSheet {
  /** 0-based index of the column numbering the orders. */
  orderCol: number;
  statusCols: number[];
  cancelledCols: number[];
  /** 0-based columns of how much of the order came back. */
  refundCols: number[];
  dates: { col: number; read: (value: CellValue, row: readonly CellValue[]) => string | null }[];
  /** 1-based columns whose values differ between rows of one order: an item's amount, added row by row. */
  perItem: Set<number>;
}

const sheets = new WeakMap<Rows, OrderSheet | null>();

/** The sheet's orders, when it is an order export with a column numbering them; read once per snapshot. */
export function orderSheetOf(values: Rows): OrderSheet | undefined {
  const known = sheets.get(values);
  if (known !== undefined) return known ?? undefined;
  const sheet = readOrderSheet(values);
  sheets.set(values, sheet ?? null);
  return sheet;
}

function readOrderSheet(values: Rows): OrderSheet | undefined {
  const folded = Array.from(values[0] ?? [], (h) => foldHeader(cellText(h)));
  if (!isOrderExport(folded)) return undefined;
  const orderCol = orderColumn(folded, values);
  if (orderCol === undefined) return undefined;
  const indexes = (test: RegExp) => folded.flatMap((h, i) => (test.test(h) ? [i] : []));
  const dates = [...indexes(PAID_DATE), ...indexes(PLACED_DATE)].map((i) => {
    const ctx = { dates: dateColumnContext(values, i + 1), columnFormat: null };
    return { col: i, read: (value: CellValue, row: readonly CellValue[]) => dateKey(value, ctx, row) };
  });
  return {
    orderCol,
    statusCols: indexes(STATUS),
    cancelledCols: indexes(CANCELLED_AT),
    refundCols: indexes(REFUND_AMOUNT),
    dates,
    perItem: perItemColumns(values, orderCol),
  };
}

/** Columns where two rows of one order hold different values: each row is an item, with its own amount. */
function perItemColumns(values: Rows, orderCol: number): Set<number> {
  const first = new Map<string, readonly CellValue[]>();
  const differ = new Set<number>();
  for (let index = 1; index < values.length; index++) {
    const row = values[index];
    const number = row ? textOf(row[orderCol]) : '';
    if (!row || number === '') continue;
    const seen = first.get(number);
    if (!seen) {
      first.set(number, row);
      continue;
    }
    const width = Math.max(seen.length, row.length);
    for (let i = 0; i < width; i++) {
      // Shopify leaves an item row's order amounts blank: no other amount.
      const [a, b] = [textOf(seen[i]), textOf(row[i])];
      if (a !== '' && b !== '' && a !== b) differ.add(i + 1);
    }
  }
  return differ;
}

/** A row's order, read from the whole sheet row (`source`). */
export function orderOfRow(sheet: OrderSheet, source: readonly CellValue[]): OrderOfRow {
  let notPaid: string | null = null;
  let partRefunded: string | null = null;
  for (const col of sheet.statusCols) {
    const text = textOf(source[col]);
    // Shopify writes partially_refunded, others partially refunded: one state.
    const key = text
      .replace(DELETED_MARK, '')
      .replace(/[\s_-]+/g, '')
      .toLowerCase();
    if (NOT_PAID.has(key)) {
      notPaid = text;
      break;
    }
    if (PART_REFUNDED.has(key)) partRefunded ??= text;
  }
  if (notPaid === null && sheet.cancelledCols.some((col) => !isBlank(source[col] ?? null))) notPaid = 'cancelled';
  let date = '';
  for (const { col, read } of sheet.dates) {
    const value = source[col] ?? null;
    const key = isBlank(value) ? null : read(value, source);
    if (key) {
      date = key;
      break;
    }
  }
  const order: OrderOfRow = { number: textOf(source[sheet.orderCol]), notPaid, date };
  if (notPaid === null && partRefunded !== null) {
    const col = sheet.refundCols.find((c) => !isBlank(source[c] ?? null));
    order.partRefund = { status: partRefunded, amount: col === undefined ? null : (source[col] ?? null) };
  }
  return order;
}

/**
 * Whether a column describes one order (its number, state, reasons, dates, items, amounts, logistics,
 * the seller's memo) rather than the customer: such a column keeps the survivor's own value.
 */
export function isOrderColumn(column: SheetColumn): boolean {
  if (column.fieldKey === null) return !column.secondOf;
  const field = column.ctx.field;
  if (!field) return true;
  return !(field.kind === 'id' || isCustomerField(field) || SUMMARY_FIELDS.has(field.key));
}

/** What a total over an order export counted: each paid order once. */
export interface OrderSum<R> {
  counted: R[];
  /** Rows of each order that has more than one row in the total's column: one amount, counted once. */
  once: number[][];
  /** Rows of orders that brought no money, with the status that says so. */
  left: { row: number; status: string }[];
  orders: number;
}

/**
 * The rows a total adds: unpaid orders' rows left out, and an order's amount repeated on each of its
 * rows (抖店's 订单应付金额 on every sub-order) counted once; an item's own amount is added row by row.
 */
export function orderSum<R extends { row: number; order?: OrderOfRow }>(
  records: readonly R[],
  column: Pick<SheetColumn, 'perItem'>,
): OrderSum<R> {
  const counted: R[] = [];
  const left: OrderSum<R>['left'] = [];
  const byOrder = new Map<string, R[]>();
  for (const record of records) {
    const order = record.order;
    if (order?.notPaid) {
      left.push({ row: record.row, status: order.notPaid });
      continue;
    }
    const key = order?.number ?? '';
    const same = key === '' ? undefined : byOrder.get(key);
    if (same) same.push(record);
    else {
      if (key !== '') byOrder.set(key, [record]);
      counted.push(record);
    }
  }
  const perItem = column.perItem === true;
  const once: number[][] = [];
  for (const rows of byOrder.values()) {
    if (rows.length < 2) continue;
    if (perItem) counted.push(...rows.slice(1));
    else once.push(rows.map((r) => r.row).sort((a, b) => a - b));
  }
  return { counted, once, left: left.sort((a, b) => a.row - b.row), orders: new Set(counted.map(orderKey)).size };
}

const orderKey = (r: { row: number; order?: OrderOfRow }) => r.order?.number || `#${r.row}`;

/** A partly refunded order in a total: the refund taken off its amount, or null when none could be read. */
export interface RefundOff<R> {
  record: R;
  status: string;
  refund: { amount: number; text: string } | null;
}

/**
 * The partly refunded orders among the rows a total adds, with what came back of each. Only the order's
 * whole amount (not an item's own, nor a subtotal) loses the refund; it is read as the column reads its
 * amounts.
 */
export function partRefunds<R extends { order?: OrderOfRow }>(
  counted: readonly R[],
  column: Pick<SheetColumn, 'perItem' | 'header' | 'ctx'>,
): RefundOff<R>[] {
  if (column.perItem || column.ctx.field?.kind === 'integer' || !ORDER_TOTAL.test(foldHeader(column.header))) return [];
  return counted.flatMap((record) => {
    const part = record.order?.partRefund;
    if (!part) return [];
    const amount = isBlank(part.amount) ? null : numberValue(part.amount, column.ctx);
    const refund = amount === null || amount < 0 ? null : { amount, text: textOf(part.amount) };
    return [{ record, status: part.status, refund }];
  });
}

/** A cell's text as the export wrote it, without the tab 抖店 puts before long numbers. */
function textOf(value: CellValue | undefined): string {
  return cellText(value ?? null).trim();
}
