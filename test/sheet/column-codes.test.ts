import { columnCodesOf, ColumnCoder } from '../../shared/sheet/column-codes';
import { parseCsv } from '../../shared/files/parse-csv';
import { snapshotFromCsvRows } from '../../shared/files/csv-sheet';
import { openSpreadsheet } from '../../shared/files/open-spreadsheet';
import { defaultReadLimits } from '../../shared/files/read-limits';
import { buildRecords } from '../../shared/dedupe/records';
import { findDuplicates } from '../../shared/dedupe';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, sampleRows } from '../../shared/template/header-mapping';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { applyPlanToCsvWorkbook, csvWorkbook } from '../../shared/files/csv-workbook';
import { emptyPlan } from '../../shared/plan/plan';
import { checkSheet } from '../../shared/check/check-sheet';

const encode = (lines: string[]) => new TextEncoder().encode(lines.join('\r\n') + '\r\n');

/** A 门店 member list the way shops keep one: repeated stores and owners, blanks, a customer typed twice. */
const MEMBERS = [
  '会员编号,姓名,手机,门店,跟进人,城市,备注',
  'M001,张伟,13800138000,南山店,李娜,深圳,',
  'M002,王芳,13912345678,福田店,李娜,深圳,老客户',
  'M003,张伟,138 0013 8000,南山店,陈静,深圳,',
  'M004,刘洋,,南山店,,深圳,  ',
  'M005,王芳,13912345678,福田店,李娜,深圳,老客户',
  'M006,赵敏,13700001111,罗湖店,陈静,,',
  'M007,,13700001111,罗湖店,陈静,深圳,转介绍',
];

/** A copy of a snapshot's values: the same cells, read cell by cell (no codes go with a copy). */
function uncoded(snapshot: SheetSnapshot): SheetSnapshot {
  return { ...snapshot, values: snapshot.values.map((row) => [...row]) };
}

describe('a CSV read codes its columns', () => {
  test('every cell is its column’s distinct value of its code, empty cells -1, repeats one string', () => {
    const parsed = parseCsv(encode(MEMBERS), '会员.csv');
    const snapshot = snapshotFromCsvRows(parsed.rows, '会员', parsed.codes);
    const codes = columnCodesOf(snapshot.values)!;
    expect(codes).toBe(parsed.codes);
    snapshot.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const code = codes.codes[c]![r]!;
        if (value === null) expect(code).toBe(-1);
        else expect(codes.distinct[c]![code]).toBe(value);
      }),
    );
    expect(codes.distinct[3]).toEqual(['门店', '南山店', '福田店', '罗湖店']);
    // Two cells of 南山店 hold the one string the column keeps.
    expect(Object.is(snapshot.values[1]![3], snapshot.values[3]![3])).toBe(true);
    expect(codes.codes[6]![4]).toBe(codes.distinct[6]!.indexOf('  ')); // whitespace is a value as typed
  });

  test('a ragged row leaves its missing fields empty, and a column first filled late is empty above', () => {
    const parsed = parseCsv(encode(['Name,Email', 'Ann', 'Bob,bob@example.com,VIP']), 'ragged.csv');
    expect(parsed.codes.codes[1]![1]).toBe(-1);
    // The last row is the blank line after the file's last line break.
    expect(Array.from(parsed.codes.codes[2]!)).toEqual([-1, -1, 0, -1]);
    expect(parsed.codes.distinct[2]).toEqual(['VIP']);
  });

  test('grows past its first thousand rows and lets go of a column whose values hardly repeat', () => {
    const coder = new ColumnCoder();
    const rows: string[][] = [];
    for (let i = 0; i < 6000; i++) {
      const row = [`C${String(i).padStart(6, '0')}`, i % 3 ? '杭州' : '上海', i % 2 ? '' : `客户${i % 10}`];
      rows.push(row);
      coder.add(row);
    }
    const { codes, distinct } = coder.finish();
    expect(codes[0]).toBeUndefined(); // customer IDs: one per row
    expect(codes[1]).toHaveLength(6000);
    expect(distinct[1]).toEqual(['上海', '杭州']);
    expect(codes[1]![5999]).toBe(distinct[1]!.indexOf(rows[5999]![1]!));
    expect(codes[2]![5999]).toBe(-1);
    expect(distinct[2]![codes[2]![5998]!]).toBe('客户8');
    expect(rows[5999]![0]).toBe('C005999'); // an uncoded column keeps every value as typed
  });

  test('rows a plan changes in place lose their codes, so a later check reads the cells as they are now', () => {
    const parsed = parseCsv(encode(MEMBERS), '会员.csv');
    const snapshot = snapshotFromCsvRows(parsed.rows, '会员', parsed.codes);
    // 南山店's number, typed well in row 2, is rewritten in place as no phone at all.
    const plan = { ...emptyPlan('会员'), edits: [{ row: 2, col: 3, before: '13800138000', after: '12345' }] };
    applyPlanToCsvWorkbook(csvWorkbook(snapshot), plan, 'csv');
    expect(snapshot.values[1]![2]).toBe('12345');
    expect(columnCodesOf(snapshot.values)).toBeUndefined();
    const issues = checkSheet(snapshot).issues.filter((i) => i.row === 2 && i.column === '手机');
    expect(issues).toHaveLength(1);
  });

  test('a snapshot whose values were replaced carries no codes', () => {
    const parsed = parseCsv(encode(MEMBERS), '会员.csv');
    const snapshot = snapshotFromCsvRows(parsed.rows, '会员', parsed.codes);
    expect(columnCodesOf(uncoded(snapshot).values)).toBeUndefined();
  });
});

describe('matching reads coded columns as it reads cells', () => {
  test('the records and groups of a coded CSV are those of the same cells read one by one', async () => {
    const bytes = encode(MEMBERS);
    const opened = await openSpreadsheet(bytes, '会员.csv', {
      limits: defaultReadLimits(4 * 1024 ** 3),
      template: DEFAULT_TEMPLATE,
      snapshotOnly: true,
    });
    expect(columnCodesOf(opened.snapshot.values)).toBeDefined();
    const mapping = mapHeaders(opened.snapshot.values[0]!, DEFAULT_TEMPLATE, {}, sampleRows(opened.snapshot.values));
    const options = { template: DEFAULT_TEMPLATE, mapping };
    const coded = buildRecords(opened.snapshot, options);
    const plain = buildRecords(uncoded(opened.snapshot), options);
    expect(coded.fields.map((f) => [f.column, f.role, f.keys, Array.from(f.ids), Array.from(f.counts)])).toEqual(
      plain.fields.map((f) => [f.column, f.role, f.keys, Array.from(f.ids), Array.from(f.counts)]),
    );
    const groups = findDuplicates(opened.snapshot).clusters.map((c) => c.rows);
    expect(groups).toEqual(findDuplicates(uncoded(opened.snapshot)).clusters.map((c) => c.rows));
    // 张伟's number typed two ways, and 王芳's row entered twice.
    expect(groups).toEqual(
      expect.arrayContaining([
        [2, 4],
        [3, 6],
      ]),
    );
  });
});
