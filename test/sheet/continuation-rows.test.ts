import { checkSheet } from '../../shared/check/check-sheet';
import { findDuplicates } from '../../shared/dedupe';
import { planExport } from '../../shared/export/plan-export';
import { buildInsights } from '../../shared/insights/build-insights';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

const HEADER = [
  '序号',
  '登记日期',
  '客户姓名',
  '联系电话',
  '意向区域',
  '需求',
  '预算(万)',
  '经纪人',
  '跟进情况',
  '备注',
];
/** A real-estate agency's 客户登记表 as typed: 陈建华's home landline and second visit on a line of their own. */
const KEHU: CellValue[][] = [
  HEADER,
  [
    '1',
    '2024.3.5',
    '陈建华',
    '13612345678',
    '浦东新区',
    '三房，学区',
    '500-600',
    '小王',
    '3月7日带看两套',
    '客户说老婆做主',
  ],
  [null, null, null, '021-58881234', null, null, null, null, '3月10日复看', '家里座机'],
  ['2', '3月5日', '林女士', '139-1601-2345', '徐汇', '两房租房', '月租8000', '小王', '已签约', '合同号HT2024030501'],
  ['3', '2024年3月', '周先生', '13800138000', '闵行/松江', '别墅', '1500以上', '老李', null, null],
];
/** The sheet as kept, under its title and who made it: the header on row 3, 陈建华 on row 4. */
const TITLED: CellValue[][] = [
  ['上海安居房产经纪有限公司 客户登记表', null, null, null, null, null, null, null, null, null],
  ['制表人：张经理   2024年3月', null, null, null, null, null, null, null, null, null],
  ...KEHU,
];

describe("a customer's further line in a hand-kept list", () => {
  test('check says in Chinese that row 5 continues the customer of row 4, and asks for no name there', () => {
    const result = checkSheet(sheet(TITLED), { now: TODAY, locale: 'zh-CN' });
    const row5 = result.issues.filter((i) => i.row === 5);
    expect(row5.map((i) => [i.code, i.severity, i.column])).toEqual([['row.continuation', 'warning', '客户姓名']]);
    expect(row5[0]!.message).toContain(
      '第 5 行没有姓名和序号，看起来是第 4 行客户的续行（另一个电话、跟进记录）：请并入上一行',
    );
    expect(result.issues.filter((i) => i.code === 'required.missing')).toEqual([]);
    expect(result.rows).toBe(3);
  });

  test('check says the same in English', () => {
    const result = checkSheet(sheet(KEHU), { now: TODAY, locale: 'en-US', messageLocale: 'en-US' });
    const row3 = result.issues.filter((i) => i.row === 3);
    expect(row3.map((i) => i.code)).toEqual(['row.continuation']);
    expect(row3[0]!.message).toMatch(/^Row 3 has no name and no row number: .*customer in row 2 \(another phone/);
  });

  test('two further lines both continue the customer above them', () => {
    const values = [
      ...KEHU.slice(0, 3),
      [null, null, null, null, null, null, null, null, '3月12日电话，再约', null],
      ...KEHU.slice(3),
    ];
    const continued = checkSheet(sheet(values), { now: TODAY, locale: 'zh-CN' }).issues.filter(
      (i) => i.code === 'row.continuation',
    );
    expect(continued.map((i) => i.row)).toEqual([3, 4]);
    expect(continued[1]!.message).toContain('第 4 行没有姓名和序号，看起来是第 2 行客户的续行');
  });

  test('clean gives the further line no customer ID and leaves its cells as typed', () => {
    // As setup leaves it: the template's 客户编号 column added, blank.
    const withIds = KEHU.map((row, r) => [...row, r === 0 ? '客户编号' : null]);
    const { plan } = planClean(sheet(withIds), { now: TODAY, locale: 'zh-CN' });
    const ids = plan.edits.filter((e) => e.col === 11);
    expect(ids.map((e) => [e.row, e.after])).toEqual([
      [2, 'C000001'],
      [4, 'C000002'],
      [5, 'C000003'],
    ]);
    expect(plan.edits.filter((e) => e.row === 3)).toEqual([]);
  });

  test('export writes no nameless contact for it', () => {
    const { files } = planExport(sheet(KEHU), { crm: 'salesforce', now: TODAY });
    expect(files.flatMap((f) => f.sourceRows).sort()).toEqual([2, 4, 5]);
  });

  test('dedupe and the report count the customers only', () => {
    expect(findDuplicates({ name: '客户登记', values: KEHU }).rows).toBe(3);
    expect(buildInsights(sheet(KEHU), { now: TODAY }).rows).toBe(3);
  });
});

describe('a customer whose name is missing is still one', () => {
  const rowUnder = (row: CellValue[]) => checkSheet(sheet([...KEHU.slice(0, 2), row]), { now: TODAY, locale: 'zh-CN' });
  const codes = (row: CellValue[]) =>
    rowUnder(row)
      .issues.filter((i) => i.row === 3)
      .map((i) => i.code);

  test.each<[string, CellValue[]]>([
    ['its own mobile', [null, null, null, '13917654321', null, null, null, null, '3月10日来电', null]],
    ['its own 序号', ['2', null, null, '021-58881234', null, null, null, null, null, '家里座机']],
    [
      'a date, a district and a budget',
      [null, '2024.3.8', null, '021-58881234', '静安', null, '300', null, null, null],
    ],
  ])('a row with %s under a customer is required.missing, no further line', (_, row) => {
    expect(codes(row)).toContain('required.missing');
    expect(codes(row)).not.toContain('row.continuation');
  });

  test('a nameless row right under the header continues no one', () => {
    const result = checkSheet(sheet([HEADER, KEHU[2]!, KEHU[1]!]), { now: TODAY, locale: 'zh-CN' });
    expect(result.issues.filter((i) => i.row === 2).map((i) => i.code)).toContain('required.missing');
    expect(result.issues.some((i) => i.code === 'row.continuation')).toBe(false);
  });

  test('a nameless row after a blank line continues no one', () => {
    const result = checkSheet(sheet([...KEHU.slice(0, 2), HEADER.map(() => null), KEHU[2]!]), {
      now: TODAY,
      locale: 'zh-CN',
    });
    expect(result.issues.filter((i) => i.row === 4).map((i) => i.code)).toContain('required.missing');
  });
});
