/**
 * exceljs's defined names as text, the way the file writes them (cli/io/exceljs-names.ts keeps the
 * text exceljs reads); read and set here, so moved rows can rewrite them (move-rows.ts, row-footprint.ts).
 */
import type ExcelJS from 'exceljs';

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
export type ReadName = DefinedName & { text?: string };

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
