/**
 * Default survivorship rule per field; docs/merge.md explains each choice. Fields a template adds
 * get a rule from their kind; unmapped columns keep the survivor's value, else the first one found.
 */
import type { SheetColumn } from './columns';
import type { MergeOptions, SurvivorshipRule } from './types';
import { isBalanceColumn } from './balance-columns';

const BY_FIELD: Readonly<Record<string, SurvivorshipRule>> = {
  lastPurchaseDate: 'latest',
  lastContact: 'latest',
  updatedAt: 'latest',
  nextFollowUp: 'latest',
  createdAt: 'earliest',
  purchaseCount: 'max',
  totalSpend: 'max',
  tags: 'combine',
  notes: 'combine',
  contactSummary: 'combine',
  purchasePreference: 'combine',
  followUpPlan: 'combine',
  // Consent follows the customer's latest word: an opt-out recorded later must not be outvoted.
  consent: 'mostRecent',
  // A rep's tier and the customer's owner are settings someone chose: the survivor's stays, others are noted.
  valueTier: 'masterNoteOthers',
  owner: 'masterNoteOthers',
};

const SUMMED = new Set(['purchaseCount', 'totalSpend']);

export function defaultRule(
  column: SheetColumn,
  options: Pick<MergeOptions, 'countsAreSeparatePurchases'>,
): SurvivorshipRule {
  // Points and stored value are held like a total spent: separate records' add up.
  if (options.countsAreSeparatePurchases && isBalanceColumn(column)) return 'sum';
  // A second phone or e-mail column keeps the survivor's number and notes the others, as the field's own.
  if (column.fieldKey === null) return column.secondOf ? 'masterNoteOthers' : 'first';
  if (options.countsAreSeparatePurchases && SUMMED.has(column.fieldKey)) return 'sum';
  const byField = BY_FIELD[column.fieldKey];
  if (byField) return byField;
  switch (column.ctx.field?.kind) {
    case 'phone':
    case 'email':
      return 'masterNoteOthers';
    case 'multiChoice':
      return 'combine';
    default:
      return 'master';
  }
}

/** The rule for a column: the user's (by field key, then header), else the default. */
export function ruleFor(
  column: SheetColumn,
  options: Pick<MergeOptions, 'rules' | 'countsAreSeparatePurchases'>,
): SurvivorshipRule {
  const rules = options.rules ?? {};
  return (
    (column.fieldKey !== null ? rules[column.fieldKey] : undefined) ??
    rules[column.header] ??
    defaultRule(column, options)
  );
}
