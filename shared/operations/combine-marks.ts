/**
 * "Not the same customer" marks saved in the lists, carried into the combined list. A mark names
 * rows by keys built from its own sheet's columns (dedupe/not-same.ts), and the combined sheet has
 * other columns, so each marked row is found in its list and named again as the combined list names it.
 */
import { addNotSame, NOT_SAME_META, readNotSame, rowMarkKeys } from '../dedupe';
import type { CombinedList, ListSource } from './combine-lists';

/** The combined list's `dedupe.notSame` value, or undefined when no list holds a mark. */
export function carryNotSame(sources: readonly ListSource[], list: CombinedList): string | undefined {
  let combinedKeys: string[] | undefined;
  const meta: Record<string, string> = {};
  sources.forEach((source, index) => {
    const marks = readNotSame(source.snapshot.meta);
    if (marks.length === 0) return;
    const keys = rowMarkKeys(source.snapshot, list.lists[index]!.mapping, list.template);
    const rowsOf = new Map<string, number[]>();
    keys.forEach((key, row) => {
      if (key !== '') rowsOf.set(key, [...(rowsOf.get(key) ?? []), row]);
    });
    const combinedRow = new Map<number, number>();
    list.originList.forEach((l, i) => {
      if (l === index) combinedRow.set(list.originRow[i]!, i + 2);
    });
    combinedKeys ??= rowMarkKeys(list.snapshot, list.mapping, list.template);
    const named = combinedKeys;
    for (const mark of marks) {
      const rowKeys = mark.flatMap((k) => (rowsOf.get(k) ?? []).map((row) => named[combinedRow.get(row) ?? 0] ?? ''));
      meta[NOT_SAME_META] = addNotSame(meta, rowKeys);
    }
  });
  return meta[NOT_SAME_META];
}
