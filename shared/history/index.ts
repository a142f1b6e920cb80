export { sameMeaning } from './same-meaning';
export {
  HISTORY_META,
  HISTORY_UNDO_LIMIT,
  readEntries,
  type OperationEntry,
  type OperationKind,
} from './operation-entry';
export { recordOperation, type OperationRecord } from './record-operation';
export { entryStatus, historyStatus, stillApplied, type EntryStatus, type Refusal } from './history-status';
export { undoOperation, type OperationUndoResult, type UndoTarget } from './undo-operation';
export { historyLabels } from './history-labels';
