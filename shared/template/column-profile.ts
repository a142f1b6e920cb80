/**
 * A column's values in brief: the share of each value shape among the first non-blank cells, and
 * how many of them are distinct. Built from a sample (at most SAMPLE_CELLS per column within the
 * first SAMPLE_ROWS rows), so profiling a million-row sheet costs the same as a small one.
 */
import type { CellValue } from '../sheet/cell-value';
import { isAmount, isHonorific, isPersonWithEmail, isPhoneWithNote, valueShape, type ValueShape } from './value-shape';

export const SAMPLE_CELLS = 200;
const SAMPLE_ROWS = 2000;

export interface ColumnProfile {
  /** Non-blank cells sampled. */
  count: number;
  /** Share of the sampled cells with each shape (0 to 1). */
  shares: Record<ValueShape, number>;
  /** Distinct values per sampled cell: 1 when no value repeats. */
  distinct: number;
  /** Share of the sampled cells that are honorifics (Mr., Ms., 先生), which the shapes count as text. */
  honorific: number;
  /** Share of the sampled cells that are amounts (¥128.00, 59.9), which the shapes count as numbers as they do date serials. */
  amount: number;
  /**
   * Share of the sampled cells that are a person with their e-mail (何静(hejing@corp.cn), Sarah Lee
   * <sarah@acme.com>), which the shapes count as people: an e-mail column may hold them too.
   */
  withEmail: number;
  /**
   * Share of the sampled cells shaped as Japan's postcode (100-0005), which the shapes count as a local
   * phone typed without its area code (555-0199): under a postcode's header they are no phones.
   */
  postal: number;
  /**
   * Share of the sampled cells that are a phone number with a short note after it (13911112222 (微信同号)),
   * which the shapes count as text: a phone column may hold them throughout.
   */
  notedPhone: number;
}

/** Japan's postcode, three digits and four, with or without its mark (〒100-0005). */
const JAPAN_POSTCODE = /^〒?\s*\d{3}-\d{4}$/;

/** Whether a value is shaped as Japan's postcode (100-0005), which is a local phone's shape too. */
export function isJapanPostcode(value: CellValue | undefined): boolean {
  return typeof value === 'string' && JAPAN_POSTCODE.test(value.normalize('NFKC').trim());
}

const SHAPES: ValueShape[] = ['company', 'person', 'id', 'date', 'phone', 'email', 'number', 'text'];

/** Profiles every column of `rows` (data rows only, no header), `width` columns wide. */
export function profileColumns(rows: readonly (readonly CellValue[] | undefined)[], width: number): ColumnProfile[] {
  const counts = Array.from({ length: width }, () => ({
    shapes: new Map<ValueShape, number>(),
    seen: new Set<string>(),
    count: 0,
    honorifics: 0,
    amounts: 0,
    withEmails: 0,
    postals: 0,
    notedPhones: 0,
  }));
  let open = width;
  for (let r = 0; r < rows.length && r < SAMPLE_ROWS && open > 0; r++) {
    const row = rows[r];
    if (!row) continue;
    for (let c = 0; c < width; c++) {
      const column = counts[c];
      if (column.count >= SAMPLE_CELLS) continue;
      const shape = valueShape(row[c]);
      if (shape === null) continue;
      column.count++;
      column.shapes.set(shape, (column.shapes.get(shape) ?? 0) + 1);
      if (isHonorific(row[c])) column.honorifics++;
      if (shape === 'number' && isAmount(row[c])) column.amounts++;
      if (shape === 'person' && isPersonWithEmail(row[c])) column.withEmails++;
      if (shape === 'phone' && isJapanPostcode(row[c])) column.postals++;
      if (shape !== 'phone' && isPhoneWithNote(row[c])) column.notedPhones++;
      column.seen.add(String(row[c] instanceof Date ? (row[c] as Date).getTime() : row[c]).trim());
      if (column.count === SAMPLE_CELLS) open--;
    }
  }
  return counts.map(({ shapes, seen, count, honorifics, amounts, withEmails, postals, notedPhones }) => ({
    count,
    shares: Object.fromEntries(SHAPES.map((s) => [s, count === 0 ? 0 : (shapes.get(s) ?? 0) / count])) as Record<
      ValueShape,
      number
    >,
    distinct: count === 0 ? 0 : seen.size / count,
    honorific: count === 0 ? 0 : honorifics / count,
    amount: count === 0 ? 0 : amounts / count,
    withEmail: count === 0 ? 0 : withEmails / count,
    postal: count === 0 ? 0 : postals / count,
    notedPhone: count === 0 ? 0 : notedPhones / count,
  }));
}

/** The shape most of a column's cells have, when one has at least half of them. */
export function dominantShape(profile: ColumnProfile): ValueShape | null {
  let best: ValueShape | null = null;
  for (const shape of SHAPES)
    if (profile.shares[shape] >= 0.5 && (best === null || profile.shares[shape] > profile.shares[best])) best = shape;
  return best;
}
