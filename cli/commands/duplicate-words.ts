/**
 * What `custodian dedupe` and `custodian merge` print for people, in the sheet's language (`--json` is
 * the scripting interface and keeps its English reasons). Reasons are worded by the merge log's words,
 * which take the comparison levels' words from shared/dedupe/level-words.ts: one home for them.
 */
import type { Reason } from '../../shared/dedupe';
import type { Locale } from '../../shared/i18n/locale';
import { mergeLabels } from '../../shared/merge';
import { reasonText } from '../../shared/merge/audit-log';

export interface DuplicateWords {
  rows: (n: number) => string;
  groups: (n: number) => string;
  /** "list.xlsx [Customers]: 40 rows, 5 groups of duplicates (11 rows)". */
  found: (where: string, rows: number, groups: number, duplicateRows: number) => string;
  /** "#1  rows 2, 4  (confidence 0.95, review)". */
  group: (index: number, rows: readonly number[], confidence: string, review: boolean) => string;
  row: (row: number, cells: string) => string;
  reason: (reason: Reason) => string;
  /** An also-review row under its group: "also review row 4 (confidence 0.81): not merged with this group". */
  alsoReview: (row: number, confidence: string) => string;
  /** Also-review rows a merge left apart (as the sheet numbers them), and the option that merges them. */
  alsoReviewLeft: (rows: readonly number[]) => string;
  /** "Merged a.xlsx → b.xlsx: 1 group, 1 row merged away". */
  merged: (from: string, to: string, groups: number, away: number) => string;
  /** After the header was moved up: the rows named are still the input sheet's. */
  inputRows: string;
  /** "a.xlsx → b.xlsx: <what an action did>", with the language's colon. */
  acted: (from: string, to: string, summary: string) => string;
  /** "M1: rows 4 → row 2 (C000001); updated 手机". */
  merge: (
    id: string,
    rows: readonly number[],
    survivor: number,
    survivorId: string | null,
    changed: string[],
  ) => string;
  problem: (severity: 'error' | 'warning', message: string) => string;
  /** Formulas elsewhere (Summary!B1) that refer to rows the command removed: they show #REF! now. */
  formulasLosingRows: (cells: readonly string[]) => string;
  kept: string;
  /** Groups that may be duplicates, below the merge band, which `dedupe` lists only with --review. */
  reviewLeftOut: (groups: number) => string;
  /** Groups found below the merge threshold, not merged: how many, and the columns that differ in them. */
  held: (groups: number, differing: readonly string[]) => string;
  /** `--sum-purchases` with no total-spend or purchase-count column: nothing was summed. `amounts`: the sheet's amount columns. */
  nothingToSum: (amounts: readonly string[]) => string;
  /** On an order export: the groups are one buyer's orders (`column` numbers them). */
  orders: (column: string) => string;
  /** --action move or delete would remove one buyer's orders: refused until --orders confirms it. */
  ordersRefused: (action: string, column: string, rows: readonly number[]) => string;
  /** Points or stored value of merged rows not added to the kept row (`columns`): how to add them. */
  addBalances: (columns: readonly string[]) => string;
}

/** "1 row", "2 rows": counts worded right. */
export function countOf(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

const en: DuplicateWords = {
  rows: (n) => countOf(n, 'row', 'rows'),
  groups: (n) => countOf(n, 'group', 'groups'),
  found: (where, rows, groups, duplicateRows) =>
    `${where}: ${en.rows(rows)}, ${en.groups(groups)} of duplicates (${en.rows(duplicateRows)})`,
  group: (index, rows, confidence, review) =>
    `#${index}  ${rows.length === 1 ? 'row' : 'rows'} ${rows.join(', ')}  (confidence ${confidence}${review ? ', review' : ''})`,
  row: (row, cells) => `row ${row}: ${cells}`,
  reason: (reason) => reason.message,
  alsoReview: (row, confidence) => `also review row ${row} (confidence ${confidence}): not merged with this group`,
  alsoReviewLeft: (rows) =>
    `${rows.length === 1 ? 'Row' : 'Rows'} ${rows.join(', ')} may also hold the customer of a merged group and ${
      rows.length === 1 ? 'was' : 'were'
    } not merged (custodian dedupe lists ${rows.length === 1 ? 'it' : 'them'}); --also-review ${rows.join(',')} merges ${
      rows.length === 1 ? 'it' : 'them'
    } with ${rows.length === 1 ? 'its group' : 'their groups'}.`,
  merged: (from, to, groups, away) => `Merged ${from} → ${to}: ${en.groups(groups)}, ${en.rows(away)} merged away`,
  inputRows: 'Rows below are numbered as in the input sheet.',
  acted: (from, to, summary) => `${from} → ${to}: ${summary}`,
  merge: (id, rows, survivor, survivorId, changed) =>
    `${id}: ${rows.length === 1 ? 'row' : 'rows'} ${rows.join(', ')} → row ${survivor}${survivorId ? ` (${survivorId})` : ''}${
      changed.length > 0 ? `; updated ${changed.join(', ')}` : ''
    }`,
  problem: (severity, message) => `${severity}: ${message}`,
  formulasLosingRows: (cells) =>
    en.problem(
      'warning',
      `${cells.length === 1 ? 'the formula in' : 'the formulas in'} ${cells.join(', ')} referred to a removed row and now show #REF! (custodian undo puts the reference back)`,
    ),
  kept: 'Every merged-away row is in the archive sheet, and each merge is in the log sheet.',
  reviewLeftOut: (groups) =>
    `${groups === 1 ? 'One more group' : `${groups.toLocaleString('en-US')} more groups`} may hold duplicates and ${groups === 1 ? 'wants' : 'want'} a person's look: add --review to list ${groups === 1 ? 'it' : 'them'}`,
  held: (groups, differing) =>
    `${en.groups(groups)} ${groups === 1 ? 'was' : 'were'} held for review, not merged (${
      differing.length > 0 ? `${differing.join(', ')} differ` : 'not sure enough to merge'
    }): see custodian dedupe --review`,
  nothingToSum: (amounts) =>
    en.problem(
      'warning',
      `--sum-purchases: no total-spend or purchase-count column, so nothing was summed; name one with --rule COLUMN=sum or --map COLUMN=totalSpend${
        amounts.length > 0 ? ` (this sheet's amounts: ${amounts.join(', ')})` : ''
      }`,
    ),
  orders: (column) => `Each row is an order (${column}): a group holds one buyer’s orders, not copies of one record.`,
  ordersRefused: (action, column, rows) =>
    `--action ${action} would remove orders: each row is an order (${column}), and a group holds one buyer’s orders (rows ${rows.join(', ')}). To keep one row per buyer all the same, add --orders; to make each buyer one customer row, use custodian merge (--sum-purchases adds up their amounts).`,
  addBalances: (columns) =>
    `To add the merged rows' ${columns.join(', ')} to the kept rows, merge again with --sum-purchases (or --rule "${columns[0]}=sum").`,
};

const zhCount = (n: number, unit: string) => `${n.toLocaleString('zh-CN')} ${unit}`;
const zhLabels = mergeLabels('zh-CN');

const zh: DuplicateWords = {
  rows: (n) => zhCount(n, '行'),
  groups: (n) => zhCount(n, '组'),
  found: (where, rows, groups, duplicateRows) =>
    `${where}：${zh.rows(rows)}，${zh.groups(groups)}重复（${zh.rows(duplicateRows)}）`,
  group: (index, rows, confidence, review) =>
    `#${index}  第 ${rows.join('、')} 行（置信度 ${confidence}${review ? '，待复核' : ''}）`,
  row: (row, cells) => `第 ${row} 行：${cells}`,
  reason: (reason) => reasonText(reason, zhLabels.reason),
  alsoReview: (row, confidence) => `另请复核第 ${row} 行（置信度 ${confidence}）：不随本组合并`,
  alsoReviewLeft: (rows) =>
    `第 ${rows.join('、')} 行可能也是已合并组的客户，未合并（custodian dedupe 列出了它们）；加 --also-review ${rows.join(',')} 可将其随所在组合并。`,
  merged: (from, to, groups, away) => `已合并 ${from} → ${to}：${zh.groups(groups)}，合并掉 ${zh.rows(away)}`,
  inputRows: '下列行号与原工作表一致。',
  acted: (from, to, summary) => `${from} → ${to}：${summary}`,
  merge: (id, rows, survivor, survivorId, changed) =>
    `${id}：第 ${rows.join('、')} 行 → 第 ${survivor} 行${survivorId ? `（${survivorId}）` : ''}${
      changed.length > 0 ? `；更新了 ${changed.join('、')}` : ''
    }`,
  problem: (severity, message) => `${severity === 'error' ? '错误' : '警告'}：${message}`,
  formulasLosingRows: (cells) =>
    zh.problem('warning', `${cells.join('、')} 的公式引用了被删除的行，现在显示 #REF!（custodian undo 可恢复该引用）`),
  kept: `合并掉的每一行都在“${zhLabels.archiveSheet}”表中，每次合并都记在“${zhLabels.logSheet}”表中。`,
  reviewLeftOut: (groups) => `另有 ${zh.groups(groups)}可能重复，需人工复核：加 --review 列出`,
  held: (groups, differing) =>
    `另有 ${zh.groups(groups)}待复核，未合并（${differing.length > 0 ? `${differing.join('、')}不同` : '把握不足'}）：见 custodian dedupe --review`,
  nothingToSum: (amounts) =>
    zh.problem(
      'warning',
      `--sum-purchases：表中没有累计消费或购买次数列，没有求和；请用 --rule 列=sum 或 --map 列=totalSpend 指定一列${
        amounts.length > 0 ? `（本表的金额列：${amounts.join('、')}）` : ''
      }`,
    ),
  orders: (column) => `每行是一笔订单（${column}）：一组是同一买家的几笔订单，不是同一条记录的重复。`,
  ordersRefused: (action, column, rows) =>
    `--action ${action} 会删掉订单：每行是一笔订单（${column}），一组是同一买家的几笔订单（第 ${rows.join('、')} 行）。如确要每位买家只留一行，请加 --orders；要把每位买家合成一行客户记录，请用 custodian merge（加 --sum-purchases 累加金额）。`,
  addBalances: (columns) =>
    `要把合并掉的行的${columns.join('、')}加到保留的行上，请加 --sum-purchases 重新合并（或 --rule ${columns[0]}=sum）。`,
};

export function duplicateWords(locale: Locale): DuplicateWords {
  return locale === 'zh-CN' ? zh : en;
}
