/**
 * Two people of one name born in other years: an Outlook export with two Sarah Johnsons, a CRM
 * list with two 王磊 at one company. Birth dates years apart that are no typo or swap of each
 * other say two people, unless something else personal agrees; a mistyped date still matches.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const sheet = (values: CellValue[][]) => ({ name: 'Contacts', values });
const clustersOf = (values: CellValue[][], reviewThreshold = 0.3) =>
  findDuplicates(sheet(values), { reviewThreshold }).clusters;
const together = (clusters: Cluster[], a: number, b: number) =>
  clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));
const mergedRows = (values: CellValue[][]) =>
  clustersOf(values)
    .filter((c) => c.band === 'merge')
    .map((c) => c.rows);

describe('findDuplicates on two people of one name with other birth years', () => {
  // Outlook's contact export: the same name, another e-mail, phones in other columns, born 12 years apart.
  const outlook: CellValue[][] = [
    ['First Name', 'Last Name', 'E-mail Address', 'Home Phone', 'Business Phone', 'Mobile Phone', 'Birthday'],
    ['Sarah', 'Johnson', 'sarah.johnson@contoso.com', null, '+1 (212) 555-0147', '+1 (917) 555-0123', '12/3/1980'],
    ['Sarah', 'Johnson', 'sjohnson1992@yahoo.com', '(512) 555-0166', null, null, '3/12/1992'],
    ['Kim', 'Nguyen', 'kim@adatum.com.au', null, '(03) 9123 4567', '0423 456 780', '0/0/00'],
  ];

  test('reviews, never merges, two Sarah Johnsons born in 1980 and 1992', () => {
    const pair = together(clustersOf(outlook), 2, 3);
    expect(pair?.band ?? 'none').not.toBe('merge');
    expect(pair ? pair.confidence : 0).toBeLessThanOrEqual(0.7);
  });

  test('does not merge them on a sheet of only their two rows either', () => {
    expect(mergedRows(outlook.slice(0, 3))).toEqual([]);
  });

  test('still merges one Sarah Johnson whose birth date was mistyped by a digit or had day and month swapped', () => {
    const values: CellValue[][] = [
      ...outlook,
      ['Sarah', 'Johnson', 'sarah.johnson@contoso.com', null, null, null, '12/3/1981'], // 5: row 2, year one digit off
      ['Sarah', 'Johnson', null, null, '+1 (212) 555-0147', null, '3/12/1980'], // 6: row 2, day and month swapped
    ];
    expect(mergedRows(values)).toContainEqual([2, 5, 6]);
  });

  test('still merges one person whose birth year is wrong when the e-mail agrees', () => {
    const values: CellValue[][] = [
      ...outlook,
      ['Sarah', 'Johnson', 'sarah.johnson@contoso.com', null, null, null, '12/3/1968'], // 5: row 2, a wrong year
    ];
    expect(mergedRows(values)).toContainEqual([2, 5]);
  });

  // A CRM list: two 王磊 at one company, one without a mobile, born 23 years apart.
  const crm: CellValue[][] = [
    ['姓名', '手机', '邮箱', '公司', '出生日期'],
    ['王磊', '13912345678', 'wanglei@lanhai.com', '杭州蓝海贸易有限公司', '1975-06-01'], // 2
    ['王磊', null, 'wl1998@163.com', '杭州蓝海贸易有限公司', '1998-11-20'], // 3: another 王磊
    ['李娜', '13511112222', 'lina@lanhai.com', '杭州蓝海贸易有限公司', '1988-02-14'],
    ['刘洋', '18622223333', 'liuyang@qq.com', '宁波恒通物流有限公司', '1990-07-07'],
    ['赵敏', '15033334444', 'zhaomin@126.com', '宁波恒通物流有限公司', '1985-03-30'],
  ];

  test('reviews, never merges, two 王磊 at one company born in 1975 and 1998', () => {
    const pair = together(clustersOf(crm), 2, 3);
    expect(pair?.band ?? 'none').not.toBe('merge');
    expect(pair ? pair.confidence : 0).toBeLessThanOrEqual(0.7);
  });

  test('does not join the two 王磊 through a third row without a birth date', () => {
    const values = [...crm, ['王磊', null, null, '杭州蓝海贸易有限公司', null]];
    expect(together(clustersOf(values), 2, 3)).toBeUndefined();
  });

  test('still merges one 王磊 whose own mobile agrees though a birth date is wrong', () => {
    const values = [...crm, ['王磊', '139 1234 5678', null, '蓝海贸易（杭州）有限公司', '1968-06-01']];
    expect(mergedRows(values)).toContainEqual([2, 7]);
  });

  // A family's address book: father and son of one name on the home line, no e-mails kept.
  const household: CellValue[][] = [
    ['Name', 'Home Phone', 'Date of Birth', 'Address'],
    ['Robert Miller', '(614) 555-0134', '1958-04-12', '12 Oak St, Columbus OH'], // 2
    ['Robert Miller', '614-555-0134', '1986-09-30', '12 Oak Street, Columbus OH'], // 3: his son
    ['Linda Park', '(614) 555-0188', '1962-01-05', '40 Elm St, Columbus OH'],
    ['James Carter', '(614) 555-0102', '1971-11-23', '7 Birch Ave, Columbus OH'],
  ];

  test('reviews, never merges, a father and son of one name on one home phone born a generation apart', () => {
    const pair = together(clustersOf(household), 2, 3);
    expect(pair?.band ?? 'none').not.toBe('merge');
  });

  test('still merges one Robert Miller whose birth year has two digits swapped (1958, 1985)', () => {
    const values = [
      ...household.slice(0, 2),
      ['Robert Miller', '614 555 0134', '1985-04-12', '12 Oak St'],
      ...household.slice(3),
    ];
    expect(mergedRows(values)).toContainEqual([2, 3]);
  });

  test('reviews two 王建国 born 1960 and 1988 on one 家庭电话, as in a 会员 list', () => {
    const values: CellValue[][] = [
      ['姓名', '家庭电话', '出生日期', '地址'],
      ['王建国', '0571-8888 1234', '1960-03-08', '杭州市西湖区文三路90号'],
      ['王建国', '057188881234', '1988-12-01', '杭州市西湖区文三路90号'],
      ['陈丽', '0571-8765 4321', '1975-07-19', '杭州市上城区解放路12号'],
      ['周强', '0571-8123 9876', '1982-05-27', '杭州市拱墅区湖墅南路8号'],
    ];
    expect(together(clustersOf(values), 2, 3)?.band ?? 'none').not.toBe('merge');
  });
});
