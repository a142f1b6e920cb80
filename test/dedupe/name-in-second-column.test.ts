/**
 * A sheet with two name columns (姓名 and 联系人, Name and Contact) where one row fills only the
 * second: lists combined from a personal and a company export. Such a row still meets the rows
 * that share its name and number, also when that number is on every row of the sheet.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const sheet = (values: CellValue[][]) => ({ name: 'Customers', values });
// Review-band clusters included, as `dedupe --review` shows them.
const clustersOf = (values: CellValue[][]) => findDuplicates(sheet(values)).clusters;
const shape = (clusters: Cluster[]) => clusters.map((c) => ({ rows: c.rows, band: c.band }));

describe('findDuplicates on a name in a second name column', () => {
  test('groups a 联系人 row that pairs with both rows of a group', () => {
    const clusters = clustersOf([
      ['姓名', '联系人', '手机', '公司'],
      ['张伟', null, '13800138000', null],
      ['张伟', null, '138-0013-8000', null],
      [null, '张伟', '13800138000', '宏达贸易有限公司'],
    ]);
    expect(shape(clusters)).toEqual([{ rows: [2, 3, 4], band: 'merge' }]);
    expect(clusters[0]!.reasons.map((r) => r.field)).toContain('phone');
  });

  test('groups a Contact row that pairs with both rows of a group', () => {
    const clusters = clustersOf([
      ['Name', 'Contact', 'Phone', 'Company'],
      ['Robert Smith', null, '(415) 555-0134', null],
      ['Robert Smith', null, '415-555-0134', null],
      [null, 'Robert Smith', '415 555 0134', 'Acme Corp'],
    ]);
    expect(shape(clusters)).toEqual([{ rows: [2, 3, 4], band: 'merge' }]);
    expect(clusters[0]!.reasons.map((r) => r.field)).toContain('phone');
  });

  // The third row shares the group's number but names another company than the second row's: it
  // pairs with row 2 in review at most, and with row 3 not at all.
  const others = (rows: CellValue[][]) => rows.map((row) => [row[0]!, null, row[1]!, row[2]!]);

  test('keeps a 联系人 row that pairs with one row of a group in review out of its merge group', () => {
    const clusters = clustersOf([
      ['姓名', '联系人', '手机', '公司'],
      ['张伟', null, '13800138000', null],
      ['张伟', null, '138-0013-8000', '宏达贸易'],
      [null, '张伟', '13800138000', '远洋航运有限公司'],
      ...others([
        ['李娜', '13912345678', '杭州源泉科技有限公司'],
        ['王芳', '13698765432', '杭州蓝海贸易有限公司'],
        ['刘强', '13700001111', '上海华通物流有限公司'],
        ['陈静', '13512340000', '南京新华书店'],
        ['赵磊', '18600002222', '北京中关村电子'],
        ['孙丽', '18912345000', '广州白云制药'],
        ['周杰', '15000001234', '深圳腾达科技'],
        ['吴敏', '15800005678', '成都天府软件'],
      ]),
    ]);
    expect(shape(clusters)).toEqual([{ rows: [2, 3], band: 'merge' }]);
  });

  test('keeps a Contact row that pairs with one row of a group in review out of its merge group', () => {
    const clusters = clustersOf([
      ['Name', 'Contact', 'Phone', 'Company'],
      ['Robert Smith', null, '(415) 555-0134', null],
      ['Robert Smith', null, '415-555-0134', 'Acme Corp'],
      [null, 'Robert Smith', '415 555 0134', 'Blue Harbor Shipping'],
      ...others([
        ['Jane Doe', '(212) 555-0188', 'Globex'],
        ['Kim Nguyen', '(617) 555-0100', 'Initech'],
        ['Tom Lee', '(303) 555-0147', 'Umbrella Ltd'],
        ['Ann Brown', '(312) 555-0199', 'Stark Industries'],
        ['Luis Garcia', '(305) 555-0122', 'Wayne Enterprises'],
        ['Mary Jones', '(206) 555-0111', 'Hooli'],
        ['Omar Khan', '(512) 555-0166', 'Vandelay Industries'],
        ['Sara Miller', '(702) 555-0133', 'Pied Piper'],
      ]),
    ]);
    expect(shape(clusters)).toEqual([{ rows: [2, 3], band: 'merge' }]);
  });
});
