/**
 * What a command says of a CSV's fields read as typed because of their quotes (`"北京市"朝阳区`:
 * split-csv-lenient.ts): each one's row, column and value, so the user can check that the quotes
 * belong there. Nothing was lost; the value is the whole field with its quotes.
 */
import type { Locale } from '../i18n/locale';
import type { CellValue } from '../sheet/cell-value';
import type { StrayQuote } from './split-csv-lenient';

const SHOWN = 5;

/** The note for `quotes`, headers taken from row `headerRow` of `values`; '' when there are none. */
export function strayQuotesNote(
  locale: Locale,
  quotes: readonly StrayQuote[] | undefined,
  values: readonly (readonly CellValue[])[],
  headerRow = 1,
): string {
  if (!quotes || quotes.length === 0) return '';
  const header = values[headerRow - 1] ?? [];
  const shown = quotes.slice(0, SHOWN).map(({ row, col }) => {
    const name = String(header[col - 1] ?? '').trim();
    const value = String(values[row - 1]?.[col - 1] ?? '');
    return { row, name, value };
  });
  const more = quotes.length - shown.length;
  if (locale === 'zh-CN') {
    const list = shown.map((q) => `第 ${q.row} 行${q.name ? `“${q.name}”列` : ''}（${q.value}）`).join('、');
    return `${list}${more > 0 ? ` 等 ${quotes.length} 处` : ''}的引号只括住了值的一部分：已按原样读取，引号保留，请核对。`;
  }
  const list = shown.map((q) => `row ${q.row}${q.name ? `, ${q.name}` : ''} (${q.value})`).join('; ');
  const where =
    quotes.length === 1
      ? `A quote closes before the end of its value in ${list}`
      : `Quotes close before the end of their values in ${list}${more > 0 ? ` and ${more} more` : ''}`;
  return `${where}: read as typed, quotes kept; please check.`;
}
