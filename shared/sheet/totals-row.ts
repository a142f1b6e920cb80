/**
 * A totals row under a list (合计 … 269,000, Total … 1,250): a label and numbers only. It sums
 * customers and is none: check, clean, IDs, duplicates, insights and exports leave it as it is.
 */
import { isBlank, type CellValue } from './cell-value';

const TOTAL_LABEL = /^(?:合计|总计|小计|共计|总合计|汇总|total|totals|grand total|subtotal|sum)\s*[:：]?$/i;
/** A number as a totals row shows it: 269,000 / ¥1,250.50 / 12.5% / -3. */
const NUMBER_TEXT = /^[-+]?[¥$€£]?\s*[\d,，]*\.?\d+\s*%?$/;

export function isTotalsRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return false;
  let labelled = false;
  for (const value of row) {
    if (isBlank(value)) continue;
    if (!labelled) {
      if (typeof value !== 'string' || !TOTAL_LABEL.test(value.trim())) return false;
      labelled = true;
    } else if (typeof value !== 'number' && !(typeof value === 'string' && NUMBER_TEXT.test(value.trim()))) {
      return false;
    }
  }
  return labelled;
}
