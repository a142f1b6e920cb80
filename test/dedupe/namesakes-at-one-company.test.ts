/**
 * Two people of one common name at one company on numbers one digit apart (a company's mobiles bought
 * in a run): the name and the company say no more than that they work there, so the pair is reviewed,
 * never merged unasked, and the reason says why in both languages.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import { duplicateWords } from '../../cli/commands/duplicate-words';
import type { CellValue } from '../../shared/sheet/cell-value';

const clustersOf = (values: CellValue[][]) =>
  findDuplicates({ name: 'Sheet1', values }, { reviewThreshold: 0.5 }).clusters;
const together = (clusters: Cluster[], a: number, b: number) =>
  clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));

describe('findDuplicates holds two namesakes at one company on numbers in a run', () => {
  test.each([
    [
      ['姓名', '手机', '公司'],
      ['王芳', '13900139000', '北京京东世纪贸易有限公司'],
      ['王芳', '13900139001', '北京京东世纪贸易有限公司'],
    ],
    [
      ['客户名称', '联系人', '手机', '公司', '地址'],
      ['王芳', '王芳', '13900139000', '北京京东世纪贸易有限公司', null],
      ['王芳', '王芳', '13900139001', '北京京东世纪贸易有限公司', null],
    ],
    [
      ['Name', 'Mobile', 'Company'],
      ['Michael Smith', '(503) 555-0100', 'Acme Logistics Inc.'],
      ['Michael Smith', '(503) 555-0101', 'Acme Logistics Inc.'],
    ],
  ])('is reviewed, below the merge threshold: %j', (header, a, b) => {
    const pair = together(clustersOf([header, a, b]), 2, 3);
    expect(pair?.band).toBe('review');
    expect(pair!.confidence).toBeLessThan(0.9);
  });

  test('says why, in both languages', () => {
    const list: CellValue[][] = [
      ['姓名', '手机', '公司'],
      ['王芳', '13900139000', '北京京东世纪贸易有限公司'],
      ['王芳', '13900139001', '北京京东世纪贸易有限公司'],
    ];
    const rule = together(clustersOf(list), 2, 3)!.reasons.find((r) => r.level === 'namesakes-at-one-company')!;
    expect(rule.column).toBe('手机');
    expect(duplicateWords('zh-CN').reason(rule)).toBe(
      '手机：姓名、公司相同，号码只差一位，可能是同一公司的两位同名同事，待复核',
    );
    expect(duplicateWords('en-US').reason(rule)).toBe(
      "手机: one name at one company, numbers one digit apart: perhaps two colleagues on the company's lines, held for review",
    );
  });

  test('one e-mail besides still merges', () => {
    const list: CellValue[][] = [
      ['姓名', '手机', '公司', '邮箱'],
      ['王芳', '13900139000', '北京京东世纪贸易有限公司', 'wangfang@jd.com'],
      ['王芳', '13900139001', '北京京东世纪贸易有限公司', 'wangfang@jd.com'],
    ];
    expect(together(clustersOf(list), 2, 3)?.band).toBe('merge');
  });

  test('a rare name at one company on numbers one digit apart is one person with a number mistyped', () => {
    const list: CellValue[][] = [
      ['姓名', '手机', '公司'],
      ['张晓梅', '13900139000', '北京京东世纪贸易有限公司'],
      ['张晓梅', '13900139001', '北京京东世纪贸易有限公司'],
    ];
    expect(together(clustersOf(list), 2, 3)?.band).toBe('merge');
  });

  test('one number at one company still merges', () => {
    const list: CellValue[][] = [
      ['姓名', '手机', '公司'],
      ['王芳', '13900139000', '北京京东世纪贸易有限公司'],
      ['王芳', '139 0013 9000', '北京京东世纪贸易有限公司'],
    ];
    expect(together(clustersOf(list), 2, 3)?.band).toBe('merge');
  });
});
