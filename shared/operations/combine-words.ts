/**
 * The words of combine and compare in each language: headers the combined list adds, where a row
 * came from, a compared row's status, and counts worded right ("1 row", "2 rows"; Chinese has no plural).
 */
import { COMPARED_HEADER, IMPORTED_FROM_HEADER } from '../dedupe/status-headers';
import type { Locale } from '../i18n/locale';

export interface CombineWords {
  /** The combined sheet's name unless one is asked for. */
  sheetName: string;
  /** The combined sheet's name in a workbook that already holds the lists (the sidebar). */
  combinedSheet: string;
  /** Header of the column naming each row's list and row. */
  sourceHeader: string;
  /** `销售A.xlsx!客户 第 7 行` / `sales-a.xlsx!Customers row 7`. */
  sourceRow: (list: string, row: number) => string;
  /** Headers of a split name's parts when the combined list has them. */
  familyName: string;
  givenName: string;
  /** A column without a header, kept under its letter and list. */
  unnamedColumn: (letter: string, list: string) => string;
  /** A column whose header another column already has, kept under its list's name. */
  sameHeader: (header: string, list: string) => string;
  duplicatesSheet: string;
  duplicateHeaders: { group: string; row: string; confidence: string; lists: string; reasons: string };
  /** Header of the column compare adds to list B. */
  statusHeader: string;
  existing: (list: string, rows: readonly number[]) => string;
  possible: (list: string, rows: readonly number[]) => string;
  fresh: string;
  count: (n: number, unit: CountUnit) => string;
}

export type CountUnit = 'row' | 'list' | 'group' | 'customer';

const EN_UNITS: Record<CountUnit, [string, string]> = {
  row: ['row', 'rows'],
  list: ['list', 'lists'],
  group: ['group', 'groups'],
  customer: ['customer', 'customers'],
};
const ZH_UNITS: Record<CountUnit, string> = { row: '行', list: '份名单', group: '组', customer: '位客户' };

const enRows = (rows: readonly number[]) => `row${rows.length === 1 ? '' : 's'} ${rows.join(', ')}`;

export const COMBINE_WORDS: Record<Locale, CombineWords> = {
  'zh-CN': {
    sheetName: '客户',
    combinedSheet: '合并名单',
    sourceHeader: IMPORTED_FROM_HEADER['zh-CN'],
    sourceRow: (list, row) => `${list} 第 ${row} 行`,
    familyName: '姓',
    givenName: '名',
    unnamedColumn: (letter, list) => `${letter} 列（${list}）`,
    sameHeader: (header, list) => `${header}（${list}）`,
    duplicatesSheet: '重复客户',
    duplicateHeaders: { group: '组', row: '合并后行号', confidence: '置信度', lists: '涉及名单数', reasons: '原因' },
    statusHeader: COMPARED_HEADER['zh-CN'],
    existing: (list, rows) => `已存在（${list} 第 ${rows.join('、')} 行）`,
    possible: (list, rows) => `可能已存在（${list} 第 ${rows.join('、')} 行）`,
    fresh: '新客户',
    count: (n, unit) => `${n.toLocaleString('zh-CN')} ${ZH_UNITS[unit]}`,
  },
  'en-US': {
    sheetName: 'Customers',
    combinedSheet: 'Combined list',
    sourceHeader: IMPORTED_FROM_HEADER['en-US'],
    sourceRow: (list, row) => `${list} row ${row}`,
    familyName: 'Last Name',
    givenName: 'First Name',
    unnamedColumn: (letter, list) => `Column ${letter} (${list})`,
    sameHeader: (header, list) => `${header} (${list})`,
    duplicatesSheet: 'Duplicates',
    duplicateHeaders: { group: 'Group', row: 'Row', confidence: 'Confidence', lists: 'Lists', reasons: 'Reasons' },
    statusHeader: COMPARED_HEADER['en-US'],
    existing: (list, rows) => `In ${list} (${enRows(rows)})`,
    possible: (list, rows) => `Maybe in ${list} (${enRows(rows)})`,
    fresh: 'New',
    count: (n, unit) => `${n.toLocaleString('en-US')} ${EN_UNITS[unit][n === 1 ? 0 : 1]}`,
  },
};
