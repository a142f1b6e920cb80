/**
 * The header of the duplicate status column Custodian writes (sidebar, `dedupe --action status`), per
 * language. Matching leaves that column out: it is Custodian's own earlier answer, not evidence
 * about a customer, and rows sharing "Duplicate (group 3)" or "Unique" must not look alike for it.
 */
import type { Locale } from '../i18n/locale';

export const DUPLICATE_STATUS_HEADER: Readonly<Record<Locale, string>> = {
  'zh-CN': '重复状态',
  'en-US': 'Duplicate status',
};

const HEADERS = new Set(Object.values(DUPLICATE_STATUS_HEADER));

export function isDuplicateStatusHeader(header: string): boolean {
  return HEADERS.has(header.trim());
}
