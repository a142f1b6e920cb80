import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const sheet = (values: CellValue[][]) => ({ name: 'Sites', values });
const rowsOf = (values: CellValue[][]) =>
  findDuplicates(sheet(values))
    .clusters.filter((c) => c.band === 'merge')
    .map((c) => c.rows);

// A directory merged from two sources: one writes the parent organisation and abbreviations and
// has zip codes, the other writes the site's own name, full street types and no zip.
const header: CellValue[] = ['Name', 'Address', 'City', 'Zip', 'Phone'];
const sites: CellValue[][] = [
  header,
  ['YMCA of Greater Springfield - Lakeside YMCA', '1200 W Lake St', 'Springfield', '62701', '(217) 555-0134'], // 2
  ['Lakeside YMCA', '1200 West Lake Street', 'Springfield', null, '217-555-0134'], // 3: same site
  ['Lincoln School II', '45 Oak Ave', 'Springfield', '62702', '217-555-0178'], // 4
  ['Lincoln School', '45 Oak Avenue', 'Springfield', null, '(217) 555-0178'], // 5: same site
  ['Eastwood Family Center', '3310 Grand Blvd', 'Springfield', '62704', '217-555-0190'], // 6
  ['EASTWOOD FAMILY CENTER', '3310 Grand Blv.', 'Springfield', null, '2175550190'], // 7: same site
  // Sites of one organisation giving its main number, on one street at other street numbers.
  ['Hamilton Middle School', '1880 S Pine Blvd', 'Springfield', '62703', '217-555-0100'], // 8
  ['Hamilton Academy', '4265 S Pine Blvd', 'Springfield', '62703', '217-555-0100'], // 9
  ['Millbrook Family Center', '2052 W Mill St', 'Springfield', '62705', '217-555-0100'], // 10
  ['Kingsley Family Center', '1318 W Mill St', 'Springfield', '62705', '217-555-0100'], // 11
];

describe('findDuplicates on organisation sites', () => {
  test('matches a site written with and without its parent organisation, a suffix, and street abbreviations when the zip is blank in one source', () => {
    expect(rowsOf(sites)).toEqual([
      [2, 3],
      [4, 5],
      [6, 7],
    ]);
  });

  test('keeps sites apart that share a main number but stand at other street numbers', () => {
    const found = findDuplicates(sheet(sites)).clusters.map((c) => c.rows);
    for (const rows of found) {
      expect(rows.some((r) => r >= 8)).toBe(false);
    }
  });

  test('matches Chinese organisation sites written with and without the parent and keeps another branch on the same main line apart', () => {
    const values: CellValue[][] = [
      ['单位名称', '地址', '电话'],
      ['阳光社区服务中心', '杭州市西湖区文三路100号', '0571-88001234'], // 2
      ['杭州阳光公益 - 阳光社区服务中心', '西湖区文三路100号', '057188001234'], // 3: same site
      ['阳光社区服务中心（滨江站）', '滨江区江南大道300号', '0571-88001234'], // 4: another site, same main line
      ['明德小学', '上城区中山路20号', '0571-87005678'], // 5
      ['明德小学', '上城区中山路20号', '0571-87005678'], // 6: copy
    ];
    const found = rowsOf(values);
    expect(found).toEqual(
      expect.arrayContaining([
        [2, 3],
        [5, 6],
      ]),
    );
    expect(found.some((rows) => rows.includes(4))).toBe(false);
  });

  test('reviews, never merges, one name at two sites whose phones and addresses both differ (a head office and a city company)', () => {
    const companies: CellValue[][] = [
      ['客户名称', '联系电话', '地址'],
      ['上海华为技术有限公司', '021-12345678', '上海市浦东新区新金桥路2222号'],
      ['华为技术有限公司', '0755-28780808', '深圳市龙岗区坂田华为基地'],
      ['杭州西子网络科技有限公司', '0571-88886666', '杭州市西湖区文三路478号'],
      ['宁波东海贸易有限公司', '0574-87654321', '宁波市海曙区中山路1号'],
    ];
    expect(findDuplicates(sheet(companies)).clusters.map((c) => [c.rows, c.band])).toEqual([[[2, 3], 'review']]);
    // The same name on the same line is one customer still, whatever the address says (a move).
    const moved = [...companies, ['西子网络科技有限公司', '0571-88886666', '杭州市滨江区网商路699号']];
    expect(rowsOf(moved)).toEqual([[4, 6]]);
  });
});
