/**
 * A region column where some rows write the province before the city (浙江省杭州市, as an address
 * copied from an order): counted with the city in a column of cities, with the province in a column
 * of provinces, by the report and by the analysis sheet's formulas alike.
 */
import { buildInsights } from '../../shared/insights';
import { planAnalysisSheet } from '../../shared/insights/analysis-sheet';
import { resolveContext } from '../../shared/operations/options';
import type { CellValue } from '../../shared/sheet/cell-value';

const TODAY = new Date(Date.UTC(2024, 6, 1));

/** A 客户台账 by city: 杭州 written three ways, and 吉林市 once with its province. */
const CITIES: CellValue[][] = [
  ['客户名称', '联系人', '手机', '所在城市', '累计消费金额'],
  ['杭州西溪茶业有限公司', '何静', '13800138000', '杭州市', 1200],
  ['杭州明德电子有限公司', '林涛', '13912345678', '杭州', 300],
  ['杭州之江食品有限公司', '王敏', '13700137000', '浙江省杭州市', 50],
  ['吉林松花湖旅游有限公司', '赵丽', '13511112222', '吉林市', 40],
  ['吉林长白山参业有限公司', '刘洋', '13600136000', '吉林省吉林市', 80],
  ['长春一汽配件有限公司', '陈静', '13500135000', '长春市', 20],
];

/** The same customers by province. */
const PROVINCES: CellValue[][] = [
  ['客户名称', '联系人', '手机', '省份', '累计消费金额'],
  ['杭州西溪茶业有限公司', '何静', '13800138000', '浙江', 1200],
  ['杭州明德电子有限公司', '林涛', '13912345678', '浙江省', 300],
  ['杭州之江食品有限公司', '王敏', '13700137000', '浙江省杭州市', 50],
  ['长春一汽配件有限公司', '陈静', '13500135000', '吉林', 20],
  ['吉林长白山参业有限公司', '刘洋', '13600136000', '吉林省吉林市', 80],
];

const regions = (values: CellValue[][]) =>
  buildInsights({ name: '客户', values }, { now: TODAY })
    .segments.find((s) => s.field === 'region')
    ?.values.map((v) => [v.value, v.count, v.totalSpend]);

function analysis(values: CellValue[][]) {
  const ctx = resolveContext({ name: '客户', values });
  const sheet = planAnalysisSheet({
    sheet: '客户',
    values,
    mapping: ctx.mapping,
    template: ctx.template,
    locale: ctx.locale,
  });
  const region = sheet.cells.segments['region']!;
  const formula = (address: string) => {
    const [, col, row] = /^([A-Z])(\d+)$/.exec(address)!;
    return sheet.write.formulas?.[Number(row) - 1]?.[col!.charCodeAt(0) - 65];
  };
  return { region, formula };
}

describe('segments of a region column with provinces before cities', () => {
  test('a city column counts 浙江省杭州市 with 杭州市, and 吉林省吉林市 with 吉林市', () => {
    expect(regions(CITIES)).toEqual([
      ['杭州市', 3, 1550],
      ['吉林市', 2, 120],
      ['长春市', 1, 20],
    ]);
    const { region, formula } = analysis(CITIES);
    expect(Object.keys(region.values)).toEqual(['杭州市', '吉林市', '长春市', '']);
    expect(formula(region.values['杭州市']!.count)).toBe(
      `=SUMPRODUCT(COUNTIFS('客户'!$D:$D,{"=杭州","=杭州市","=浙江省杭州市"}))`,
    );
    expect(formula(region.values['吉林市']!.spend!)).toBe(
      `=SUMPRODUCT(SUMIFS('客户'!$E:$E,'客户'!$D:$D,{"=吉林市","=吉林省吉林市"}))`,
    );
  });

  test('a province column counts 浙江省杭州市 with 浙江, and 吉林省吉林市 with 吉林', () => {
    expect(regions(PROVINCES)).toEqual([
      ['浙江', 3, 1550],
      ['吉林', 2, 100],
    ]);
    const { region, formula } = analysis(PROVINCES);
    expect(formula(region.values['浙江']!.count)).toBe(`=SUMPRODUCT(COUNTIFS('客户'!$D:$D,{"=浙江","=浙江省杭州市"}))`);
  });
});
