/**
 * Whether an .xlsx package holds macros: a VBA project (xl/vbaProject.bin, what an .xlsm saved by
 * Excel holds) or Excel 4.0 macro sheets. exceljs reads neither and writes neither, so a workbook
 * written from it has none; the command line refuses to drop them unasked (cli/io/macro-loss.ts).
 */
import { zipEntries } from './xlsx-scan';

const MACRO_PART = /(^|\/)vbaProject\.bin$|^xl\/macrosheets\//i;

export function holdsMacros(bytes: Uint8Array): boolean {
  return zipEntries(bytes)?.some((entry) => MACRO_PART.test(entry.name)) ?? false;
}
