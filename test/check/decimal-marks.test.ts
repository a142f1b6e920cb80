import { checkSheet } from '../../shared/check/check-sheet';
import type { Locale } from '../../shared/i18n/locale';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { sheet, TODAY } from '../operations/fixtures';

const HEADER = ['Name', 'Company', 'Phone', 'Email', 'Total Spend', 'Created'];
const SPEND_COL = 5;
const PEOPLE = [
  ['Marie Dupont', 'Dupont SARL', '+33 1 42 68 53 00', 'marie@dupont.fr'],
  ['Jean Martin', 'Martin SA', '+33 1 42 68 53 01', 'jean@martin.fr'],
  ['Hans Müller', 'Müller GmbH', '+49 30 1234567', 'hans@mueller.de'],
  ['Jürgen Weiß', 'Weiß AG', '+49 89 7654321', 'jw@weiss.de'],
  ['Lucía García', 'García SL', '+34 912 345 678', 'lucia@garcia.es'],
  ['Giulia Rossi', 'Rossi SpA', '+39 06 1234 5678', 'giulia@rossi.it'],
];

/** A list as a CSV holds it (text only), one customer per amount, created on an unambiguous day. */
function list(spends: readonly string[], options: { textOnly?: boolean } = { textOnly: true }) {
  const rows: CellValue[][] = spends.map((spend, i) => [...PEOPLE[i]!, spend, '2024-03-25']);
  return sheet([HEADER, ...rows], options.textOnly ? { textOnly: true } : {});
}

const spendIssues = (snapshot: ReturnType<typeof list>, locale: Locale = 'en-US', template = DEFAULT_TEMPLATE) =>
  checkSheet(snapshot, { now: TODAY, locale, template })
    .issues.filter((i) => i.column === 'Total Spend')
    .map((i) => [i.row, i.code, i.value, i.suggestion]);

const spendEdits = (snapshot: ReturnType<typeof list>) =>
  planClean(snapshot, { now: TODAY, locale: 'en-US' })
    .plan.edits.filter((e) => e.col === SPEND_COL)
    .map((e) => [e.row, e.before, e.after]);

describe('numbers read in the decimal mark their column shows', () => {
  test('warns that 1.500 and 2.000 have two readings where the column does not say, and clean leaves them', () => {
    const french = list(['1.500', '2.000']);
    expect(spendIssues(french)).toEqual([
      [2, 'number.ambiguous', '1.500', null],
      [3, 'number.ambiguous', '2.000', null],
    ]);
    const { issues } = checkSheet(french, { now: TODAY, locale: 'en-US' });
    expect(issues.find((i) => i.value === '1.500')).toMatchObject({
      severity: 'warning',
      message:
        '"1.500" could be 1500 or 1.5 (the separator grouping thousands or marking decimals): left as typed. Write it without the thousands separator, or the column\'s other numbers will tell once one can be read only one way (88,50 or 1,234.56).',
    });
    expect(checkSheet(french, { now: TODAY, locale: 'zh-CN' }).issues.find((i) => i.value === '2.000')?.message).toBe(
      '“2.000”可能是 2000 或 2（分隔符可能是千位分隔符，也可能是小数点）：已保持原样。请去掉千位分隔符；本列其他数字中有只能一种读法的（如 88,50 或 1,234.56），也能说明写法。',
    );
    const cleaned = planClean(french, { now: TODAY, locale: 'en-US' });
    expect(spendEdits(french)).toEqual([]);
    expect(cleaned.summary.unfixable).toBe(2);
  });

  test('reads 1.500 as 1500 in a column whose 2.345.000 shows dot thousands', () => {
    const german = list(['1.500', '12.000', '2.345.000']);
    expect(spendEdits(german)).toEqual([
      [2, '1.500', 1500],
      [3, '12.000', 12000],
      [4, '2.345.000', 2345000],
    ]);
  });

  test('reads decimal commas, and 1.500 as 1500 beside them', () => {
    const european = list(['1200', '88,50', '1.234,56', '1,5', '300', '1.500']);
    expect(spendIssues(european).filter(([, code]) => code !== 'number.nonCanonical')).toEqual([]);
    expect(spendEdits(european)).toEqual([
      [3, '88,50', 88.5],
      [4, '1.234,56', 1234.56],
      [5, '1,5', 1.5],
      [7, '1.500', 1500],
    ]);
  });

  test('reads 1.500 as 1.5 in a column whose 1,234.56 and 12.5 show a decimal point, where alone it has two readings', () => {
    // In a workbook text is not yet a number, so the edit shows how each cell was read.
    expect(spendEdits(list(['1,234.56', '12.5', '1.500'], { textOnly: false }))).toEqual([
      [2, '1,234.56', 1234.56],
      [3, '12.5', 12.5],
      [4, '1.500', 1.5],
    ]);
    expect(spendEdits(list(['1.500'], { textOnly: false }))).toEqual([]);
  });

  test('reads a Chinese list’s 125,000 as 125000, where under an English header it has two readings', () => {
    const rows = (header: string): CellValue[][] => [
      ['姓名', '手机', header],
      ['刘晓明', '13588889999', '125,000'],
      ['王芳', '13905741234', '56,000'],
    ];
    const edits = (header: string) =>
      planClean(sheet(rows(header)), { now: TODAY, locale: 'zh-CN' })
        .plan.edits.filter((e) => e.col === 3)
        .map((e) => [e.row, e.before, e.after]);
    expect(edits('累计消费金额')).toEqual([
      [2, '125,000', 125000],
      [3, '56,000', 56000],
    ]);
    expect(edits('Total Spend')).toEqual([]);
    const english = checkSheet(sheet(rows('Total Spend')), { now: TODAY, locale: 'zh-CN' }).issues;
    expect(english.filter((i) => i.column === 'Total Spend').map((i) => [i.row, i.code])).toEqual([
      [2, 'number.ambiguous'],
      [3, 'number.ambiguous'],
    ]);
  });

  test('reads amounts in ¥ and 万 as before in a list combined with European ones, whose 1.500 says neither', () => {
    const combined = list(['88,50', '1.234,56', '1.500', '¥1,200.50', '1.2万', '¥2,000']);
    expect(spendIssues(combined, 'zh-CN')).toEqual([
      [2, 'number.nonCanonical', '88,50', 88.5],
      [3, 'number.nonCanonical', '1.234,56', 1234.56],
      [4, 'number.ambiguous', '1.500', null],
      [5, 'number.nonCanonical', '¥1,200.50', 1200.5],
      [6, 'number.nonCanonical', '1.2万', 12000],
      [7, 'number.nonCanonical', '¥2,000', 2000],
    ]);
  });

  test('reads amounts in $ as before in a US list combined with European ones', () => {
    const combined = list(['$1,200', '$2,000.50', '88,50', '2,000']);
    expect(spendIssues(combined, 'en-US', { ...DEFAULT_TEMPLATE, defaultRegion: 'US' })).toEqual([
      [2, 'number.nonCanonical', '$1,200', 1200],
      [3, 'number.nonCanonical', '$2,000.50', 2000.5],
      [4, 'number.nonCanonical', '88,50', 88.5],
      [5, 'number.ambiguous', '2,000', null],
    ]);
  });
});
