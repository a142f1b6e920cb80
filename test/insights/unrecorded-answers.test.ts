/**
 * Outlook's contact export writes Gender "Unspecified" for every contact it has none for, as WeCom and
 * 有赞 write 性别 未知: no answer recorded, so the report's completeness counts it with the blanks,
 * and the cell stays as typed. 保密 and Prefer not to say are the customer's own answer: filled.
 * The analysis sheet's filled figures agree, as they do for Outlook's 0/0/00 dates.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { buildInsights } from '../../shared/insights/build-insights';
import { planAnalysisSheet } from '../../shared/insights/analysis-sheet';
import { qualityScore } from '../../shared/insights/quality-trend';
import { planClean } from '../../shared/operations/clean';
import { resolveContext } from '../../shared/operations/options';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import type { Template } from '../../shared/template/schema';
import { sheet } from '../operations/fixtures';
import { TODAY } from './fixtures';

// The columns of Outlook's CSV export a small business fills in, Gender as Outlook writes it.
const OUTLOOK: CellValue[][] = [
  ['First Name', 'Last Name', 'E-mail Address', 'Mobile Phone', 'Company', 'Birthday', 'Gender'],
  ['Dave', 'Miller', 'dmiller@northwind.com', '(206) 555-0199', 'Northwind Traders', '0/0/00', 'Unspecified'],
  ['Sarah', 'Johnson', 'sarah.johnson@contoso.com', '(917) 555-0123', 'Contoso', '5/14/1985', 'Female'],
  ['Robert', 'Chen', 'robert.chen@acmecorp.com', '(415) 555-0132', 'Acme Corp', '0/0/0000', 'Male'],
  ['Maria', 'Garcia', 'maria@garcia-law.com', '(312) 555-0148', 'Garcia Law', '00/00/0000', 'Unspecified'],
  ['Ken', 'Ito', 'ken@ito-design.com', '(503) 555-0170', 'Ito Design', '0/0/00', 'Prefer not to say'],
];

// A 有赞 member export: 性别 未知 where the member never said, 保密 where they chose not to.
const YOUZAN: CellValue[][] = [
  ['客户姓名', '手机号', '性别', '生日'],
  ['张伟', '13800138000', '男', '1988-03-05'],
  ['李娜', '13912345678', '未知', null],
  ['王芳', '13700137003', '女', null],
  ['赵磊', '13600136004', '保密', null],
  ['陈静', '13500135005', '不详', null],
];

const quality = (values: CellValue[][], column: string) =>
  buildInsights(sheet(values), { now: TODAY }).quality.fields.find((f) => f.column === column);

function analysis(values: CellValue[][]) {
  const ctx = resolveContext({ name: 'Contacts', values });
  const plan = planAnalysisSheet({
    sheet: 'Contacts',
    values,
    mapping: ctx.mapping,
    template: ctx.template,
    locale: ctx.locale,
  });
  return (key: string) => {
    const [, col, row] = /^([A-Z])(\d+)$/.exec(plan.cells.quality[key]!.filled)!;
    return plan.write.formulas![Number(row) - 1]![col!.charCodeAt(0) - 65];
  };
}

describe('answers not recorded in the report’s completeness', () => {
  test('Outlook’s Unspecified counts with the blanks; Prefer not to say is an answer', () => {
    expect(quality(OUTLOOK, 'Gender')).toEqual({
      field: 'gender',
      column: 'Gender',
      filled: 3,
      valid: 3,
      canonical: 3,
    });
  });

  test('性别 未知 and 不详 count with the blanks; 保密 is the member’s answer', () => {
    expect(quality(YOUZAN, '性别')).toEqual({ field: 'gender', column: '性别', filled: 3, valid: 3, canonical: 3 });
  });

  test('the quality score judges only what was recorded, in the report and in the trend alike', () => {
    // One e-mail typed short, so the score is below 100 and moves with what it judges.
    const values = OUTLOOK.map((row) => row.map((v) => (v === 'maria@garcia-law.com' ? 'maria@garcia-law' : v)));
    const blanked = values.map((row) => row.map((v) => (v === 'Unspecified' ? null : v)));
    const score = buildInsights(sheet(values), { now: TODAY }).quality.score;
    expect(score).toBeLessThan(100);
    expect(score).toBe(buildInsights(sheet(blanked), { now: TODAY }).quality.score);
    expect(qualityScore(sheet(values), { now: TODAY })).toBe(score);
  });

  test('check says nothing of Unspecified or 未知, and clean leaves them as typed', () => {
    expect(checkSheet(sheet(OUTLOOK), { now: TODAY }).issues.filter((i) => i.column === 'Gender')).toEqual([]);
    expect(checkSheet(sheet(YOUZAN), { now: TODAY }).issues.filter((i) => i.column === '性别')).toEqual([]);
    expect(planClean(sheet(OUTLOOK), { now: TODAY }).plan.edits.filter((e) => e.col === 7)).toEqual([]);
    expect(planClean(sheet(YOUZAN), { now: TODAY }).plan.edits.filter((e) => e.col === 3)).toEqual([]);
  });

  test('a template whose gender options name 未知 counts it as an answer', () => {
    const template: Template = {
      ...DEFAULT_TEMPLATE,
      fields: DEFAULT_TEMPLATE.fields.map((f) =>
        f.key === 'gender'
          ? {
              ...f,
              options: [
                ...f.options!,
                { key: 'unknown', labels: { 'zh-CN': '未知', 'en-US': 'Unknown' }, synonyms: [] },
              ],
            }
          : f,
      ),
    };
    const field = buildInsights(sheet(YOUZAN), { now: TODAY, template }).quality.fields.find(
      (f) => f.column === '性别',
    );
    expect(field?.filled).toBe(4);
  });
});

describe('the analysis sheet’s filled cells agree with the report', () => {
  test('a gender column’s filled count leaves out the Unspecified present', () => {
    expect(analysis(OUTLOOK)('gender')).toBe(`=COUNTA(Contacts!$G:$G)-1-COUNTIFS(Contacts!$G:$G,"=Unspecified")`);
  });

  test('性别’s filled count leaves out 未知 and 不详, not 保密', () => {
    expect(analysis(YOUZAN.map((r) => [...r]))('gender')).toBe(
      `=COUNTA(Contacts!$C:$C)-1-SUMPRODUCT(COUNTIFS(Contacts!$C:$C,{"=未知","=不详"}))`,
    );
  });

  test('a date column’s filled count leaves out Outlook’s 0/0/00 in each of its spellings', () => {
    const formula = analysis(OUTLOOK)('birthDate')!;
    expect(formula.startsWith(`=COUNTA(Contacts!$F:$F)-1-SUMPRODUCT(COUNTIFS(Contacts!$F:$F,{"=0/0/00",`)).toBe(true);
    for (const spelling of ['0/0/0000', '00/00/0000', '00/00/00', '0/00/00', '00/0/0000'])
      expect(formula).toContain(`"=${spelling}"`);
  });

  test('a column with no such value keeps its plain count', () => {
    expect(analysis(OUTLOOK)('email')).toBe(`=COUNTA(Contacts!$C:$C)-1`);
  });
});
