/**
 * The values CRMs ship that no option of the template's field means. Lead sources: Zoho's,
 * Salesforce's and HubSpot's Web Download, Employee Referral, Seminar Partner, Organic Search, and the
 * paid channels Chinese lists name by platform (百度推广, 360推广, 抖音广告) and Google Ads: advertising,
 * but the platform is what the cell says, so no synonym of 广告投放. Lead statuses: HubSpot's,
 * Salesforce's and Zoho's defaults (Connected, Open Deal, Working - Contacted) and 钉钉's 跟进状态 (初次接触,
 * 意向, 已成交, 流失), a lead's place in the follow-up the template's status names in its own words. Deal stages: a lost deal (钉钉's and 飞书's 输单,
 * Salesforce's Closed Lost), which made no customer, churned or other.
 * A list exported from one of them holds these as the CRM's own picklist, so they are kept as typed
 * with no error on their rows (the export writes them back as they were). Those that mean an option
 * (Advertisement, Trade Show, External Referral, In Progress, 赢单) are the option's synonyms in
 * default-options.ts instead. Keyed by the built-in template's field key; another template's fields of
 * those keys are read alike.
 */
import type { CellValue } from '../sheet/cell-value';
import { cellText } from '../sheet/cell-value';
import { choiceKey } from '../normalise/choice';
import type { Field } from './schema';

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
  // Paid search and feed ads, named by the platform that ran them.
  '百度推广',
  '百度竞价',
  '360推广',
  '搜狗推广',
  '抖音广告',
  '巨量引擎',
  'Google Ads',
];

const CRM_LEAD_STATUSES = [
  // HubSpot's Lead Status (its In Progress is the option of that name).
  'New',
  'Open',
  'Open Deal',
  'Unqualified',
  'Attempted to Contact',
  'Connected',
  'Bad Timing',
  // Salesforce's default Lead Status values.
  'Open - Not Contacted',
  'Working - Contacted',
  'Closed - Converted',
  'Closed - Not Converted',
  // Zoho CRM's Lead Status picklist.
  'Contacted',
  'Not Contacted',
  'Contact in Future',
  'Junk Lead',
  'Lost Lead',
  'Not Qualified',
  'Pre-Qualified',
  // 钉钉 CRM's 跟进状态 (its 跟进中 is the option of that name): a first contact, an interested customer,
  // a won deal and a lost customer are stages no status option says.
  '初次接触',
  '意向',
  '已成交',
  '流失',
];

const CRM_DEAL_STAGES = ['输单', 'Closed Lost'];

/** Field key → the comparison keys of the CRM values kept in it. */
const KEYS = new Map<string, Set<string>>([
  ['source', new Set(CRM_SOURCES.map(choiceKey))],
  ['status', new Set(CRM_LEAD_STATUSES.map(choiceKey))],
  ['lifecycleStage', new Set(CRM_DEAL_STAGES.map(choiceKey))],
]);

function keysOf(field: Pick<Field, 'key' | 'kind'>): Set<string> | undefined {
  return field.kind === 'choice' ? KEYS.get(field.key) : undefined;
}

/**
 * Whether `value` in a column of `field` is a CRM's own value that no option names (kept as typed):
 * a lead source, a lead status or a lost deal's stage.
 */
export function isCrmLeadSource(field: Pick<Field, 'key' | 'kind'>, value: CellValue): boolean {
  return keysOf(field)?.has(choiceKey(cellText(value).trim())) ?? false;
}

/** The CRM values column `col` (1-based) of `values` holds, each once as first typed: for its dropdown. */
export function crmLeadSourcesIn(
  field: Pick<Field, 'key' | 'kind'>,
  values: readonly (readonly CellValue[])[],
  col: number,
): string[] {
  const keys = keysOf(field);
  if (!keys) return [];
  const found = new Map<string, string>();
  for (let r = 1; r < values.length; r++) {
    const value = values[r]?.[col - 1];
    if (value === null || value === undefined) continue;
    const text = cellText(value).trim();
    const key = choiceKey(text);
    if (keys.has(key) && !found.has(key)) found.set(key, text);
  }
  return [...found.values()];
}
