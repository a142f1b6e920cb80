/**
 * Two rows of one name whose e-mails agree only by their user name, one at a company's own domain,
 * at two companies (sunli@qingmu.cn at 成都青木文化, sunli@sina.com at 西安秦川软件): a user name is
 * most often the name itself, so namesakes have it alike. Reviewed, never merged unasked; one person
 * who changed jobs looks the same, and a person says which.
 */
import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const bandOf = (values: CellValue[][], a: number, b: number) =>
  findDuplicates({ name: 'List', values }, { reviewThreshold: 0.3 }).clusters.find(
    (c) => c.rows.includes(a) && c.rows.includes(b),
  )?.band ?? 'none';

describe('findDuplicates on namesakes whose e-mails share only a user name', () => {
  test('孙丽 at two companies, sunli@ at a company domain and at sina.com, is reviewed (zh)', () => {
    const values: CellValue[][] = [
      ['姓名', '手机', '邮箱', '公司', '城市'],
      ['孙丽', '', 'sunli@sina.com', '西安秦川软件有限公司', '西安'],
      ['王芳', '13700137000', 'wangfang@haijing.cn', '上海海鲸贸易', '上海'],
      ['孙丽', '13500135000', 'sunli@qingmu.cn', '成都青木文化', '成都'],
    ];
    expect(bandOf(values, 2, 4)).not.toBe('merge');
  });

  test('John Smith at Acme and at Northwind, jsmith@ at each, is reviewed (en)', () => {
    const values: CellValue[][] = [
      ['Name', 'Email', 'Company', 'City'],
      ['John Smith', 'jsmith@acmecorp.com', 'Acme Corp', 'San Francisco'],
      ['Mary Jones', 'mary@globex.com', 'Globex', 'Boston'],
      ['John Smith', 'jsmith@northwindtraders.com', 'Northwind Traders', 'Seattle'],
    ];
    expect(bandOf(values, 2, 4)).not.toBe('merge');
  });

  test('the same user name with the same company, or a mobile of one person agreeing, still merges', () => {
    const sameCompany: CellValue[][] = [
      ['姓名', '手机', '邮箱', '公司'],
      ['孙丽', '13500135000', 'sunli@qingmu.cn', '成都青木文化'],
      ['王芳', '13700137000', 'wangfang@haijing.cn', '上海海鲸贸易'],
      ['孙丽', '', 'sunli@sina.com', '成都青木文化'],
    ];
    expect(bandOf(sameCompany, 2, 4)).toBe('merge');
    const oneMobile: CellValue[][] = [
      ['姓名', '手机', '邮箱', '公司'],
      ['孙丽', '13500135000', 'sunli@qingmu.cn', '成都青木文化'],
      ['王芳', '13700137000', 'wangfang@haijing.cn', '上海海鲸贸易'],
      ['孙丽', '13500135000', 'sunli@sina.com', '西安秦川软件有限公司'],
    ];
    expect(bandOf(oneMobile, 2, 4)).toBe('merge');
  });
});
