import { MERGE_LABELS } from '../../shared/merge/labels';
import { LOCALES } from '../../shared/i18n/locale';

describe('merge labels', () => {
  test('every language has every message and the same number of archive and log columns', () => {
    const [first, ...rest] = LOCALES.map((locale) => MERGE_LABELS[locale]);
    for (const labels of rest) {
      expect(Object.keys(labels.messages).sort()).toEqual(Object.keys(first!.messages).sort());
      expect(labels.archiveColumns).toHaveLength(first!.archiveColumns.length);
      expect(labels.logColumns).toHaveLength(first!.logColumns.length);
    }
  });

  test.each(LOCALES)('%s messages fill in their parameters', (locale) => {
    for (const message of Object.values(MERGE_LABELS[locale].messages)) {
      const text = message({
        cluster: 3,
        row: 7,
        field: 'phone',
        detail: 'D',
        values: '1.5万',
        mergeId: 'M-20240601-1',
      });
      expect(text).not.toMatch(/undefined/);
    }
  });

  test('archive and log sheets have different names in each language', () => {
    const names = LOCALES.flatMap((l) => [MERGE_LABELS[l].archiveSheet, MERGE_LABELS[l].logSheet]);
    expect(new Set(names).size).toBe(names.length);
  });
});
