/**
 * A billing system's subscription states (Stripe's trialing and past_due, Chargebee's in_trial and
 * non_renewing): a column of them says where a subscription is in its billing cycle, not where the
 * customer stands with the team, even when headed Status and holding "active" too.
 */
import { cellText } from '../sheet/cell-value';
import type { SampleRows } from './header-claims';

/** States only a subscription is in (canceled and active are anyone's words, so they do not tell). */
const SUBSCRIPTION_STATE = /^(?:trialing|in_?trial|past_?due|unpaid|incomplete_expired|non_?renewing)$/i;
const SAMPLE = 200;

/** Whether a sample of column `col` (1-based) holds a subscription's own states. */
export function holdsSubscriptionStates(rows: SampleRows, col: number): boolean {
  for (let r = 0; r < rows.length && r < SAMPLE; r++) {
    const value = rows[r]?.[col - 1];
    if (value !== null && value !== undefined && SUBSCRIPTION_STATE.test(cellText(value).trim())) return true;
  }
  return false;
}
