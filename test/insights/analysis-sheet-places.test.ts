import { planAnalysisSheet } from '../../shared/insights/analysis-sheet';
import { buildInsights } from '../../shared/insights';
import { resolveContext } from '../../shared/operations/options';
import type { CellValue } from '../../shared/sheet/cell-value';

const TODAY = new Date(Date.UTC(2024, 6, 1));

function plan(name: string, values: CellValue[][]) {
  const ctx = resolveContext({ name, values });
  const sheet = planAnalysisSheet({
    sheet: name,
    values,
    mapping: ctx.mapping,
    template: ctx.template,
    locale: ctx.locale,
  });
  const at = (address: string) => {
    const match = /^([A-Z])(\d+)$/.exec(address)!;
    const [row, col] = [Number(match[2]), match[1]!.charCodeAt(0) - 64];
    return sheet.write.formulas?.[row - 1]?.[col - 1] ?? sheet.write.rows[row - 1]?.[col - 1] ?? null;
  };
  return { ...sheet, at };
}

const CITIES: CellValue[][] = [
  ['客户姓名', '手机', '城市', '消费总额'],
  ['夏萍国', '16626694428', '杭州市', 100],
  ['陶子文', '17668575811', '杭州市', 200],
  ['胡艳伟', '15219247841', '杭州', 50],
  ['王芳', '13700137000', '吉林市', 10],
  ['刘洋', '13600136000', '吉林省', 20],
];

describe('planAnalysisSheet segments by place', () => {
  test('counts a city under its most common spelling by formula over every spelling of it', () => {
    const sheet = plan('客户', CITIES);
    const region = sheet.cells.segments['region']!;
    expect(Object.keys(region.values)).toEqual(['杭州市', '吉林', '吉林市', '']);
    expect(sheet.at(region.values['杭州市']!.count)).toBe(`=SUMPRODUCT(COUNTIFS('客户'!$C:$C,{"=杭州市","=杭州"}))`);
    expect(sheet.at(region.values['杭州市']!.spend!)).toBe(
      `=SUMPRODUCT(SUMIFS('客户'!$D:$D,'客户'!$C:$C,{"=杭州市","=杭州"}))`,
    );
    // One spelling keeps its plain formula; 吉林省 is listed as the province, which clean writes 吉林.
    expect(sheet.at(region.values['吉林市']!.count)).toBe(`=COUNTIFS('客户'!$C:$C,"=吉林市")`);
    expect(sheet.at(region.values['吉林']!.count)).toBe(`=COUNTIFS('客户'!$C:$C,"=吉林")`);
  });

  test('lists the values the report counts, in the same order', () => {
    const report = buildInsights({ name: '客户', values: CITIES }, { now: TODAY });
    const listed = Object.keys(plan('客户', CITIES).cells.segments['region']!.values).filter((v) => v !== '');
    expect(report.segments.find((s) => s.field === 'region')!.values.map((v) => v.value)).toEqual(listed);
  });

  test('counts a spelling written in two cases once (COUNTIFS ignores case)', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone', 'City'],
      ['Ann Lee', '(415) 555-0101', 'Boston'],
      ['Bob Ray', '(415) 555-0102', 'boston'],
      ['Cy Tam', '(415) 555-0103', 'Seattle'],
    ];
    const sheet = plan('Customers', values);
    const region = sheet.cells.segments['region']!;
    expect(Object.keys(region.values)).toEqual(['Boston', 'Seattle', '']);
    expect(sheet.at(region.values['Boston']!.count)).toBe(`=COUNTIFS(Customers!$C:$C,"=Boston")`);
  });
});

describe('planAnalysisSheet quality of a second column', () => {
  test('gives a second phone column (座机 beside 手机) a row of its own, as the report counts it', () => {
    const values: CellValue[][] = [
      ['客户名称', '联系人', '手机', '座机'],
      ['杭州西溪茶业有限公司', '何静', '13800138000', '0571-87654321'],
      ['杭州明德电子有限公司', '林涛', '13912345678', null],
    ];
    const sheet = plan('客户', values);
    expect(sheet.cells.quality['phone']).toBeDefined();
    const landline = sheet.cells.quality['phone@座机']!;
    expect(sheet.at(landline.filled)).toBe(`=COUNTA('客户'!$D:$D)-1`);
    const row = Number(landline.filled.slice(1));
    expect([sheet.at(`A${row}`), sheet.at(`B${row}`)]).toEqual(['座机', '座机']);
    expect(landline.valid).toBeUndefined();
    const report = buildInsights({ name: '客户', values }, { now: TODAY });
    expect(report.quality.fields.map((f) => f.column)).toEqual(['客户名称', '联系人', '手机', '座机']);
  });
});
