/**
 * exceljs features that work at runtime but are missing from its type definitions (4.4.0), each
 * reached through one narrow cast here rather than `any` spread across the hosts that use exceljs.
 */
import type ExcelJS from 'exceljs';
import type { RuleOperator, RuleType } from '../sheet/own-rules';

export interface ListValidationRule {
  type: RuleType;
  operator?: RuleOperator;
  allowBlank: boolean;
  /** Without the leading '='; a date rule's bound is a Date (exceljs writes its serial). */
  formulae: Array<string | number | Date>;
  showErrorMessage?: boolean;
  errorStyle?: 'stop' | 'warning' | 'information';
  errorTitle?: string;
  error?: string;
  showInputMessage?: boolean;
  promptTitle?: string;
  prompt?: string;
}

/** A validation as exceljs stores it: keyed by address ("D2") or range ("D2:D100"). */
export type StoredValidation = { type?: string; formulae?: unknown[] } & Record<string, unknown>;

interface DataValidations {
  model: Record<string, StoredValidation | undefined>;
  add(address: string, rule: ListValidationRule): void;
}

export function dataValidationsOf(sheet: ExcelJS.Worksheet): DataValidations {
  return (sheet as unknown as { dataValidations: DataValidations }).dataValidations;
}

/** The in-memory worksheet keeps its conditional formats as `conditionalFormattings`, the streaming writer's as `conditionalFormatting`. */
interface ConditionalFormats {
  conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[];
  conditionalFormatting?: ExcelJS.ConditionalFormattingOptions[];
}

export function conditionalFormattingsOf(sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  const formats = sheet as unknown as ConditionalFormats;
  return formats.conditionalFormattings ?? formats.conditionalFormatting ?? [];
}

export function setConditionalFormattings(
  sheet: ExcelJS.Worksheet,
  list: ExcelJS.ConditionalFormattingOptions[],
): void {
  const formats = sheet as unknown as ConditionalFormats;
  if (formats.conditionalFormatting !== undefined) formats.conditionalFormatting = list;
  else formats.conditionalFormattings = list;
}

export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** exceljs keeps merges in a private map keyed by the master address; it has no public list. */
export function mergesOf(sheet: ExcelJS.Worksheet): MergeRange[] {
  const merges = (sheet as unknown as { _merges?: Record<string, MergeRange | undefined> })._merges ?? {};
  return Object.values(merges).filter((m): m is MergeRange => m !== undefined);
}

/** exceljs can set a cell note but has no way to remove one. */
export function removeNote(cell: ExcelJS.Cell): void {
  const internal = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  if (internal._comment) internal._comment = undefined;
  // A cell read from a file keeps the note in its value's model too, which writing would save again.
  if (internal._value?.model?.comment) delete internal._value.model.comment;
}

/**
 * exceljs's streaming writer leaves out a row without values; a row of formatted empty cells (room
 * below the list for new customers) is kept by saying it has values, as the in-memory writer keeps it.
 */
export function keepStyledRow(row: ExcelJS.Row): void {
  if (!row.hasValues && row.cellCount > 0) Object.defineProperty(row, 'hasValues', { value: true });
}
