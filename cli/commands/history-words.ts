/**
 * What `custodian history` prints for people, in the sheet's language like the log sheet (`--json` is
 * the scripting interface and keeps its English messages). Operations and their changes are worded
 * by the history's labels, as the log sheet words them.
 */
import type { Locale } from '../../shared/i18n/locale';
import { historyLabels, type HistoryLabels } from '../../shared/history/history-labels';

export interface HistoryWords {
  labels: HistoryLabels;
  /** "list.csv is a CSV file: it keeps no Custodian history (write .xlsx to keep it)." */
  csv: (file: string) => string;
  none: (file: string) => string;
  count: (file: string, operations: number) => string;
  undoOf: (id: string) => string;
  /** The merges of a merge run: all of them, or the first three and how many. */
  merges: (ids: readonly string[]) => string;
  /** "Clean (M1, M2) on 客户: 120 cells". */
  entry: (what: string, merges: string, sheet: string, changed: string) => string;
  undoable: string;
  undoneBy: (id: string) => string;
  notUndoable: (why: string) => string;
  damaged: (ids: readonly string[]) => string;
  backups: string;
  /** "客户 before Clean 2: 4 rows × 20 columns". */
  backup: (sheet: string, operation: string, operationId: string | undefined, rows: number, columns: number) => string;
  inputKept: string;
}

const enLabels = historyLabels('en-US');

const en: HistoryWords = {
  labels: enLabels,
  csv: (file) => `${file} is a CSV file: it keeps no Custodian history (write .xlsx to keep it).`,
  none: (file) => `${file}: no Custodian operations recorded.`,
  count: (file, operations) => `${file}: ${operations} operations, newest first`,
  undoOf: (id) => `Undo of ${id}`,
  merges: (ids) => ` (${ids.length > 3 ? `${ids.slice(0, 3).join(', ')} … ${ids.length} merges` : ids.join(', ')})`,
  entry: (what, merges, sheet, changed) => `${what}${merges} on ${sheet}: ${changed}`,
  undoable: 'can be undone',
  undoneBy: (id) => `undone by ${id}`,
  notUndoable: (why) => `cannot be undone: ${why}`,
  damaged: (ids) => `Damaged history records (left out): ${ids.join(', ')}`,
  backups: 'Backups of the customer sheet (Restore backup in the History view), newest first',
  backup: (sheet, operation, operationId, rows, columns) =>
    `${sheet} before ${operation}${operationId ? ` ${operationId}` : ''}: ${rows} rows × ${columns} columns`,
  inputKept: 'The input file of each command is left as it was: it is the backup of what the command changed.',
};

const zh: HistoryWords = {
  labels: historyLabels('zh-CN'),
  csv: (file) => `${file} 是 CSV 文件，不保存 Custodian 操作记录（写入 .xlsx 才能保存）。`,
  none: (file) => `${file}：没有 Custodian 操作记录。`,
  count: (file, operations) => `${file}：${operations} 项操作，最新的在前`,
  undoOf: (id) => `撤销操作 ${id}`,
  merges: (ids) => `（${ids.length > 3 ? `${ids.slice(0, 3).join('、')} 等 ${ids.length} 次合并` : ids.join('、')}）`,
  entry: (what, merges, sheet, changed) => `${what}${merges}，工作表“${sheet}”：${changed}`,
  undoable: '可以撤销',
  undoneBy: (id) => `已被操作 ${id} 撤销`,
  notUndoable: (why) => `无法撤销：${why}`,
  damaged: (ids) => `已损坏的操作记录（未列出）：${ids.join('、')}`,
  backups: '客户表的备份（在“历史”页可恢复），最新的在前',
  backup: (sheet, operation, operationId, rows, columns) =>
    `${sheet}，${operation}${operationId ? `（操作 ${operationId}）` : ''}之前：${rows} 行 × ${columns} 列`,
  inputKept: '每个命令都不改动输入文件：输入文件就是该命令所做改动的备份。',
};

export function historyWords(locale: Locale): HistoryWords {
  return locale === 'zh-CN' ? zh : en;
}
