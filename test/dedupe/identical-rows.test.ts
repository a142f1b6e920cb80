import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';
import { generateOrganisations } from '../../bench/dedupe/generate-organisations';

const sheet = (values: CellValue[][]) => ({ name: 'Sites', values });
const rowsOf = (values: CellValue[][]) => findDuplicates(sheet(values)).clusters.map((c) => c.rows);

describe('findDuplicates on identical rows', () => {
  test('groups three identical rows when they are alone in a file', () => {
    const lakeside: CellValue[] = ['Lakeside Family Center', '1200 W Lake St', null, '5551234'];
    const result = findDuplicates(sheet([['Name', 'Address', 'Zip', 'Phone'], lakeside, [...lakeside], [...lakeside]]));
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]).toMatchObject({ rows: [2, 3, 4], band: 'merge', confidence: 1 });
    expect(result.clusters[0]!.reasons.map((r) => [r.field, r.column])).toEqual(
      expect.arrayContaining([
        ['name', 'Name'],
        ['address', 'Address'],
        ['phone', 'Phone'],
      ]),
    );
    expect(result.clusters[0]!.reasons.every((r) => r.level === 'exact')).toBe(true);
  });

  test('groups identical Chinese rows that differ only in spacing and their row number (序号)', () => {
    const values: CellValue[][] = [
      ['序号', '姓名', '手机', '公司'],
      [1, '陈静', '13912345678', '杭州蓝海贸易有限公司'],
      [2, '陈 静', '139 1234 5678', '杭州蓝海贸易有限公司'],
      [3, '王强', '13698765432', '杭州蓝海贸易有限公司'],
    ];
    expect(rowsOf(values)).toEqual([[2, 3]]);
  });

  test('groups all eight copies of a row in a slice of nine rows, the first copy included', () => {
    const copy: CellValue[] = [
      'YMCA of Greater Springfield - Lakeside YMCA',
      '1200 W Lake St',
      'Springfield',
      '62701',
      '(217) 555-1234',
    ];
    const values: CellValue[][] = [
      ['Name', 'Address', 'City', 'Zip', 'Phone'],
      ...Array.from({ length: 8 }, () => [...copy]),
    ];
    values.splice(4, 0, ['Lincoln School', '45 Oak Ave', 'Springfield', '62702', '(217) 555-9876']);
    expect(rowsOf(values)).toEqual([[2, 3, 4, 6, 7, 8, 9, 10]]);
  });

  test('groups every set of identical rows in a multi-source list of organisation sites', () => {
    const list = generateOrganisations({ organisations: 150, seed: 7 });
    const groups = new Map<string, number[]>();
    list.values.slice(1).forEach((row, k) => {
      const key = JSON.stringify(row);
      groups.set(key, [...(groups.get(key) ?? []), k + 2]);
    });
    const identical = [...groups.values()].filter((g) => g.length > 1);
    expect(identical.length).toBeGreaterThan(3);
    const clusters = findDuplicates(sheet(list.values)).clusters;
    for (const rows of identical) {
      const cluster = clusters.find((c) => c.rows.includes(rows[0]!));
      expect(cluster?.band).toBe('merge');
      expect(cluster?.rows).toEqual(expect.arrayContaining(rows));
    }
  });
});
