/**
 * What a governed sheet says while people type: the hint shown when a cell is selected and the
 * alert on a bad value, one catalogue per language (the type makes every language carry every rule).
 * Excel caps titles at 32 characters and messages at 255.
 */
import type { Locale } from './locale';
import { enUSEntry } from './messages/en-US';
import { zhCNEntry } from './messages/zh-CN';

/**
 * `phoneLine`: a second phone column (座机, Work Phone), a line with its area code and extension.
 * `idOwn`: a customer-ID column of the list's own IDs (00123), held to be unique only.
 */
export type EntryRuleKey = 'choice' | 'phone' | 'phoneLine' | 'email' | 'date' | 'money' | 'integer' | 'id' | 'idOwn';

export interface EntryParams {
  /** The column's header as the sheet shows it. */
  column: string;
  /** An example of a good value (a customer ID in the template's pattern). */
  example?: string;
}

export interface EntryTexts {
  prompt: string;
  error: string;
}

export type EntryMessages = Record<EntryRuleKey, (params: EntryParams) => EntryTexts>;

export const ENTRY_MESSAGES: Record<Locale, EntryMessages> = { 'zh-CN': zhCNEntry, 'en-US': enUSEntry };

export function entryTexts(locale: Locale, key: EntryRuleKey, params: EntryParams): EntryTexts {
  return ENTRY_MESSAGES[locale][key](params);
}
