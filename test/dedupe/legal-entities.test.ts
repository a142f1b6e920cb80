/**
 * Companies whose legal IDs (统一社会信用代码, 税号, Company Registration No., VAT Number) both
 * exist and clearly differ are two legal entities: sister companies of one group share a contact,
 * a phone and an address, and are never merged. A legal ID mistyped by one character still matches.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const sheet = (values: CellValue[][]) => ({ name: '客户', values });
const clustersOf = (values: CellValue[][], reviewThreshold = 0.3) =>
  findDuplicates(sheet(values), { reviewThreshold }).clusters;
const together = (clusters: Cluster[], a: number, b: number) =>
  clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));
const mergedRows = (values: CellValue[][]) =>
  clustersOf(values)
    .filter((c) => c.band === 'merge')
    .map((c) => c.rows);

describe('findDuplicates on companies with other legal IDs', () => {
  // A 金蝶-style customer archive: two subsidiaries of one port group at one office, one contact.
  const ningbo: CellValue[][] = [
    ['客户名称', '统一社会信用代码', '联系人', '联系电话', '地址'],
    ['宁波港联物流有限公司', '913302007204567890', '陈静', '0574-87301234', '宁波市鄞州区江东北路1号'], // 2
    ['宁波港联供应链管理有限公司', '91330212MA2CDE1234', '陈静', '0574-87301234', '宁波市鄞州区江东北路1号'], // 3
    ['南京金陵饭店股份有限公司', '91320000134789023K', '马骏', '025-84711888', '南京市鼓楼区汉中路2号'],
  ];

  test('does not pair two sister companies whose names and 统一社会信用代码 differ', () => {
    expect(together(clustersOf(ningbo), 2, 3)).toBeUndefined();
  });

  test('reviews, never merges, two rows of one company name under two 税号', () => {
    const values: CellValue[][] = [
      ['客户名称', '税号', '联系人', '联系电话', '地址'],
      ['宁波港联物流有限公司', '913302007204567890', '陈静', '0574-87301234', '宁波市鄞州区江东北路1号'],
      ['宁波港联物流有限公司', '913302127204561234', '陈静', '0574-87301234', '宁波市鄞州区江东北路1号'],
      ['南京金陵饭店股份有限公司', '913200001347890231', '马骏', '025-84711888', '南京市鼓楼区汉中路2号'],
    ];
    const pair = together(clustersOf(values), 2, 3);
    expect(pair?.band ?? 'none').not.toBe('merge');
    expect(pair ? pair.confidence : 0).toBeLessThanOrEqual(0.7);
  });

  test('still merges one company whose 统一社会信用代码 was mistyped by one character', () => {
    const values = [
      ...ningbo,
      ['宁波港联物流有限公司', '913302007204567809', '陈静', '0574 8730 1234', '宁波市鄞州区江东北路1号'], // 5: row 2
    ];
    expect(mergedRows(values)).toContainEqual([2, 5]);
  });

  test('does not join the sister companies through a row without a legal ID', () => {
    const values = [...ningbo, ['宁波港联物流有限公司', null, '陈静', '0574-87301234', '宁波市鄞州区江东北路1号']];
    expect(together(clustersOf(values), 2, 3)).toBeUndefined();
  });

  test('does not merge two UK companies at one address whose Company Registration No. and VAT Number differ', () => {
    const values: CellValue[][] = [
      ['Company Name', 'Company Registration No.', 'VAT Number', 'Contact Name', 'Phone', 'Address'],
      [
        'Acme Logistics Ltd',
        '08123456',
        'GB 123 4567 89',
        'Helen Carter',
        '020 7946 0018',
        '12 Dock Road, London E16 1AA',
      ],
      [
        'Acme Supply Chain Ltd',
        '09876543',
        'GB 987 6543 21',
        'Helen Carter',
        '020 7946 0018',
        '12 Dock Road, London E16 1AA',
      ],
      [
        'Brightwater Foods plc',
        '01234567',
        'GB 555 1234 56',
        'Tom Reid',
        '0161 496 0123',
        '4 Mill Lane, Manchester M1 2AB',
      ],
    ];
    expect(together(clustersOf(values), 2, 3)).toBeUndefined();
  });
});
