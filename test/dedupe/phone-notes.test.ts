/**
 * A phone cell with a note after the number (416-555-0143 (call after 5pm), 13800138000（晚上8点后打）):
 * check reads the number and the note apart (phone.withNote); so must dedupe, or the note's digits
 * (the 5 of 5pm) count as the number's and one number reads as two a digit apart.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const clustersOf = (values: CellValue[][]) =>
  findDuplicates({ name: 'Customers', values }, { reviewThreshold: 0.3 }).clusters;
const together = (clusters: Cluster[], a: number, b: number) =>
  clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));
const reasonOf = (cluster: Cluster | undefined, column: string) => cluster?.reasons.find((r) => r.column === column);

describe('findDuplicates on a phone with a note after it', () => {
  test('416-555-0143 (call after 5pm) and (416) 555-0143 are the same number (en)', () => {
    // A list kept by hand for shops in Canada and Australia.
    const values: CellValue[][] = [
      ['Business', 'Contact', 'Phone', 'Email', 'Address', 'Last Order', 'Notes'],
      [
        'Maple Leaf Hardware',
        'Greg Wilson',
        '416-555-0143 (call after 5pm)',
        'greg@mapleleafhw.ca',
        '120 King St W, Toronto, ON M5H 1J9, Canada',
        '03/04/2025',
        'pays net 30',
      ], // 2
      [
        'Maple Leaf Hardware Ltd.',
        'G. Wilson',
        '(416) 555-0143',
        'GREG@MAPLELEAFHW.CA',
        '120 King St. West, Toronto ON M5H1J9',
        '4 Mar 2025',
        'same as above',
      ], // 3
      [
        'Maple Leaf Hardwood',
        'Gary Wilson',
        '604-555-0177',
        'gary@mapleleafhardwood.com',
        '55 Granville St, Vancouver, BC V6C 1T2',
        '2025-02-11',
        'different company',
      ], // 4
      [
        'Kangaroo Coffee Co',
        'Sheila Ng',
        '(02) 9876 5432',
        'sheila@kangaroocoffee.com.au',
        '12 George St, Sydney NSW 2000, Australia',
        '12/11/2024',
        null,
      ],
      ["Smith's Bakery", 'Ann Smith', '555-0100', 'ann@smithsbakery.com', '45 Main St, Springfield', 'yesterday', null],
    ];
    const reason = reasonOf(together(clustersOf(values), 2, 3), 'Phone');
    expect(reason?.level).toBe('exact');
    expect(reason?.message).toBe('Phone: same number (416-555-0143 (call after 5pm) = (416) 555-0143)');
  });

  test('the three-column copy says the same', () => {
    const values: CellValue[][] = [
      ['Contact', 'Phone', 'Email'],
      ['Greg Wilson', '416-555-0143 (call after 5pm)', 'greg@a.ca'],
      ['G. Wilson', '(416) 555-0143', 'greg2@b.ca'],
    ];
    expect(reasonOf(together(clustersOf(values), 2, 3), 'Phone')?.message).toMatch(/^Phone: same number/);
  });

  test('13800138000（晚上8点后打） and 138 0013 8000 are the same number (zh)', () => {
    const values: CellValue[][] = [
      ['姓名', '手机', '地址'],
      ['刘强', '13800138000（晚上8点后打）', '杭州市西湖区文三路90号'], // 2
      ['刘强', '138 0013 8000', '杭州市西湖区文三路90号'], // 3
      ['王芳', '13912345678', '上海市徐汇区漕溪北路88号'],
      ['陈静', '13333333333', '成都市锦江区春熙路1号'],
    ];
    const cluster = together(clustersOf(values), 2, 3);
    expect(cluster?.band).toBe('merge');
    expect(reasonOf(cluster, '手机')?.level).toBe('exact');
  });

  test('a note does not make two numbers a digit apart look alike', () => {
    // 0143 with "after 5pm" and 0145: the note's 5 is no digit of the number.
    const values: CellValue[][] = [
      ['Contact', 'Phone', 'Email'],
      ['Greg Wilson', '416-555-0143 (call after 5pm)', 'greg@a.ca'],
      ['Greg Wilson', '416-555-0145', 'greg@b.ca'],
      ['Ann Smith', '212-555-0100', 'ann@c.com'],
    ];
    const reason = reasonOf(together(clustersOf(values), 2, 3), 'Phone');
    if (reason) expect(reason.message).toMatch(/one digit apart \(416-555-0143 \(call after 5pm\) ≈ 416-555-0145\)/);
  });
});
