/**
 * What `custodian undo` prints for people, and why it refuses, in the sheet's language like the log
 * sheet. Operations, their changes and the refusals are worded by the history's labels.
 */
import type { Locale } from '../../shared/i18n/locale';
import { historyLabels, type HistoryLabels } from '../../shared/history/history-labels';
import type { SheetChanges } from '../../shared/history/operation-entry';

const quoted = (names: readonly string[], open: string, close: string, joiner: string) =>
  names.map((n) => `${open}${n}${close}`).join(joiner);

/**
 * A refusal as the command line words it: one refused for later operations names `--all`, which undoes
 * them all (the sidebar's History has no such option, so the shared words leave it out).
 */
export function refusalText(refusal: { code: string; message: string }, locale: Locale): string {
  if (refusal.code !== 'laterOperations') return refusal.message;
  return locale === 'zh-CN' ? `${refusal.message}（或使用 --all）` : `${refusal.message} (or use --all)`;
}

export interface UndoWords {
  labels: HistoryLabels;
  /** "Undid 2 operations of clean.xlsx → undone.xlsx". */
  undid: (operations: number, file: string, out: string) => string;
  /** "2: Clean on 客户 undone (120 cells restored)". */
  undone: (id: string, operation: string, sheet: string, changed: string) => string;
  /** What undoing an operation did: its cells restored, the rows it removed put back, what it added taken out. */
  reversed: (cells: number, rowsAdded: number, rowsRemoved: number, sheets?: SheetChanges) => string;
  csv: (file: string) => string;
  nothingLeft: (file: string) => string;
  /** After a refusal: nothing is written, and the undos done before it are not saved. */
  nothingWritten: (undosBefore: number) => string;
}

const en: UndoWords = {
  labels: historyLabels('en-US'),
  undid: (operations, file, out) => `Undid ${operations} operation${operations === 1 ? '' : 's'} of ${file} → ${out}`,
  undone: (id, operation, sheet, changed) => `${id}: ${operation} on ${sheet} undone (${changed})`,
  reversed: (cells, added, removed, sheets) =>
    [
      `${cells} ${cells === 1 ? 'cell' : 'cells'} restored`,
      removed > 0 ? `${removed} ${removed === 1 ? 'row' : 'rows'} put back` : '',
      added > 0 ? `${added} added ${added === 1 ? 'row' : 'rows'} taken out` : '',
      sheets?.added.length ? `new sheet ${quoted(sheets.added, '"', '"', ', ')} deleted` : '',
      sheets?.removed.length ? `sheet ${quoted(sheets.removed, '"', '"', ', ')} put back` : '',
    ]
      .filter(Boolean)
      .join(', '),
  csv: (file) => `${file} is a CSV file, which keeps no Custodian history: there is nothing to undo.`,
  nothingLeft: (file) => `${file} records no Custodian operation left to undo.`,
  nothingWritten: (undosBefore) =>
    undosBefore > 0 ? `Nothing was written (${undosBefore} undos before it were not saved).` : 'Nothing was written.',
};

const zh: UndoWords = {
  labels: historyLabels('zh-CN'),
  undid: (operations, file, out) => `已撤销 ${file} 的 ${operations} 项操作 → ${out}`,
  undone: (id, operation, sheet, changed) => `${id}：已撤销${operation}（工作表“${sheet}”，${changed}）`,
  reversed: (cells, added, removed, sheets) =>
    [
      `还原 ${cells} 个单元格`,
      removed > 0 ? `放回 ${removed} 行` : '',
      added > 0 ? `去掉新增的 ${added} 行` : '',
      sheets?.added.length ? `删除新建的工作表${quoted(sheets.added, '“', '”', '、')}` : '',
      sheets?.removed.length ? `恢复工作表${quoted(sheets.removed, '“', '”', '、')}` : '',
    ]
      .filter(Boolean)
      .join('，'),
  csv: (file) => `${file} 是 CSV 文件，不保存 Custodian 操作记录：没有可撤销的操作。`,
  nothingLeft: (file) => `${file} 没有可撤销的 Custodian 操作。`,
  nothingWritten: (undosBefore) =>
    undosBefore > 0 ? `未写入任何文件（之前的 ${undosBefore} 次撤销也未保存）。` : '未写入任何文件。',
};

export function undoWords(locale: Locale): UndoWords {
  return locale === 'zh-CN' ? zh : en;
}
