/**
 * Column profiling for matching: which columns carry nothing useful (empty, one value, a row
 * counter) and what an unmapped column holds (emails, phones, dates, short codes or text),
 * judged on an evenly spread sample of its cells.
 */
import type { CellValue } from '../sheet/cell-value';
import { isBlank } from '../sheet/cell-value';
import { cellString, cleanText, normaliseDate, normaliseEmail, phoneKey } from '../normalise';

export type SniffedKind = 'email' | 'phone' | 'date' | 'code' | 'text';

export interface ColumnProfile {
  nonEmpty: number;
  distinct: number;
  /** Unique per row and shaped like a record number: 1, 2, 3 … or C000123. */
  counter: boolean;
  kind: SniffedKind;
}

const SAMPLE = 20_000;
/** Cells looked at to guess what an unmapped column holds. */
const SNIFF = 1_000;
const DATE_TEXT = /^\s*(?:\d{4}\s*[-/.年]\s*\d{1,2}|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}|(?:19|20)\d{6}\s*$)/;
const ID_LIKE = /^([A-Za-z]{0,6}[-_#]?)(\d+)$/;

/** Values of column `col` (1-based) in the given records, evenly spread, at most SAMPLE of them. */
function sampleColumn(values: readonly CellValue[][], rows: Int32Array, col: number): CellValue[] {
  const step = Math.max(1, Math.floor(rows.length / SAMPLE));
  const out: CellValue[] = [];
  for (let k = 0; k < rows.length; k += step) out.push(values[rows[k]! - 1]?.[col - 1] ?? null);
  return out;
}

/** `sniff` false skips guessing the kind (mapped columns have one). */
export function profileColumn(values: readonly CellValue[][], rows: Int32Array, col: number, region: string, columnFormat?: string | null, sniff = true): ColumnProfile {
  const sample = sampleColumn(values, rows, col);
  const seen = new Set<string>();
  let nonEmpty = 0;
  let emails = 0;
  let phones = 0;
  let dates = 0;
  let digits = 0;
  let idLike = 0;
  let prefix: string | null = null;
  let samePrefixAndWidth = 0;
  let ascending = 0;
  let descending = 0;
  let previous: number | null = null;
  let sniffed = 0;
  for (const value of sample) {
    if (isBlank(value)) continue;
    nonEmpty++;
    const text = cleanText(cellString(value) ?? '');
    seen.add(text.toLowerCase());
    const n = typeof value === 'number' ? value : /^\d+$/.test(text) ? Number(text) : null;
    if (n !== null && previous !== null) {
      if (n > previous) ascending++;
      else if (n < previous) descending++;
    }
    previous = n;
    const id = ID_LIKE.exec(text);
    if (id) {
      idLike++;
      const shape = `${id[1]}${id[2]!.length}`;
      prefix ??= shape;
      if (shape === prefix) samePrefixAndWidth++;
    }
    if (!sniff || sniffed >= SNIFF) continue;
    sniffed++;
    if (normaliseEmail(value).status === 'valid') emails++;
    const digitsOnly = text.replace(/[\s\-()+.]/g, '');
    if (/^\d+$/.test(digitsOnly)) {
      digits++;
      if (digitsOnly.length >= 7 && phoneKey(value, region)) phones++;
    }
    if (value instanceof Date || (typeof value === 'string' && DATE_TEXT.test(value)) || (typeof value === 'number' && columnFormat)) {
      if (normaliseDate(value, { columnFormat }).status === 'valid') dates++;
    }
  }
  const distinct = seen.size;
  const unique = nonEmpty >= 20 && distinct >= nonEmpty * 0.99;
  const monotonic = nonEmpty >= 20 && Math.max(ascending, descending) >= (nonEmpty - 1) * 0.98;
  // Record numbers: 1, 2, 3 … in row order, or one prefix and zero-padded digits (C000123).
  const counter = unique && idLike >= nonEmpty * 0.95 && (monotonic || samePrefixAndWidth >= nonEmpty * 0.95);
  const share = (count: number) => sniffed > 0 && count >= sniffed * 0.8;
  let kind: SniffedKind = 'text';
  if (share(emails)) kind = 'email';
  else if (share(dates)) kind = 'date';
  else if (share(phones)) kind = 'phone';
  else if (share(digits)) kind = 'code';
  return { nonEmpty, distinct, counter, kind };
}
