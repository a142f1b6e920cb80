/**
 * The lead sources Zoho, Salesforce and HubSpot ship that no option of the template's source field
 * means: Web Download, Employee Referral, Seminar Partner, Organic Search. A list exported from one of
 * them holds these as the CRM's own picklist, so they are kept as typed with no error on their rows
 * (the export writes them back as they were). Those that mean an option (Advertisement, Trade Show,
 * External Referral) are the option's synonyms in default-options.ts instead. Keyed by the built-in
 * template's field key; another template's source field is read alike.
 */
import type { CellValue } from '../sheet/cell-value';
import { cellText } from '../sheet/cell-value';
import { choiceKey } from '../normalise/choice';
import type { Field } from './schema';

const SOURCE_FIELD = 'source';

const CRM_SOURCES = [
  // Zoho CRM's Lead Source picklist.
  'Employee Referral',
  'Online Store',
  'Partner',
  'Public Relations',
  'Sales Email Alias',
  'Seminar Partner',
  'Internal Seminar',
  'Web Download',
  'Web Research',
  'Chat',
  'Twitter',
  'X (Twitter)',
  'Google+',
  // Salesforce's earlier default Lead Source values.
  'Seminar - Internal',
  'Seminar - Partner',
  // HubSpot's Original Source, as labelled and as its internal values (ORGANIC_SEARCH, OFFLINE).
  'Organic Search',
  'Paid Search',
  'Email Marketing',
  'Referrals',
  'AI Referrals',
  'Other Campaigns',
  'Direct Traffic',
  'Offline Sources',
  'Offline',
  'Paid Social',
];

const KEYS = new Set(CRM_SOURCES.map(choiceKey));

/** Whether `value` in a column of `field` is a CRM's own lead source that no option names (kept as typed). */
export function isCrmLeadSource(field: Pick<Field, 'key' | 'kind'>, value: CellValue): boolean {
  return field.key === SOURCE_FIELD && field.kind === 'choice' && KEYS.has(choiceKey(cellText(value).trim()));
}

/** The CRM lead sources column `col` (1-based) of `values` holds, each once as first typed: for its dropdown. */
export function crmLeadSourcesIn(
  field: Pick<Field, 'key' | 'kind'>,
  values: readonly (readonly CellValue[])[],
  col: number,
): string[] {
  if (field.key !== SOURCE_FIELD || field.kind !== 'choice') return [];
  const found = new Map<string, string>();
  for (let r = 1; r < values.length; r++) {
    const value = values[r]?.[col - 1];
    if (value === null || value === undefined) continue;
    const text = cellText(value).trim();
    const key = choiceKey(text);
    if (KEYS.has(key) && !found.has(key)) found.set(key, text);
  }
  return [...found.values()];
}
