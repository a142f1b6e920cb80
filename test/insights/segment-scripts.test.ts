import { buildInsights } from '../../shared/insights';
import { planAnalysisSheet } from '../../shared/insights/analysis-sheet';
import { resolveContext } from '../../shared/operations/options';
import type { CellValue } from '../../shared/sheet/cell-value';

const TODAY = new Date(Date.UTC(2024, 2, 15));

/** A 飞书 ledger where Hong Kong and Taiwan colleagues type the same statuses in traditional characters. */
const LEDGER: CellValue[][] = [
  ['客户名称', '联系人', '手机', '地区', '负责人', '跟进状态', '最近联系'],
  ['杭州源泉科技有限公司', '张总', '13800138000', '杭州', '何静', '跟进中', '2024-03-01'],
  ['杭州源泉科技有限公司', '张建华', '138 0013 8000', '杭州市', '何静', '跟进中', '2024/3/1'],
  ['上海华通物流有限公司', '李四', '13912345678', '上海', '王磊', '已签约', '2024-03-02'],
  ['深圳市大疆创新科技有限公司', '王五', '18688889999', '深圳', '何静', '洽谈中', '2024年2月28日'],
  ['陳大文貿易有限公司', '陳大文', '+852 9123 4567', '香港', 'Lucy', '跟進中', '2024/03/01'],
  ['陈大文贸易有限公司', '陈大文', '91234567', '香港', 'Lucy', '跟进中', '2024/02/01'],
  ['台灣積體電路製造股份有限公司', '林志明', '0912-345-678', '台灣', 'Lucy', '洽談中', '2024/3/3'],
  ['台湾积体电路制造股份有限公司', '林志明', '+886 912 345 678', '台湾', 'Lucy', '洽谈中', null],
  ['广州小蜜蜂餐饮店', '孙八', '13500135000', '广州', '何静', '跟进中', '2024-02-02'],
  ['武汉光谷生物城', '郑十一', '13312345678', '武汉', '何静', '暂停', '2024-03-10'],
];

const statuses = (values: CellValue[][]) =>
  buildInsights({ name: '客户台账', values }, { now: TODAY })
    .segments.find((s) => s.field === 'status')
    ?.values.map((v) => [v.value, v.count]);

describe('report segments across Chinese scripts', () => {
  test('counts a status typed in traditional and simplified characters as one segment, under the spelling most rows type', () => {
    expect(statuses(LEDGER)).toEqual([
      ['跟进中', 5],
      ['洽谈中', 3],
      ['已签约', 1],
      ['暂停', 1],
    ]);
  });

  test('shows the traditional spelling when most rows type it', () => {
    const mostlyTraditional = LEDGER.map((row, index) =>
      index > 0 && row[5] === '洽谈中' ? [...row.slice(0, 5), '洽談中', row[6] ?? null] : row,
    );
    mostlyTraditional.push(['台灣大哥大股份有限公司', '陳美玲', '0933-123-456', '台灣', 'Lucy', '洽谈中', null]);
    expect(statuses(mostlyTraditional)).toContainEqual(['洽談中', 4]);
  });
});

describe('analysis sheet segments across Chinese scripts', () => {
  test('counts each spelling of one status in one row, under the spelling the report shows', () => {
    const ctx = resolveContext({ name: '客户台账', values: LEDGER });
    const sheet = planAnalysisSheet({
      sheet: '客户台账',
      values: LEDGER,
      mapping: ctx.mapping,
      template: ctx.template,
      locale: ctx.locale,
      ownValues: new Set(ctx.ownValues.keys()),
    });
    const status = sheet.cells.segments.status!;
    const formula = (address: string) => {
      const row = Number(address.slice(1));
      return sheet.write.formulas?.[row - 1]?.[2];
    };
    expect(Object.keys(status.values)).toEqual(expect.arrayContaining(['跟进中', '洽谈中']));
    expect(Object.keys(status.values)).not.toContain('跟進中');
    expect(Object.keys(status.values)).not.toContain('洽談中');
    expect(formula(status.values['跟进中']!.count)).toBe(
      `=SUMPRODUCT(COUNTIFS('客户台账'!$F:$F,{"=跟进中","=跟進中"}))`,
    );
    expect(formula(status.values['洽谈中']!.count)).toBe(
      `=SUMPRODUCT(COUNTIFS('客户台账'!$F:$F,{"=洽谈中","=洽談中"}))`,
    );
  });
});
