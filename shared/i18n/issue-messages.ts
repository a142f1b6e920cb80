/** The issue message catalogue: one per language, each with every issue code (a test checks parity). */
import type { IssueCode } from '../check/issue';
import type { Locale } from './locale';
import { enUS } from './messages/en-US';
import { zhCN } from './messages/zh-CN';

export interface MessageParams {
  column: string;
  value: string;
  /** The cell holds a number, not text (a phone Excel stored as a number). */
  numberCell?: boolean;
  suggestion: string;
  options?: string;
  otherRow?: number;
  /** The row an issue is on, where its message names two rows (id.companyContacts). */
  row?: number;
  /** The company several rows name, as the first of them writes it (id.companyContacts). */
  company?: string;
  days?: number;
  /** A phone's plausible readings, joined ("+1 415 555 0134 or +86 415 555 0134"). */
  readings?: string;
  /** A date's readings differ in where its year is (24-01-02: 2024-01-02 or 2002-01-24), not day and month. */
  yearPlace?: boolean;
  /** A date's readings differ in its calendar: a western year or Taiwan's 民國 year (69年9月15日: 1969 or 1980). */
  rocYear?: boolean;
  /** date.ambiguous of a calendar on a row of no region: the column naming each row's region (地区), to fill in. */
  regionColumn?: string;
  /** choice.ownValues: some of the column's values name an option too. */
  mixed?: boolean;
  /** How many characters an ID number has (idNumber.wrongLength). */
  digits?: number;
  /** The birth date inside an ID number as written there, yyyy-mm-dd (idNumber.badBirthDate). */
  birthDate?: string;
  /** The column's currency, as a sign ($, ¥, HK$) (number.otherCurrency). */
  currency?: string;
  /**
   * number.otherCurrency where the column's sign ($) is one nothing settled: ISO codes of the amount's
   * currency it may stand for (USD) and of the one the sheet's region reads it as (HKD), if any.
   */
  mayBe?: { amount: string; guess?: string };
  /** The country whose code cleaning gives a phone typed without one (phone.nonCanonical): United Kingdom. */
  phoneCountry?: string;
  /** The unit the column's header counts amounts in: 万元 of 累计成交金额（万元） (number.otherUnit). */
  unit?: string;
  /** The ID-number column and the row's ID number as typed, beside the birth date or sex it records (idNumber.birthDateMismatch, idNumber.sexMismatch). */
  idColumn?: string;
  idNumber?: string;
  /** The sex a row's ID number records (idNumber.sexMismatch). */
  idSex?: 'male' | 'female';
  /**
   * phone.noAreaCode: the city the row's address or city column names, its area code, and the number
   * with it (010-62556677), where that reads as a number. Only suggested: the cell is left as typed.
   */
  areaCode?: { city: string; code: string; number: string };
  /** date.noYear in a birthday column, which holds whole dates. */
  birthday?: boolean;
  /** date.otherOrder: the order of day and month the column's other dates are in. */
  dateOrder?: 'dmy' | 'mdy';
  /** required.missing of a cell that holds only spaces: it looks filled in but is empty. */
  onlySpaces?: boolean;
  /** phone.noteToMove: the column the note goes to and the note as it is written there (手机：微信同号). */
  notesColumn?: string;
  movedNote?: string;
  /** row.misaligned: the row's fields and the file's other rows'. */
  fields?: number;
  expected?: number;
}

export type IssueMessages = Record<IssueCode, (params: MessageParams) => string>;

export const ISSUE_MESSAGES: Record<Locale, IssueMessages> = { 'zh-CN': zhCN, 'en-US': enUS };

export function issueMessage(locale: Locale, code: IssueCode, params: MessageParams): string {
  return ISSUE_MESSAGES[locale][code](params);
}
