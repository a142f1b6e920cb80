/**
 * One customer typed in Hong Kong or Taiwan and on the mainland: 華為技術有限公司 is 华为技术有限公司,
 * 陳大文 is 陈大文. And rows that agree on every key without being typed alike are found even when
 * nothing else on the sheet varies.
 */
import { findDuplicates } from '../../shared/dedupe';
import { simplifiedHan } from '../../shared/dedupe/simplified';
import type { CellValue } from '../../shared/sheet/cell-value';

const sheet = (values: CellValue[][]) => ({ name: '客户', values });

describe('traditional and simplified Chinese', () => {
  it.each([
    ['華為技術有限公司', '华为技术有限公司'],
    ['深圳市龍崗區坂田華為基地', '深圳市龙岗区坂田华为基地'],
    ['陳大文', '陈大文'],
    ['歐陽娜娜', '欧阳娜娜'],
    ['臺北市信義區', '台北市信义区'],
  ])('reads %j as %j', (traditional, simplified) => {
    expect(simplifiedHan(traditional)).toBe(simplified);
  });

  it('leaves simplified Chinese and other text as it is (the same string)', () => {
    const text = '广州宏创科技集团有限公司 Room 5';
    expect(simplifiedHan(text)).toBe(text);
  });

  it('groups one company written in traditional and simplified characters', () => {
    const result = findDuplicates(
      sheet([
        ['客户名称', '电话', '详细地址', '负责人'],
        ['华为技术有限公司', '0755-28780808', '深圳市龙岗区坂田华为基地', '孟凡'],
        ['華為技術有限公司', '0755-28780808', '深圳市龍崗區坂田華為基地', '孟凡'],
        ['京东集团', '400-606-5500', '北京市大兴区科创十一街18号', '何晨'],
      ]),
    );
    expect(result.clusters.map((c) => c.rows)).toEqual([[2, 3]]);
    const company = result.clusters[0]!.reasons.find((r) => r.column === '客户名称');
    expect(company?.level).toBe('exact');
  });

  it('groups 陳大文 and 陈大文 with one mobile as the same name', () => {
    const result = findDuplicates(
      sheet([
        ['姓名', '手机'],
        ['陳大文', '13800138000'],
        ['陈大文', '13800138000'],
        ['李娜', '13900139000'],
      ]),
    );
    expect(result.clusters.map((c) => c.rows)).toEqual([[2, 3]]);
    expect(result.clusters[0]!.reasons.find((r) => r.column === '姓名')?.level).toBe('exact');
  });
});

describe('a sheet where nothing varies but the typing', () => {
  it('finds two rows that differ only in how they are written', () => {
    for (const rows of [
      [
        ['张伟', '138-0013-8000'],
        ['张伟', '13800138000'],
      ],
      [
        ['陳大文', '13800138000'],
        ['陈大文', '13800138000'],
      ],
    ]) {
      const result = findDuplicates(sheet([['姓名', '手机'], ...rows]));
      expect(result.clusters.map((c) => [c.rows, c.band])).toEqual([[[2, 3], 'merge']]);
    }
  });

  it('still gives identical rows confidence 1', () => {
    const result = findDuplicates(
      sheet([
        ['姓名', '手机'],
        ['张伟', '13800138000'],
        ['张伟', '13800138000'],
      ]),
    );
    expect(result.clusters.map((c) => [c.rows, c.confidence])).toEqual([[[2, 3], 1]]);
  });
});
