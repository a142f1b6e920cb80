/**
 * A name's generation in a column of its own (Outlook's and Google's Suffix: Jr., Sr., III): the
 * same spellings as in a name (person-name-forms.ts). Another generation is another person of the
 * family line; other suffixes (PhD, MD) say nothing of who a row is.
 */
import type { CellValue } from '../../sheet/cell-value';
import { cellString, foldText } from '../../normalise';
import type { SheetSnapshot } from '../../sheet/snapshot';
import type { MatchRecords } from '../records';
import type { Reason } from '../types';
import type { Comparator } from './comparator';
import { GENERATIONS } from './person-name-forms';

/** Jr. → jr, Junior → jr, 3rd → iii; null when the cell names no generation. */
export function generationKey(value: CellValue): string | null {
  const raw = cellString(value);
  if (raw === null) return null;
  const words = foldText(raw)
    .toLowerCase()
    .split(/[\s.,]+/);
  for (const word of words) {
    const generation = GENERATIONS.get(word);
    if (generation) return generation;
  }
  return null;
}

export function generationComparator(): Comparator<string> {
  return {
    name: 'generation',
    termFrequency: false,
    levels: [
      { label: 'exact', m: 0.95, u: 0.3 },
      { label: 'different', m: 0.05, u: 1 },
    ],
    key: generationKey,
    prepare: (key) => key,
    compare: () => 1,
    explain: (level) =>
      level === 0 ? { similarity: 1, phrase: 'same generation' } : { similarity: 0, phrase: 'another generation' },
  };
}

/**
 * A group whose rows name a generation in a Suffix column on some rows and leave it blank on others
 * (Jr. beside nothing): a reason of its own, as the comparison of a blank says nothing. Alone it is
 * weak evidence of another generation; it holds a pair for review only when no e-mail and own phone agree.
 */
export function oneSideOnlyReasons(
  snapshot: SheetSnapshot,
  records: MatchRecords,
  members: readonly number[],
): Reason[] {
  return records.fields.flatMap((field) => {
    if (field.role !== 'generation') return [];
    const given = members.filter((m) => field.ids[m]! >= 0);
    if (given.length === 0 || given.length === members.length) return [];
    const typed = given.map((m) => cellString(snapshot.values[records.rows[m]! - 1]?.[field.col - 1] ?? null) ?? '');
    const shown = [...new Set(typed.map((t) => t.trim()))].join(', ');
    const where = given.length === 1 ? 'on one row only' : 'on some rows only';
    return [
      {
        field: field.key,
        column: field.column,
        level: 'one-side-only' as const,
        similarity: 0,
        message: `${field.column}: ${where} (${shown})`,
      },
    ];
  });
}
