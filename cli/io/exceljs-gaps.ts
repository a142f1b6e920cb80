/**
 * exceljs features that work at runtime but are missing from its type definitions (4.4.0), each
 * reached through one narrow cast here rather than `any` spread across the host.
 */
import type ExcelJS from 'exceljs';
import DefinedNameXform from 'exceljs/lib/xlsx/xform/book/defined-name-xform';

export interface ListValidationRule {
  type: 'list' | 'custom' | 'decimal' | 'whole' | 'date';
  operator?: 'greaterThanOrEqual';
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

export function conditionalFormattingsOf(sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
}

export function setConditionalFormattings(
  sheet: ExcelJS.Worksheet,
  list: ExcelJS.ConditionalFormattingOptions[],
): void {
  (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings =
    list;
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
  const internal = cell as unknown as { _comment?: unknown };
  if (internal._comment) internal._comment = undefined;
}

/** A defined name as exceljs models it: each range qualified with its sheet ("'客户'!$B$2:$B$9"). */
export interface DefinedName {
  name: string;
  ranges: string[];
  /** Set for a name scoped to one sheet (the sheet's index). */
  localSheetId?: number;
}

interface DefinedNamesStore {
  model: DefinedName[];
}

/** A name as read from a file: `text` is what the file holds, before exceljs splits it into cell ranges. */
type ReadName = DefinedName & { text?: string };

// exceljs reads a name's text as cell ranges and drops what it cannot parse (whole columns, formulas,
// #REF!). Keep the text it read, so such names can be written back as they were.
const parseName = DefinedNameXform.prototype.parseClose;
DefinedNameXform.prototype.parseClose = function keepText(this: { model?: ReadName; _parsedText?: string[] }, name) {
  const more = parseName.call(this, name);
  if (this.model && this._parsedText) this.model.text = this._parsedText.join('');
  return more;
};

// exceljs holds a name as the set of cells it covers: one object per cell (a name over a whole sheet
// runs out of memory), no scope, nothing it cannot parse. Names are kept here as text instead and
// written as they are ("'客户'!#REF!", "客户!$A:$C", a sheet's own name).
function asWritten({ text, ...name }: ReadName): DefinedName {
  return text && text !== name.ranges.join(',') ? { ...name, ranges: [text] } : name;
}

export function definedNamesOf(workbook: ExcelJS.Workbook): DefinedName[] {
  return (workbook.definedNames as unknown as DefinedNamesStore).model;
}

export function setDefinedNames(workbook: ExcelJS.Workbook, names: readonly ReadName[]): void {
  const store = workbook.definedNames as unknown as DefinedNamesStore;
  const own = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(store), 'model');
  if (!own?.get || !own.set) throw new Error('exceljs defined names have no model');
  const { get, set } = own;
  const kept = names.map(asWritten).filter((n) => n.ranges.length > 0);
  set.call(store, []);
  Object.defineProperty(store, 'model', {
    configurable: true,
    get: () => [...(get.call(store) as DefinedName[]), ...kept],
    set: (value: ReadName[]) => setDefinedNames(workbook, value),
  });
}

/** Call before loading a file into `workbook`: its defined names are then kept as the file writes them. */
export function keepDefinedNamesAsWritten(workbook: ExcelJS.Workbook): void {
  setDefinedNames(workbook, []);
}
