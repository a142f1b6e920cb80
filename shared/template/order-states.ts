/**
 * An order's states as marketplaces export them (Etsy's Completed, Shipped and Paid; eBay's and
 * Amazon's Unshipped; 淘宝's 交易成功 and 已发货): a column of them says where an order is, not where
 * the customer stands with the team, even when headed Status.
 */
import { cellText } from '../sheet/cell-value';
import type { SampleRows } from './header-claims';

/** States only an order is in (cancelled and closed are anyone's words, so they do not tell). */
const ORDER_STATE =
  /^(?:completed?|shipped|unshipped|partially shipped|paid|unpaid|delivered|dispatched|refunded|partially refunded|fulfilled|unfulfilled|awaiting (?:shipment|payment|dispatch)|ready to ship|in transit|已发货|待发货|已付款|待付款|已签收|已收货|交易成功|已完成|待收货)$/i;
/** Share of a column's values that are order states for it to be one of them. */
const ORDERS = 0.5;
const SAMPLE = 50;

/** Whether most sampled values of column `col` (1-based) are an order's states. */
export function holdsOrderStates(rows: SampleRows, col: number): boolean {
  let seen = 0;
  let states = 0;
  for (let r = 0; r < rows.length && seen < SAMPLE; r++) {
    const value = rows[r]?.[col - 1];
    if (value === null || value === undefined) continue;
    const text = cellText(value).normalize('NFKC').trim();
    if (text === '') continue;
    seen++;
    if (ORDER_STATE.test(text)) states++;
  }
  return seen > 0 && states / seen >= ORDERS;
}
