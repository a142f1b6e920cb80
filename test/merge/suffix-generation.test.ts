/**
 * A Suffix column (Outlook's Suffix: Jr., Sr., III) names a row's generation. Merging rows the user
 * put together never gives the survivor another row's Jr.: José Luis Martínez, the president, does
 * not become José Luis Martínez Jr. The other row's suffix is noted, and kept in the archive.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { OUTLOOK_CONTACTS } from '../dedupe/english-contact-exports';
import { mergeAndApply, optionsFor, sheet } from './fixtures';
import type { Locale } from '../../shared/i18n/locale';

function mergeMartinez(master: number, locale: Locale) {
  const snapshot = sheet(
    'Contacts',
    OUTLOOK_CONTACTS.map((row) => [...row] as CellValue[]),
  );
  return mergeAndApply(snapshot, [{ rows: [6, 7] }], optionsFor(snapshot, locale, { masters: { 0: master } }));
}

describe('merge with a Suffix column', () => {
  test.each<[Locale, string]>([
    ['en-US', 'Other suffix: Jr.'],
    ['zh-CN', '其他Suffix：Jr.'],
  ])(
    '[%s] the President (no suffix) stays without one when José Martínez Jr. is merged into his row',
    (locale, note) => {
      const { rowAt, result } = mergeMartinez(6, locale);
      expect(rowAt(6)['First Name']).toBe('José');
      expect(rowAt(6)['Middle Name']).toBe('Luis');
      expect(rowAt(6)['Suffix']).toBe('');
      // Jr. is not lost: the other row's suffix is in the notes.
      expect(String(rowAt(6)['Notes']).split('; ')).toContain(note);
      const edits = result.plan.edits ?? [];
      expect(edits.some((e) => e.row === 6 && e.col === OUTLOOK_CONTACTS[0]!.indexOf('Suffix') + 1)).toBe(false);
    },
  );

  test('a survivor with Jr. keeps its own suffix', () => {
    const { rowAt } = mergeMartinez(7, 'en-US');
    // Row 6 moves out, so the survivor (row 7) is row 6 afterwards.
    expect(rowAt(6)['Suffix']).toBe('Jr.');
  });
});
