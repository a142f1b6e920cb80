/**
 * Legal forms of India, Singapore and Malaysia (Pvt Ltd, Private Limited, Pte Ltd, Sdn Bhd, OPC) are
 * set aside like Ltd and Inc: one company written both ways is one company.
 */
import { findDuplicates } from '../../shared/dedupe';
import { companyKey } from '../../shared/dedupe/compare/company';
import type { CellValue } from '../../shared/sheet/cell-value';

describe('companyKey with legal forms of India, Singapore and Malaysia', () => {
  test('reads Pvt Ltd and Private Limited as one legal form', () => {
    expect(companyKey('Krishnan Foods Private Limited')).toBe('krishnan food');
    expect(companyKey('Krishnan Foods Pvt Ltd')).toBe('krishnan food');
    expect(companyKey('Menon Exports Pvt. Ltd.')).toBe(companyKey('Menon Exports'));
    expect(companyKey('Kapoor Traders (OPC) Private Limited')).toBe(companyKey('Kapoor Traders Pvt Ltd'));
  });

  test('reads Pte Ltd, Sdn Bhd, Berhad and Public Limited Company as legal forms', () => {
    expect(companyKey('Lion City Logistics Pte. Ltd.')).toBe(companyKey('Lion City Logistics'));
    expect(companyKey('Mawar Textiles Sdn. Bhd.')).toBe(companyKey('Mawar Textiles'));
    expect(companyKey('Mawar Textiles Berhad')).toBe(companyKey('Mawar Textiles'));
    expect(companyKey('Severn Water Public Limited Company')).toBe(companyKey('Severn Water PLC'));
  });

  test('keeps Private where it is part of the name, not of the legal form', () => {
    expect(companyKey('Harbour Private Wealth Ltd')).toBe('harbour private wealth');
    expect(companyKey('Eyes Private')).toBe('eyes private');
    expect(companyKey('Private Limited')).not.toBe('');
  });
});

describe('findDuplicates explains a company written with Pvt Ltd and Private Limited', () => {
  // Pipedrive's person export: one contact entered twice, the organisation in two legal spellings.
  const values: CellValue[][] = [
    ['Person - ID', 'Person - Name', 'Person - Organization', 'Person - Email - Work', 'Person - Phone - Work'],
    ['101', 'Arjun Reddy', 'Reddy Textiles Pvt Ltd', 'arjun@reddytextiles.in', '+91 40 2345 6789'],
    ['106', 'Deepa Krishnan', 'Krishnan Foods Private Limited', 'deepa@krishnanfoods.co.in', '044 2811 2233'],
    ['107', 'Deepa K', 'Krishnan Foods Pvt Ltd', 'deepa@krishnanfoods.co.in', '044-28112233'],
    ['108', 'Vikram Singh', 'Singh Logistics', 'vikram@singhlogistics.in', '0124 456 7890'],
  ];

  test('says the organisation is the same once its legal form is set aside', () => {
    const cluster = findDuplicates({ name: 'pipedrive', values }).clusters.find((c) => c.rows.includes(3));
    expect(cluster?.rows).toEqual([3, 4]);
    const reason = cluster?.reasons.find((r) => r.column === 'Person - Organization');
    expect(reason?.level).toBe('suffix-removed');
    expect(reason?.message).toBe(
      'Person - Organization: same company once legal form and region are set aside (Krishnan Foods Private Limited = Krishnan Foods Pvt Ltd)',
    );
  });
});
