import { findDuplicates } from '../../shared/dedupe';
import { identicalGroups } from '../../shared/dedupe/identical';
import { buildRecords } from '../../shared/dedupe/records';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
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

describe('identicalGroups', () => {
  test('finds exactly the groups of rows equal on every column, in a list of thousands with copies and blanks', () => {
    const values: CellValue[][] = [['姓名', '手机', '城市', '备注']];
    const copies = new Map<number, number>();
    for (let k = 0; k < 3000; k++) {
      const person = k % 2300; // 700 people are typed two to four times
      copies.set(person, (copies.get(person) ?? 0) + 1);
      values.push([
        `客户${person}`,
        `139${String(10_000_000 + person * 37).slice(-8)}`,
        ['杭州', '上海', '北京'][person % 3]!,
        person % 5 === 0 ? null : '老客户',
      ]);
    }
    values.push([null, null, null, null], [null, null, null, null]);
    const snapshot = { name: '客户', values };
    const records = buildRecords(snapshot, {
      template: DEFAULT_TEMPLATE,
      mapping: mapHeaders(values[0]!, DEFAULT_TEMPLATE),
      keepUniform: true,
    });
    const groups = identicalGroups(values, records.rows, records.fields, new Set());
    const expected = [...copies].filter(([, count]) => count > 1).map(([person]) => person);
    expect(groups).toHaveLength(expected.length);
    for (const group of groups) {
      const rows = group.map((r) => values[records.rows[r]! - 1]!);
      for (const row of rows) expect(row).toEqual(rows[0]);
      expect(group).toEqual([...group].sort((a, b) => a - b));
    }
    expect(groups.map((g) => g[0]!)).toEqual([...groups.map((g) => g[0]!)].sort((a, b) => a - b));
    expect(groups.reduce((sum, g) => sum + g.length, 0)).toBe(3000 - (2300 - expected.length));
  });
});
