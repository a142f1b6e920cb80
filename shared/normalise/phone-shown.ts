/**
 * A phone a spreadsheet stored as a number under a format that shows its leading 0 or its groups (0438 111 222
 * kept as 438111222 under 0000 000 000, as Excel keeps a number typed into such a cell): the number is the
 * text the cell shows, as a code's is (text-marker.ts). Under General, or a format not rendered here, it
 * stays the number it is.
 */
import type { CellValue } from '../sheet/cell-value';
import { cellKey, type SheetSnapshot } from '../sheet/snapshot';
import type { HeaderMapping } from '../template/header-mapping';
import type { Template } from '../template/schema';
import { shownCodeText } from './text-marker';

export function shownPhone(value: CellValue | undefined, format: string | null | undefined): CellValue | undefined {
  if (typeof value !== 'number' || !format) return value;
  const shown = shownCodeText(value, format);
  return shown !== undefined && shown !== String(value) ? shown : value;
}

/**
 * How a sheet's phone cells read under their formats (a cell's own in `extras`, else its column's): a
 * number as the text its cell shows, anything else as it is. Undefined where no format says anything.
 */
export function shownPhoneReader(
  formats: Pick<SheetSnapshot, 'columnFormats' | 'extras'> | undefined,
  cols: readonly number[],
): ((value: CellValue | undefined, row: number, col: number) => CellValue | undefined) | undefined {
  if (!formats) return undefined;
  const own = new Map<number, string>();
  for (const e of formats.extras ?? [])
    if (e.format !== undefined && cols.includes(e.col)) own.set(cellKey(e.row, e.col), e.format);
  if (own.size === 0 && !cols.some((col) => formats.columnFormats?.[col - 1])) return undefined;
  return (value, row, col) =>
    typeof value === 'number'
      ? shownPhone(value, own.get(cellKey(row, col)) ?? formats.columnFormats?.[col - 1] ?? null)
      : value;
}

/**
 * The sheet with each phone column's numbers as the text their cells show (a field's column and the columns
 * holding more of one, 手机2 beside 手机), for a reader that takes values alone (export); the same snapshot
 * where no such cell differs.
 */
export function withShownPhones(
  snapshot: SheetSnapshot,
  mapping: Pick<HeaderMapping, 'columns'>,
  template: Pick<Template, 'fields'>,
): SheetSnapshot {
  const phones = new Set(template.fields.filter((f) => f.kind === 'phone').map((f) => f.key));
  const cols = mapping.columns
    .filter((c) => (c.field && phones.has(c.field)) || (c.secondOf && phones.has(c.secondOf)))
    .map((c) => c.col);
  const shown = shownPhoneReader(snapshot, cols);
  if (!shown) return snapshot;
  let values: CellValue[][] | undefined;
  for (let r = 1; r < snapshot.values.length; r++) {
    const row = snapshot.values[r]!;
    for (const col of cols) {
      const value = row[col - 1];
      const text = shown(value, r + 1, col);
      if (text === value) continue;
      values ??= [...snapshot.values];
      if (values[r] === row) values[r] = [...row];
      values[r]![col - 1] = text ?? null;
    }
  }
  return values ? { ...snapshot, values } : snapshot;
}
