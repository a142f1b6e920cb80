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
import type { LoadedWorkbook } from './loaded-workbook';
import { assertNotInput, csvWriteFormat, outputFormatOf, writeThroughTemp, type WriteResult } from './write-workbook';

interface ZipInternals {
  zip: { append(source: unknown, data: { name: string }): unknown };
}

/**
 * exceljs's streaming writer, changing what it gives its zip archive: text as a Buffer (archiver
 * would make one with the deprecated `new Buffer`, which warns once bundled), and the workbook
 * asking Excel to recompute formulas on open, as the exceljs path's does.
 */
class StreamWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
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
}

export async function writeMemoryWorkbookFile(
  loaded: Pick<LoadedWorkbook, 'path' | 'sheetName' | 'csv'>,
  workbook: MemoryWorkbook,
  outPath: string,
): Promise<WriteResult> {
  const out = path.resolve(outPath);
  const format = outputFormatOf(out);
  await assertNotInput(loaded, out);
  if (format === 'xlsx') {
    await writeThroughTemp(out, async (handle) => {
      // By descriptor: a stream made from the handle would keep it from closing.
      const stream = createWriteStream('', { fd: handle.fd, autoClose: false });
      // Text inline in its cell: a shared-string table of a million rows would be held to the end.
      const writer = new StreamWriter({ stream, useStyles: true, useSharedStrings: false });
      await writeMemoryWorkbook(writer, workbook);
      await writer.commit();
    });
    return { path: out, format, droppedSheets: [] };
  }
  const chunks = csvChunks(workbook, loaded.sheetName, csvWriteFormat(loaded, out));
  await writeThroughTemp(out, async (handle) => {
    for (const chunk of chunks) await handle.write(chunk);
  });
  const droppedSheets = workbook.sheets.map((s) => s.name).filter((name) => name !== loaded.sheetName);
  return { path: out, format, droppedSheets };
}
