/**
 * A whole-name column beside the name's parts (Zoho's Full Name, Google's Name beside Given Name and
 * Family Name). The parts fill the CRM's First and Last Name; the whole name fills only a row whose
 * parts are blank. It is written again, under its own header, only where some row's whole name holds
 * a word the row has nowhere else (a nickname typed only there), so nothing is lost and nothing doubled.
 */
import { cellText, type CellValue } from '../sheet/cell-value';

export interface NameColumns {
  whole: number;
  given?: number;
  family?: number;
}

const WORD_BREAK = /[\s,;:/]+/;
const EDGE_MARKS = /^[("'“‘«]+|[)"'”’».]+$/g;

const fold = (text: string) => text.normalize('NFKC').toLowerCase();

function words(text: string): string[] {
  return fold(text)
    .split(WORD_BREAK)
    .map((word) => word.replace(EDGE_MARKS, ''))
    .filter((word) => word !== '');
}

const textOf = (row: readonly CellValue[], col: number | undefined) =>
  col === undefined ? '' : cellText(row[col - 1] ?? null).trim();

/** Whether a row's whole name holds a word that neither its parts nor its other cells hold. */
export function wholeNameAdds(row: readonly CellValue[], columns: NameColumns): boolean {
  const whole = textOf(row, columns.whole);
  const given = textOf(row, columns.given);
  const family = textOf(row, columns.family);
  if (whole === '' || (given === '' && family === '')) return false;
  const compact = fold(whole).replace(/\s+/g, '');
  // Han names are written without a space: 张伟 is 张 and 伟.
  if (compact === fold(family + given) || compact === fold(given + family)) return false;
  const kept = new Set<string>();
  for (let c = 0; c < row.length; c++)
    if (c !== columns.whole - 1) for (const word of words(textOf(row, c + 1))) kept.add(word);
  return words(whole).some((word) => !kept.has(word));
}

/** Whether some row's parts are blank and its whole name is not: the whole name fills it. */
export function wholeNameFills(values: readonly (readonly CellValue[])[], columns: NameColumns): boolean {
  for (let i = 1; i < values.length; i++) {
    const row = values[i] ?? [];
    if (textOf(row, columns.whole) !== '' && textOf(row, columns.given) === '' && textOf(row, columns.family) === '')
      return true;
  }
  return false;
}

/** Whether some row's whole name holds a word the row has nowhere else: then the column is kept too. */
export function wholeNameKept(values: readonly (readonly CellValue[])[], columns: NameColumns): boolean {
  for (let i = 1; i < values.length; i++) if (wholeNameAdds(values[i] ?? [], columns)) return true;
  return false;
}
