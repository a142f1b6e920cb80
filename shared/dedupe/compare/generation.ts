/**
 * A name's generation in a column of its own (Outlook's and Google's Suffix: Jr., Sr., III): the
 * same spellings as in a name (person-name-forms.ts). Another generation is another person of the
 * family line; other suffixes (PhD, MD) say nothing of who a row is.
 */
import type { CellValue } from '../../sheet/cell-value';
import { cellString, foldText } from '../../normalise';
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
