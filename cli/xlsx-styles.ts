/**
 * The cell styles of an .xlsx (styles.xml's cellXfs) as exceljs style models, parsed by exceljs's
 * own styles reader so a cell written back looks as exceljs's loader would have kept it. One object
 * per style: exceljs's writer then renders each style once and cells share it. Given to the core's
 * streamed read by clean (shared/files/xlsx-memory-workbook.ts): exceljs's reader is Node code.
 */
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform';
import { entryData, inflated, zipEntries } from '../shared/files/xlsx-scan';
import type { CellStyle } from '../shared/files/xlsx-memory-workbook';

async function* text(data: Uint8Array, method: number): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  for await (const chunk of inflated(data, method)) yield decoder.decode(chunk, { stream: true });
  yield decoder.decode();
}

/** Style models by cellXfs index (index 0, the default, is an empty style); empty when the part is missing. */
export async function readCellStyles(bytes: Uint8Array): Promise<CellStyle[]> {
  const entry = zipEntries(bytes)?.find((e) => e.name.replace(/^\//, '') === 'xl/styles.xml');
  const data = entry && entryData(bytes, entry);
  if (!entry || !data) return [];
  const styles = new StylesXform();
  await styles.parseStream(text(data, entry.method));
  const models: CellStyle[] = [{}];
  for (let id = 1; id < styles.model.styles.length; id++) models.push(styles.getStyleModel(id) ?? {});
  return models;
}
