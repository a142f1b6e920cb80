/** LibreOffice (Debian's libreoffice-calc, as .ci/run installs) for tests that reopen governed files in it. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';

/** Whether `soffice` runs here; tests that need it are skipped otherwise. */
export function hasSoffice(): boolean {
  return spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
}

/**
 * LibreOffice opens `file` and saves it again as .xlsx into `outDir` (its profile under `profileDir`),
 * recalculating formulas without cached results; `env` sets, say, the TZ its TODAY() reads. Returns the new file.
 */
export function resaveWithLibreOffice(
  file: string,
  outDir: string,
  profileDir: string,
  env?: NodeJS.ProcessEnv,
): string {
  mkdirSync(outDir, { recursive: true });
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profileDir}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, file],
    { stdio: 'pipe', timeout: 120_000, ...(env ? { env: { ...process.env, ...env } } : {}) },
  );
  return join(outDir, file.replace(/^.*\//, ''));
}

/** The text a cell of a resaved workbook shows (rich text joined; a formula or other object: ''). */
export function shownText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  return typeof value === 'object' ? '' : String(value);
}

/** A recalculated cell's number, NaN for none; LibreOffice writes every result, and exceljs reads a result of 0 as absent. */
export function resultNumber(value: ExcelJS.CellValue): number {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && 'formula' in value)
    return typeof value.result === 'number' ? value.result : 0;
  return NaN;
}

/**
 * A block of a recalculated analysis sheet: column B's text to columns C (count or filled) and E (spend)
 * of the rows under the header row for which `first(A, B)` holds, up to the first blank row.
 */
export function analysisBlock(
  sheet: ExcelJS.Worksheet,
  first: (a: string, b: string) => boolean,
): Map<string, { c: number; e: number }> {
  const rows = new Map<string, { c: number; e: number }>();
  let inside = false;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const [a, b] = [shownText(row.getCell(1).value), shownText(row.getCell(2).value)];
    if (inside && a === '' && b === '') break;
    if (inside) rows.set(b, { c: resultNumber(row.getCell(3).value), e: resultNumber(row.getCell(5).value) });
    else inside = first(a, b);
  }
  return rows;
}
