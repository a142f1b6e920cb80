/**
 * What `custodian undo` prints for people, and why it refuses, in the sheet's language like the log
 * sheet. Operations, their changes and the refusals are worded by the history's labels.
 */
import type { Locale } from '../../shared/i18n/locale';
import { historyLabels, type HistoryLabels } from '../../shared/history/history-labels';

export interface UndoWords {
  labels: HistoryLabels;
  /** "Undid 2 operations of clean.xlsx → undone.xlsx". */
  undid: (operations: number, file: string, out: string) => string;
  /** "2: Clean on 客户 undone (120 cells)". */
  undone: (id: string, operation: string, sheet: string, changed: string) => string;
  csv: (file: string) => string;
  nothingLeft: (file: string) => string;
  /** After a refusal: nothing is written, and the undos done before it are not saved. */
  nothingWritten: (undosBefore: number) => string;
}

const en: UndoWords = {
  labels: historyLabels('en-US'),
  undid: (operations, file, out) => `Undid ${operations} operation${operations === 1 ? '' : 's'} of ${file} → ${out}`,
  undone: (id, operation, sheet, changed) => `${id}: ${operation} on ${sheet} undone (${changed})`,
  csv: (file) => `${file} is a CSV file, which keeps no Custodian history: there is nothing to undo.`,
  nothingLeft: (file) => `${file} records no Custodian operation left to undo.`,
  nothingWritten: (undosBefore) =>
    undosBefore > 0 ? `Nothing was written (${undosBefore} undos before it were not saved).` : 'Nothing was written.',
};

const zh: UndoWords = {
  labels: historyLabels('zh-CN'),
  undid: (operations, file, out) => `已撤销 ${file} 的 ${operations} 项操作 → ${out}`,
  undone: (id, operation, sheet, changed) => `${id}：已撤销${operation}（工作表“${sheet}”，${changed}）`,
  csv: (file) => `${file} 是 CSV 文件，不保存 Custodian 操作记录：没有可撤销的操作。`,
  nothingLeft: (file) => `${file} 没有可撤销的 Custodian 操作。`,
  nothingWritten: (undosBefore) =>
    undosBefore > 0 ? `未写入任何文件（之前的 ${undosBefore} 次撤销也未保存）。` : '未写入任何文件。',
};

export function undoWords(locale: Locale): UndoWords {
  return locale === 'zh-CN' ? zh : en;
}
