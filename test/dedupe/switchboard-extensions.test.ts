/**
 * Colleagues share a switchboard and have their own extensions: (617) 555-0100 x12 and x15 are two
 * people's lines. One contact typed twice keeps the same extension.
 */
import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

describe('findDuplicates on numbers with extensions', () => {
  test('does not join Jane Doe to John Smith through one switchboard with other extensions', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone', 'Company'],
      ['John Smith', '(617) 555-0100 x12', 'Acme'],
      ['Jane Doe', '(617) 555-0100 x15', 'Acme'],
      ['John Smith', '617-555-0100 ext. 12', 'Acme Inc'],
      ['Bob Roe', '(212) 555-0199', 'Globex'],
    ];
    const clusters = findDuplicates({ name: 'Contacts', values }, { reviewThreshold: 0.3 }).clusters;
    expect(clusters.map((c) => c.rows)).toEqual([[2, 4]]);
  });

  test('says why two rows at one switchboard are two lines', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone', 'Email'],
      ['John Smith', '(617) 555-0100 x12', 'john@acme.com'],
      ['John Smith', '(617) 555-0100 x15', 'john@acme.com'],
      ['Bob Roe', '(212) 555-0199', 'bob@globex.com'],
    ];
    const phone = findDuplicates({ name: 'Contacts', values }).clusters[0]!.reasons.find((r) => r.column === 'Phone');
    expect(phone?.message).toContain('one switchboard, other extensions');
  });
});
