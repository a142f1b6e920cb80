/** The issue message catalogue: one per language, each with every issue code (a test checks parity). */
import type { IssueCode } from '../check/issue';
import type { Locale } from './locale';
import { enUS } from './messages/en-US';
import { zhCN } from './messages/zh-CN';

export interface MessageParams {
  column: string;
  value: string;
  suggestion: string;
  options?: string;
  otherRow?: number;
  days?: number;
  /** A phone's plausible readings, joined ("+1 415 555 0134 or +86 415 555 0134"). */
  readings?: string;
}

export type IssueMessages = Record<IssueCode, (params: MessageParams) => string>;

export const ISSUE_MESSAGES: Record<Locale, IssueMessages> = { 'zh-CN': zhCN, 'en-US': enUS };

export function issueMessage(locale: Locale, code: IssueCode, params: MessageParams): string {
  return ISSUE_MESSAGES[locale][code](params);
}
