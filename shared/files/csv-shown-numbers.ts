/**
 * A CSV holds no number formats: a number whose format shows it as a code (800 under 0000 shows 0800,
 * 438111222 under 0000 000 000 shows 0438 111 222, an ABN in its groups) is written as the text its cell
 * shows, as Excel's own Save as CSV writes it, so the leading 0 a person saw is not lost. Any other number
 * (an amount under "$"#,##0.00) is written as stored.
 */
import { shownCodeText } from '../normalise/text-marker';
import type { CellValue } from '../sheet/cell-value';
import { cellKey } from '../sheet/snapshot';
import type { SheetContent } from './read-worksheet';

export function withShownNumbers(content: Pick<SheetContent, 'values' | 'columnFormats' | 'extras'>): CellValue[][] {
  const own = new Map<number, string>();
  for (const e of content.extras) if (e.format !== undefined) own.set(cellKey(e.row, e.col), e.format);
  if (own.size === 0 && content.columnFormats.every((f) => f === null)) return content.values;
  return content.values.map((row, r) => {
    let out: CellValue[] | undefined;
    row.forEach((value, c) => {
      if (typeof value !== 'number') return;
      const format = own.get(cellKey(r + 1, c + 1)) ?? content.columnFormats[c] ?? null;
      const shown = format === null ? undefined : shownCodeText(value, format);
      if (shown === undefined || shown === String(value)) return;
      (out ??= [...row])[c] = shown;
    });
    return out ?? row;
  });
}
