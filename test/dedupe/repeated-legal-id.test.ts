/**
 * 企查查 and 天眼查 export a company's credit code twice: 统一社会信用代码 and 纳税人识别号 hold the one
 * 18-character code of a company registered since 2015. Matching reads it once: the pair agrees on
 * one legal ID, as on a list with the one column, not twice.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import type { Locale } from '../../shared/i18n/locale';
import type { CellValue } from '../../shared/sheet/cell-value';

const sheet = (values: CellValue[][]) => ({ name: '企业名单', values });
const pairOf = (values: CellValue[][], a: number, b: number, locale: Locale = 'zh-CN'): Cluster | undefined =>
  findDuplicates(sheet(values), { locale }).clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));

// prettier-ignore
const BOTH: CellValue[][] = [
  ['企业名称', '法定代表人', '统一社会信用代码', '纳税人识别号', '电话', '企业地址'],
  ['阿里巴巴（中国）网络技术有限公司', '陈曦', '91330100716105852F', '91330100716105852F', '13805710007', '杭州市余杭区文一西路969号'],
  ['阿里巴巴(中国)有限公司', '刘畅', '91330100716105852F', '91330100716105852F', '13805710008', '杭州市余杭区文一西路969号'],
  ['宁波舟山港股份有限公司', '马丽', '91330200717888888X', '91330200717888888X', '0574-27686666', '宁波市'],
  ['杭州西子智能科技有限公司', '钱进', '91330106MA2B3C4D5E', '91330106MA2B3C4D5E', '13805710005', '杭州市西湖区'],
  ['杭州西子智能装备有限公司', '钱进', '91330106MA2XXXXX9Q', '91330106MA2XXXXX9Q', '13805710006', '杭州市西湖区'],
];
const ONE = BOTH.map((row) => [...row.slice(0, 3), ...row.slice(4)]);

describe('findDuplicates on a register export with the credit code in two columns', () => {
  test('scores a pair as the list with one code column does', () => {
    const both = pairOf(BOTH, 2, 3);
    const one = pairOf(ONE, 2, 3);
    expect(both).toBeDefined();
    expect(both?.confidence).toBe(one?.confidence);
    expect(both?.band).toBe(one?.band);
  });

  test.each<[Locale, string]>([
    ['zh-CN', '91330100716105852F'],
    ['en-US', 'same legal ID (91330100716105852F)'],
  ])('names the code once, under 统一社会信用代码 (%s)', (locale, says) => {
    const reasons = pairOf(BOTH, 2, 3, locale)!.reasons;
    const legal = reasons.filter((r) => r.column === '统一社会信用代码' || r.column === '纳税人识别号');
    expect(legal.map((r) => [r.column, r.level])).toEqual([['统一社会信用代码', 'exact']]);
    expect(legal[0]!.message).toContain(says);
  });

  test('keeps 纳税人识别号 as evidence of its own where it holds other numbers (an old 15-digit tax number)', () => {
    // prettier-ignore
    const older: CellValue[][] = [
      ['企业名称', '法定代表人', '统一社会信用代码', '纳税人识别号', '电话'],
      ['苏州吴中精密机械厂', '顾建华', '', '320506735712345', '0512-65551234'],
      ['苏州吴中精密机械有限公司', '顾建华', '', '320506735712345', '0512-65551235'],
      ['杭州云栖科技有限公司', '王建国', '91330106MA27XK4L2W', '91330106MA27XK4L2W', '0571-88212345'],
      ['上海申联贸易有限公司', '李秀英', '91310115MA1H7N3P0U', '91310115MA1H7N3P0U', '021-58812345'],
    ];
    const reasons = pairOf(older, 2, 3)?.reasons ?? [];
    expect(reasons).toContainEqual(expect.objectContaining({ column: '纳税人识别号', level: 'exact' }));
  });
});
