/**
 * The headers of the columns Custodian writes about rows rather than about customers, per language:
 * the duplicate status (sidebar, `dedupe --action status`), the list a combined row was imported
 * from (`combine`) and the result of comparing two lists (`compare`). Matching leaves them out: they
 * are Custodian's own earlier answers, not evidence about a customer — rows sharing "Unique" must not
 * look alike for it, and rows from two lists must not look apart because their origins differ.
 */
import type { Locale } from '../i18n/locale';

export const DUPLICATE_STATUS_HEADER: Readonly<Record<Locale, string>> = {
  'zh-CN': '重复状态',
  'en-US': 'Duplicate status',
};

export const IMPORTED_FROM_HEADER: Readonly<Record<Locale, string>> = {
  'zh-CN': '出处',
  'en-US': 'Imported from',
};

export const COMPARED_HEADER: Readonly<Record<Locale, string>> = {
  'zh-CN': '对比结果',
  'en-US': 'Compared',
};

const STATUS_HEADERS = new Set(Object.values(DUPLICATE_STATUS_HEADER));
const HEADERS = new Set(
  [DUPLICATE_STATUS_HEADER, IMPORTED_FROM_HEADER, COMPARED_HEADER].flatMap((headers) => Object.values(headers)),
);

export function isDuplicateStatusHeader(header: string): boolean {
  return STATUS_HEADERS.has(header.trim());
}

/** Whether a header is one of Custodian's own row columns above (left out of matching unless named as a key). */
export function isCustodianRowColumn(header: string): boolean {
  return HEADERS.has(header.trim());
}
