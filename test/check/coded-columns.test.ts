import { parseCsv } from '../../shared/files/parse-csv';
import { snapshotFromCsvRows } from '../../shared/files/csv-sheet';
import { columnCodesOf } from '../../shared/sheet/column-codes';
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';

/** A read of CSV lines as the command line reads them: its columns coded. */
function read(lines: string[], name: string): SheetSnapshot {
  const parsed = parseCsv(new TextEncoder().encode(lines.join('\r\n')), `${name}.csv`);
  const snapshot = snapshotFromCsvRows(parsed.rows, name, parsed.codes);
  expect(columnCodesOf(snapshot.values)).toBeDefined();
  return snapshot;
}

/** The same cells with no codes: read one by one. */
const uncoded = (snapshot: SheetSnapshot): SheetSnapshot => ({
  ...snapshot,
  values: snapshot.values.map((row) => [...row]),
});

describe('check reads a coded CSV as it reads its cells', () => {
  test('a branch ledger with repeated stages, 台北 and 杭州 rows and bad values: the same issues and the same clean', () => {
    const snapshot = read(
      [
        '客户名称,联系人,手机,地区,客户等级,跟进状态,最近联系',
        '杭州云栖科技有限公司,张伟,13800138000,杭州,A,跟进中,2024/3/5',
        '台北宏達貿易,林志明,0912-345-678,台北,B,跟進中,113/3/5',
        '杭州云栖科技有限公司,王芳,138-0013-8001,杭州,a级,跟进中,24/3/5',
        '上海东方物流,,1380013800,上海,C,已成交,2024-13-01',
        '台北宏達貿易,陳美玲,0912345679,台北,B,跟進中,113/3/5',
        '杭州云栖科技有限公司,李娜,13800138002,杭州,A,跟进中,2024/3/5',
        '北京远景咨询,赵敏,,,D,暂停,2024/3/6',
      ],
      '客户台账',
    );
    const options = { now: new Date('2024-06-01T00:00:00Z') };
    const coded = checkSheet(snapshot, options);
    const plain = checkSheet(uncoded(snapshot), options);
    expect(coded.issues).toEqual(plain.issues);
    expect(coded.issues.length).toBeGreaterThan(3);
    // The 台北 rows' 民國 dates and the 杭州 rows' dates are read each in their own calendar, once per value.
    expect(coded.issues.filter((i) => i.row === 3 || i.row === 6)).toEqual(
      plain.issues.filter((i) => i.row === 3 || i.row === 6),
    );
    expect(planClean(snapshot, options).plan).toEqual(planClean(uncoded(snapshot), options).plan);
  });

  test('an English list whose tiers and owners repeat down many rows', () => {
    const lines = ['Name,Email,Phone,Tier,Owner,Country'];
    for (let i = 0; i < 300; i++)
      lines.push(
        [
          `Customer ${i % 120}`,
          i % 7 ? `c${i}@example.com` : `c${i}@example`,
          i % 5 ? `(415) 555-${String(1000 + i).slice(-4)}` : '555-01',
          ['gold', 'Silver', 'BRONZE', 'platinum?'][i % 4],
          ['Ann', 'Bob', 'ann '][i % 3],
          i % 2 ? 'US' : 'United States',
        ].join(','),
      );
    const snapshot = read(lines, 'Customers');
    expect(checkSheet(snapshot).issues).toEqual(checkSheet(uncoded(snapshot)).issues);
  });
});
