/**
 * Writes a CSV input's in-memory workbook (shared/files/csv-workbook.ts) to a new file without an
 * exceljs workbook: a CSV a chunk of rows at a time, an .xlsx through exceljs's streaming writer
 * (shared styles, native zlib). Same rules as writeWorkbookFile: never over the input, whole or not at all.
 */
import { createWriteStream } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { MemoryWorkbook } from '../../shared/plan/apply-plan';
import { csvChunks } from '../../shared/files/csv-workbook';
import { writeMemoryWorkbook } from '../../shared/files/write-memory-workbook';
import { rowXml, type RowStyles, type RowWriter } from '../../shared/files/xlsx-row-xml';
import type { LoadedWorkbook } from './loaded-workbook';
import { assertNotInput, csvWriteFormat, outputFormatOf, writeThroughTemp, type WriteResult } from './write-workbook';
import { refuseMacroLoss } from './macro-loss';

interface ZipInternals {
  zip: { append(source: unknown, data: { name: string }): unknown };
}

/**
 * exceljs's streaming writer, changing what it gives its zip archive: text as a Buffer (archiver
 * would make one with the deprecated `new Buffer`, which warns once bundled), and the workbook
 * asking Excel to recompute formulas on open, as the exceljs path's does.
 */
export class StreamWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
  // The constructor's first call, before anything goes into the archive.
  override addThemes(): Promise<void> {
    const zip = (this as unknown as ZipInternals).zip;
    const append = zip.append.bind(zip);
    zip.append = (source, data) => {
      if (typeof source !== 'string') return append(source, data);
      const text = data.name.endsWith('/workbook.xml')
        ? source.replace(/<calcPr [^/]*/, '$& fullCalcOnLoad="1"')
        : source;
      return append(Buffer.from(text), data);
    };
    return super.addThemes();
  }

  // Rows of plain values are written as XML directly (shared/files/xlsx-row-xml.ts), the rest by exceljs.
  override addWorksheet(name?: string, options?: Partial<ExcelJS.AddWorksheetOptions>): ExcelJS.Worksheet {
    const sheet = super.addWorksheet(name, options) as unknown as RowWriter;
    const write = sheet._writeRow.bind(sheet);
    sheet._writeRow = (row) => {
      const xml = row.hasValues || row.height ? rowXml(row, (this as unknown as { styles: RowStyles }).styles) : '';
      if (xml === undefined || !sheet.startedData) return write(row);
      if (xml) sheet.stream.write(xml);
    };
    return sheet as unknown as ExcelJS.Worksheet;
  }
}

export async function writeMemoryWorkbookFile(
  loaded: Pick<
    LoadedWorkbook,
    'path' | 'sheetName' | 'csv' | 'streamed' | 'displayName' | 'snapshot' | 'macros' | 'macrosDropped'
  >,
  workbook: MemoryWorkbook,
  outPath: string,
): Promise<WriteResult> {
  const out = path.resolve(outPath);
  const format = outputFormatOf(out);
  await assertNotInput(loaded, out);
  refuseMacroLoss(loaded, out, loaded.macrosDropped === true);
  if (format === 'xlsx') {
    await writeThroughTemp(out, async (handle) => {
      // By descriptor: a stream made from the handle would keep it from closing.
      const stream = createWriteStream('', { fd: handle.fd, autoClose: false });
      // Text inline in its cell: a shared-string table of a million rows would be held to the end.
      const writer = new StreamWriter({ stream, useStyles: true, useSharedStrings: false });
      await writeMemoryWorkbook(writer, workbook, loaded.streamed?.looks);
      await writer.commit();
    });
    return { path: out, format, droppedSheets: [] };
  }
  const guarded = { cells: 0 };
  const chunks = csvChunks(workbook, loaded.sheetName, { ...csvWriteFormat(loaded, out), guarded });
  await writeThroughTemp(out, async (handle) => {
    for (const chunk of chunks) await handle.write(chunk);
  });
  const droppedSheets = workbook.sheets.map((s) => s.name).filter((name) => name !== loaded.sheetName);
  return { path: out, format, droppedSheets, guardedCells: guarded.cells };
}
