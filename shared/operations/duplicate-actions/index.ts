/** Actions on duplicate groups beyond merge: status column, copy, move and delete (docs/merge.md). */
export { planDuplicateAction, type DuplicateActionOptions, type DuplicateActionResult } from './plan-duplicate-action';
export { summariseAction, duplicateActionLabels, type ActionCounts, type DuplicateAction } from './labels';
export { copySheetName } from './copy-sheet';
