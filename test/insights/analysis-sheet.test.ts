import { planAnalysisSheet } from '../../shared/insights/analysis-sheet';
import { planSetup } from '../../shared/operations/setup';
import { applyPlan, emptySheet, findSheet, workbookFromSnapshot } from '../../shared/plan/apply-plan';
import { exactCriterion } from '../../shared/insights/criteria';
import { resolveContext } from '../../shared/operations/options';
import { cellAddress } from '../../shared/sheet/a1';
import type { CellValue } from '../../shared/sheet/cell-value';
import { EN_ROWS, ZH_ROWS } from './fixtures';

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
  const segments = (key: string) => sheet.cells.segments[key]!;
  return { ...sheet, at, segments };
}

describe('exactCriterion', () => {
  test.each([
    ['老客户', '"=老客户"'],
    ['A*B?', '"=A~*B~?"'],
    ['~x', '"=~~x"'],
    ['say "hi"', '"=say ""hi"""'],
    ['>100', '"=>100"'],
  ])('matches %s exactly when it holds wildcards, operators or quotes', (text, criterion) => {
    expect(exactCriterion(text)).toBe(criterion);
  });
});

describe('planAnalysisSheet', () => {
  test('counts, shares and sums each segment value by formula when a Chinese list has a spend column', () => {
    const sheet = plan('客户', ZH_ROWS);
    expect(sheet.write.name).toBe('客户分析');
    expect(sheet.meta).toEqual({ 'helperSheet.header.客户分析': '["客户分析"]' });
    const type = sheet.segments('customerType');
    expect(sheet.at(type.values['老客户']!.count)).toBe(`=COUNTIFS('客户'!$D:$D,"=老客户")`);
    expect(sheet.at(type.values['老客户']!.spend!)).toBe(`=SUMIFS('客户'!$K:$K,'客户'!$D:$D,"=老客户")`);
    expect(sheet.at(type.values['老客户']!.share)).toMatch(/^=IF\(\$B\$5>0,C\d+\/\$B\$5,0\)$/);
    // Every option is listed (new entries count as people add them), then the values present.
    expect(Object.keys(type.values)).toEqual([
      '潜在客户',
      '新客户',
      '老客户',
      '流失客户',
      '合作伙伴',
      '企业客户',
      '个人客户',
      '',
    ]);
    expect(sheet.at(type.values['']!.count)).toBe(`=$B$5-(COUNTIF('客户'!$D:$D,"<>")-1)`);
    expect(Object.keys(sheet.segments('owner').values)).toEqual(['刘洋', '王敏', '']);
  });

  test('counts stale customers from the later of last contact and last purchase when both columns exist', () => {
    const sheet = plan('客户', ZH_ROWS);
    expect(sheet.at(sheet.cells.stale!)).toBe(
      `=COUNTIFS('客户'!$H:$H,"<"&($B$3-$B$4),'客户'!$I:$I,"<"&($B$3-$B$4))+COUNTIFS('客户'!$H:$H,"<"&($B$3-$B$4),'客户'!$I:$I,"")+COUNTIFS('客户'!$I:$I,"<"&($B$3-$B$4),'客户'!$H:$H,"")`,
    );
    expect(sheet.at('B3')).toBe('=TODAY()');
    expect(sheet.at('B4')).toBe(180);
    expect(sheet.at(sheet.cells.overdue!)).toBe(`=COUNTIFS('客户'!$J:$J,"<"&$B$3)`);
  });

  test('leaves validity blank with a note where no formula can judge it, and counts real dates only', () => {
    const sheet = plan('客户', ZH_ROWS);
    expect(sheet.cells.quality.phone).toEqual({ filled: expect.any(String) });
    expect(sheet.at(sheet.cells.quality.phone!.filled)).toBe(`=COUNTA('客户'!$C:$C)-1`);
    const phoneRow = Number(sheet.cells.quality.phone!.filled.slice(1));
    expect(sheet.at(cellAddress(phoneRow, 5))).toBe('格式由“检查”判断，公式不检查');
    expect(sheet.at(sheet.cells.quality.lastContact!.valid!)).toBe(`=COUNT('客户'!$H:$H)`);
    expect(sheet.at(sheet.cells.quality.valueTier!.valid!)).toBe(
      `=SUMPRODUCT(COUNTIFS('客户'!$E:$E,{"=VIP","=A","=B","=C"}))`,
    );
  });

  test('writes no spend column and counts stale from last contact alone when an English list has no spend or purchase date column', () => {
    const sheet = plan('Customers', EN_ROWS);
    expect(sheet.write.name).toBe('Customer Insights');
    expect(sheet.at('A5')).toBe('Customers');
    const status = sheet.segments('status');
    expect(status.values.Active!.spend).toBeUndefined();
    expect(sheet.at(cellAddress(Number(status.values.Active!.count.slice(1)), 5))).toBeNull();
    expect(sheet.at(sheet.cells.stale!)).toBe(`=COUNTIFS(Customers!$F:$F,"<"&($B$3-$B$4))`);
    expect(sheet.at(sheet.cells.quality.email!.valid!)).toBe(`=COUNTIFS(Customers!$B:$B,"?*@?*.?*")`);
  });

  test('lists one row for values that differ only in case, since COUNTIFS ignores case', () => {
    const sheet = plan('Leads', [
      ['Name', 'City'],
      ['Ann Lee', 'Boston'],
      ['Bo Chen', 'boston'],
      ['Cy Park', 'Boston'],
    ]);
    expect(Object.keys(sheet.segments('region').values)).toEqual(['Boston', '']);
  });
});

describe('planSetup', () => {
  test('adds the analysis sheet and names it as Custodian own when the customer sheet has another name', () => {
    const { plan } = planSetup({ name: '客户', values: ZH_ROWS });
    expect(plan.sheets.map((s) => s.name)).toContain('客户分析');
    expect(plan.meta['helperSheet.header.客户分析']).toBe('["客户分析"]');
  });

  test('leaves the analysis sheet out when the customer sheet itself is named 客户分析 or Customer Insights', () => {
    expect(planSetup({ name: '客户分析', values: ZH_ROWS }).plan.sheets.map((s) => s.name)).not.toContain('客户分析');
    expect(planSetup({ name: 'customer insights', values: EN_ROWS }).plan.sheets.map((s) => s.name)).not.toContain(
      'Customer Insights',
    );
  });

  test("never overwrites a sheet of the user that already has the analysis sheet's name", () => {
    const snapshot = { name: '客户', values: ZH_ROWS };
    const workbook = workbookFromSnapshot(snapshot);
    const mine = emptySheet('客户分析');
    mine.values = [
      ['我的分析', '2024 年目标'],
      ['华东', 120],
    ];
    workbook.sheets.push(mine);
    const after = applyPlan(workbook, planSetup(snapshot).plan);
    expect(findSheet(after, '客户分析')?.values).toEqual([
      ['我的分析', '2024 年目标'],
      ['华东', 120],
    ]);
    // Without such a sheet, set up creates it.
    expect(
      findSheet(applyPlan(workbookFromSnapshot(snapshot), planSetup(snapshot).plan), '客户分析')?.values.length,
    ).toBeGreaterThan(5);
  });
});
