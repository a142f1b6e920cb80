/**
 * Whether a name column names the row's person: read word by word against the person's own name
 * columns (Full Name, or First Name and Last Name) of the same row. QuickBooks' Customer of Amy's
 * Bakery beside Full Name of Amy Tremblay names someone else (the business); Cho, Mark and
 * Mrs Bouchard name the person.
 */
import type { CellValue } from '../sheet/cell-value';
import { cellText } from '../sheet/cell-value';
import { isHonorific } from './value-shape';
import type { SampleRows } from './header-claims';

/** Rows read at most. */
const SAMPLE = 200;
/** Rows with both names filled it takes to say anything. */
const MIN_ROWS = 3;
const HAN = /\p{Script=Han}/u;

/**
 * Words a name carries beside who it is: a generation (Jr., III), a degree (PhD), and a household's
 * (The Nguyen Family).
 */
const BESIDE_NAME = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq', 'the', 'family', 'household']);

/** The words of a name that say who it is: no honorific, initial or joining word (Mr & Mrs K Jackson is Jackson). */
function nameWords(value: CellValue | undefined): string[] {
  return cellText(value)
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => (w.length > 1 || HAN.test(w)) && w !== 'and' && !isHonorific(w) && !BESIDE_NAME.has(w));
}

/** Two people in one name: Margaret & Robert Hughes, John and Mary Smith. */
const COUPLE = /\s(?:&|and|\+)\s/i;

/**
 * Whether every word of the value is a word of the person (a Han name may be split across 姓 and 名),
 * or the value names a couple the person is one of (Margaret & Robert Hughes for Margaret Hughes).
 */
function namesPerson(value: CellValue | undefined, person: readonly CellValue[]): boolean {
  const words = nameWords(value);
  const own = new Set(person.flatMap(nameWords));
  if (COUPLE.test(cellText(value)) && own.size > 1 && [...own].every((w) => words.includes(w))) return true;
  const joined = [
    person.map((v) => cellText(v)).join(''),
    [...person]
      .reverse()
      .map((v) => cellText(v))
      .join(''),
  ];
  return words.every((w) => own.has(w) || (HAN.test(w) && joined.some((j) => j.includes(w))));
}

/**
 * Share of the sampled rows, with both filled, whose value in `col` is not the person named in
 * `personCols`; null when too few rows have both.
 */
export function shareNamingOthers(rows: SampleRows, col: number, personCols: readonly number[]): number | null {
  let compared = 0;
  let others = 0;
  for (let r = 0; r < rows.length && r < SAMPLE; r++) {
    const row = rows[r];
    if (!row) continue;
    const value = row[col - 1];
    const person = personCols.map((c) => row[c - 1]).filter((v) => nameWords(v).length > 0);
    if (nameWords(value).length === 0 || person.length === 0) continue;
    compared++;
    if (!namesPerson(value, person)) others++;
  }
  return compared < MIN_ROWS ? null : others / compared;
}
