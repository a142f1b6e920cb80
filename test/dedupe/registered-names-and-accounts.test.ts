/**
 * Pairs that share a brand or an e-mail stem but are two customers: a group's registered companies
 * (小米科技 / 小米通讯技术), free-mail accounts numbered apart (emily1@ / emily2@), sister companies
 * under other tax numbers; and a second phone column (Mobile beside Phone) compared as phones.
 */
import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const clustersOf = (values: CellValue[][]) => findDuplicates({ name: 'list', values }).clusters;
const groupOf = (values: CellValue[][], a: number, b: number) =>
  clustersOf(values).find((c) => c.rows.includes(a) && c.rows.includes(b));

describe('findDuplicates on companies of one brand', () => {
  test('two registered names of one group that state other trades are not one company', () => {
    const values: CellValue[][] = [
      ['客户名称', '城市'],
      ['小米科技有限责任公司', '北京'],
      ['小米通讯技术有限公司', '北京'],
      ['华润置地有限公司', '深圳'],
      ['杭州兴旺五金有限公司', '杭州'],
      ['宁波大发建材有限公司', '宁波'],
    ];
    expect(groupOf(values, 2, 3)?.band).not.toBe('merge');
  });

  test('a brand alone, with only the city agreeing, is reviewed, not merged', () => {
    const values: CellValue[][] = [
      ['客户名称', '城市'],
      ['字节跳动有限公司', '北京'],
      ['北京字节跳动网络技术有限公司', '北京'],
      ['华润置地有限公司', '深圳'],
      ['杭州兴旺五金有限公司', '杭州'],
      ['宁波大发建材有限公司', '宁波'],
    ];
    expect(groupOf(values, 2, 3)?.band).not.toBe('merge');
  });

  test('a brand with its phone agreeing is still one company', () => {
    const values: CellValue[][] = [
      ['客户名称', '城市', '电话'],
      ['字节跳动', '北京', '010-58341234'],
      ['北京字节跳动网络技术有限公司', '北京', '010 5834 1234'],
      ['华润置地有限公司', '深圳', '0755-22221111'],
      ['杭州兴旺五金有限公司', '杭州', '0571-88886666'],
      ['宁波大发建材有限公司', '宁波', '0574-87654321'],
    ];
    expect(groupOf(values, 2, 3)?.band).toBe('merge');
  });

  test("Xero's TaxNumber column tells sister companies apart", () => {
    const values: CellValue[][] = [
      ['*ContactName', 'EmailAddress', 'PhoneNumber', 'POAddressLine1', 'TaxNumber'],
      ['Harbour Cafe Pty Ltd', 'hello@harbourcafe.com.au', '(02) 9251 1234', '2 Circular Quay', '51 824 753 556'],
      [
        'Harbour Cafe Catering Pty Ltd',
        'catering@harbourcafe.com.au',
        '(02) 9251 1234',
        '2 Circular Quay',
        '83 914 571 673',
      ],
      ['Koala Kitchens', 'info@koalakitchens.com.au', '(03) 9650 1111', '5 Flinders Ln', '12 345 678 901'],
      ['Bondi Bikes', 'ride@bondibikes.com.au', '(02) 9130 2222', '8 Campbell Pde', '98 765 432 109'],
      ['Perth Plumbing', 'jobs@perthplumbing.com.au', '(08) 9321 4567', '14 Hay St', '11 222 333 444'],
    ];
    expect(groupOf(values, 2, 3)?.band).not.toBe('merge');
  });
});

describe('findDuplicates on e-mail addresses numbered apart', () => {
  test('brandon2@ and brandonb@ of two surnames are two people', () => {
    const values: CellValue[][] = [
      ['First Name', 'Last Name', 'Email', 'City'],
      ['Brandon', 'Cole', 'brandon2@icloud.com', 'Vancouver'],
      ['Brandon', 'Bailey', 'brandonb@icloud.com', 'Vancouver'],
      ['Emily', 'Stone', 'emily1@gmail.com', 'Boston'],
      ['Emily', 'Parker', 'emily2@gmail.com', 'Denver'],
      ['John', 'Smith', 'jsmith@gmail.com', 'Austin'],
      ['Jane', 'Smith', 'jsmith1@gmail.com', 'Austin'],
    ];
    const merged = clustersOf(values).filter((c) => c.band === 'merge');
    expect(merged).toEqual([]);
    const emailReason = groupOf(values, 6, 7)?.reasons.find((r) => r.column === 'Email');
    expect(emailReason?.level ?? 'different').toBe('different');
  });

  test('a slip in the domain (gmial.com) is still a typo', () => {
    const values: CellValue[][] = [
      ['Name', 'Email', 'City'],
      ['Margaret Hughes', 'margaret.hughes@gmail.com', 'Leeds'],
      ['Margaret Hughes', 'margaret.hughes@gmial.com', 'Leeds'],
      ['Peter Hall', 'peter.hall@yahoo.co.uk', 'York'],
      ['Raj Patel', 'raj.patel@outlook.com', 'Derby'],
      ['Ann Cole', 'ann.cole@btinternet.com', 'Bristol'],
    ];
    expect(groupOf(values, 2, 3)?.band).toBe('merge');
    expect(groupOf(values, 2, 3)?.reasons.find((r) => r.column === 'Email')?.level).toBe('typo');
  });
});

describe('findDuplicates on a second phone column', () => {
  test('Mobile beside Phone is compared as phones of the sheet (07412 555666 = +44 7412 555666)', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone', 'Mobile', 'Email', 'Town'],
      ['Jaya Patel', '0161 496 0000', '07911 123456', 'jaya@btinternet.com', 'Stockport'],
      ['Mrs J Patel', '', '+44 7911 123456', 'jpatel77@gmail.com', 'Stockport'],
      ['Tom Reed', '0113 496 0555', '07412 555666', '', 'Leeds'],
      ['Thomas Reed', '', '+44 7412 555666', '', 'Leeds'],
      ['Ann Cole', '0117 496 0777', '', '', 'Bristol'],
    ];
    const group = groupOf(values, 4, 5);
    expect(group?.band).toBe('merge');
    expect(group?.reasons.find((r) => r.column === 'Mobile')?.level).toBe('exact');
  });

  test('Olly is short for Oliver', () => {
    const values: CellValue[][] = [
      ['First Name', 'Last Name', 'Mobile', 'Company'],
      ['Oliver', 'Ashworth', '07620246633', 'Firm0 Ltd'],
      ['Olly', 'Ashworth', '07620246633', 'Firm0 Ltd'],
      ['Ruth', 'Bramley', '07787366946', 'Firm1 Ltd'],
      ['Elizabeth', 'Crowther', '07409722233', 'Firm2 Ltd'],
      ['Ian', 'Dunn', '07501234567', 'Firm3 Ltd'],
    ];
    expect(groupOf(values, 2, 3)?.band).toBe('merge');
  });
});
