/**
 * Combining text cells: the first non-empty value is kept as written and every value not already
 * in it is appended with a delimiter ("; " for text, ", " for tags). A value counts as present when
 * its folded form, or each of its parts, is already there, so merging twice adds nothing.
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';

export interface CombineStyle {
  delimiter: string;
  /** Splits a cell into the parts compared for presence. */
  parts: RegExp;
  /** Append the new parts one by one (tags) instead of the whole new value (text). */
  appendParts: boolean;
  /** `row`: the row the text came from (a phone is read with its row's country); none for notes added. */
  key: (text: string, row?: readonly CellValue[]) => string;
}

export const TEXT_PARTS = /[;；\r\n]+/;
export const TAG_PARTS = /[,，;；、|\r\n]+/;

function split(text: string, style: CombineStyle): string[] {
  return text
    .split(style.parts)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/**
 * `values` in order of preference, `rows` the rows they came from; `extra` texts (e.g. "Other phone: …")
 * are appended the same way.
 */
export function combineValues(
  values: readonly CellValue[],
  style: CombineStyle,
  extra: readonly string[] = [],
  rows: readonly (readonly CellValue[] | undefined)[] = [],
): CellValue {
  const candidates: { value: CellValue; row?: readonly CellValue[] | undefined }[] = [
    ...values.flatMap((value, k) => (isBlank(value) ? [] : [{ value, row: rows[k] }])),
    ...extra.filter((t) => t.trim() !== '').map((value) => ({ value })),
  ];
  if (candidates.length === 0) return values[0] ?? null;
  const base = candidates[0]!;
  const seen = new Set<string>();
  const remember = (text: string, row?: readonly CellValue[]) => {
    seen.add(style.key(text, row));
    for (const part of split(text, style)) seen.add(style.key(part, row));
  };
  remember(cellText(base.value), base.row);
  const added: string[] = [];
  for (const { value, row } of candidates.slice(1)) {
    const text = cellText(value).trim();
    const parts = split(text, style);
    if (seen.has(style.key(text, row)) || parts.every((p) => seen.has(style.key(p, row)))) continue;
    if (style.appendParts) {
      for (const part of parts) {
        if (seen.has(style.key(part, row))) continue;
        added.push(part);
        seen.add(style.key(part, row));
      }
    } else {
      added.push(text);
      remember(text, row);
    }
  }
  if (added.length === 0) return base.value;
  const head = cellText(base.value).trim();
  return [head, ...added].join(style.delimiter);
}
