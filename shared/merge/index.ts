/** The merge stage: survivorship, archive, audit log and undo (docs/merge.md). */
export { planMerge, rowContent } from './plan-merge';
export { planUndo, type UndoError, type UndoOptions, type UndoResult } from './plan-undo';
export {
  undoableMerges,
  mergeOrder,
  nextMergeIds,
  MERGE_META,
  type MergeHistoryEntry,
  type HistoryOrder,
} from './history';
export { defaultRule } from './rules';
export { MERGE_LABELS, mergeLabels, type MergeLabels } from './labels';
export { HELPER_HEADER_KEY } from './helper-sheet';
export type * from './types';
