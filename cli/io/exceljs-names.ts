/**
 * exceljs's defined names kept as the file writes them. Node only: it patches the class exceljs's
 * Node build parses names with (the browser build bundles its own copy).
 */
import type ExcelJS from 'exceljs';
import { setDefinedNames, type ReadName } from '../../shared/files/defined-names';
import DefinedNameXform from 'exceljs/lib/xlsx/xform/book/defined-name-xform';

// exceljs reads a name's text as cell ranges and drops what it cannot parse (whole columns, formulas,
// #REF!). Keep the text it read, so such names can be written back as they were.
const parseName = DefinedNameXform.prototype.parseClose;
DefinedNameXform.prototype.parseClose = function keepText(this: { model?: ReadName; _parsedText?: string[] }, name) {
  const more = parseName.call(this, name);
  if (this.model && this._parsedText) this.model.text = this._parsedText.join('');
  return more;
};

/** Call before loading a file into `workbook`: its defined names are then kept as the file writes them. */
export function keepDefinedNamesAsWritten(workbook: ExcelJS.Workbook): void {
  setDefinedNames(workbook, []);
}
