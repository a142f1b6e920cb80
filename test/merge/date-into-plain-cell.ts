/**
 * A list where the kept customer's 签约日期 / Signed cell holds no date and shows no date format
 * (empty, or the text 待定 / TBC, in General), and their duplicate row has the date in a format of
 * its own. The merge writes the date into the kept row, which every host shows in a date format;
 * undo must give the cell back its General. Shared by every host's test.
 */
import type { Locale } from '../../shared/i18n/locale';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import type { MergeCluster, MergeOptions } from '../../shared/merge/types';
import { optionsFor } from './fixtures';

export interface DateIntoPlainCell {
  locale: Locale;
  snapshot: SheetSnapshot;
  clusters: MergeCluster[];
  options: MergeOptions;
  /** The kept row's date cell (D2). */
  cell: { row: number; col: number };
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** The case in `locale`, the kept cell empty (`kept` null) or holding text. */
export function dateIntoPlainCell(locale: Locale, kept: CellValue = null): DateIntoPlainCell {
  const zh = locale === 'zh-CN';
  const values: CellValue[][] = zh
    ? [
        ['客户名称', '手机', '邮箱', '签约日期', '备注'],
        ['上海云杉科技有限公司', '13800138000', 'zw@yunshan.cn', kept, '老客户'],
        ['云杉科技', '13800138000', null, day('2024-05-05'), null],
        ['北京明德贸易', '13900139000', 'lina@mingde.cn', day('2023-01-02'), null],
      ]
    : [
        ['Company', 'Phone', 'Email', 'Signed', 'Notes'],
        ['Acme Inc.', '(415) 555-0100', 'mary@acme.com', kept, 'long-standing'],
        ['ACME', '(415) 555-0100', null, day('2024-05-05'), null],
        ['Globex LLC', '(212) 555-0199', 'jb@globex.com', day('2023-01-02'), null],
      ];
  const snapshot: SheetSnapshot = {
    name: zh ? '客户' : 'Customers',
    values,
    extras: [
      { row: 3, col: 4, format: 'yyyy-mm-dd' },
      { row: 4, col: 4, format: 'yyyy"年"m"月"d"日"' },
    ],
    meta: {},
  };
  const options = optionsFor(snapshot, locale, {
    masters: { 0: 2 },
    ...(kept !== null ? { rules: { [values[0]![3] as string]: 'latest' } } : {}),
  });
  return { locale, snapshot, clusters: [{ rows: [2, 3], confidence: 0.95 }], options, cell: { row: 2, col: 4 } };
}

/** Both languages, the kept cell empty and holding text. */
export const DATE_INTO_PLAIN_CELL_CASES: DateIntoPlainCell[] = (['zh-CN', 'en-US'] as const).flatMap((locale) => [
  dateIntoPlainCell(locale),
  dateIntoPlainCell(locale, locale === 'zh-CN' ? '待定' : 'TBC'),
]);

/** "empty" or the text, for test names. */
export const keptText = (c: DateIntoPlainCell) => {
  const value = c.snapshot.values[c.cell.row - 1]![c.cell.col - 1];
  return value === null ? `${c.locale}, empty` : `${c.locale}, "${String(value)}"`;
};

/**
 * A list where the only date is row 2's (a contact date in 年月日), and row 2 is merged away into a
 * later duplicate (row 5) whose date cell is empty: the merge writes the date there and deletes rows
 * 2–4, so row 5 becomes row 2, the row hosts read a column's format from. Undo must give the
 * restored row 2 its own 年月日 back, not the date format the kept cell took.
 */
export function rowTwoMergedAway(locale: Locale): DateIntoPlainCell {
  const zh = locale === 'zh-CN';
  const [name, phone] = zh ? ['张伟', '13800138000'] : ['Mary Smith', '(415) 555-0100'];
  const values: CellValue[][] = [
    zh ? ['客户编号', '姓名', '手机', '最近联系日期'] : ['Customer ID', 'Name', 'Phone', 'Last Contact'],
    ['C000001', name, phone, day('2015-01-01')],
    ['C000001', name, phone, null],
    [null, name, phone, null],
    ['C000001', name, phone, null],
  ];
  const snapshot: SheetSnapshot = {
    name: zh ? '客户' : 'Customers',
    values,
    extras: [{ row: 2, col: 4, format: 'yyyy"年"m"月"d"日"' }],
    meta: {},
  };
  const options = optionsFor(snapshot, locale, { masters: { 0: 5 } });
  return { locale, snapshot, clusters: [{ rows: [2, 5, 3, 4], confidence: 0.9 }], options, cell: { row: 5, col: 4 } };
}

export const ROW_TWO_MERGED_AWAY_CASES: DateIntoPlainCell[] = (['zh-CN', 'en-US'] as const).map(rowTwoMergedAway);
