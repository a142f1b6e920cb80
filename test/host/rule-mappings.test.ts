import { ownRuleFromExcel, ruleSpans } from '../../shared/host/excel-rules';
import {
  ownRuleFromSheets,
  sheetsColumnRules,
  sheetsCriteria,
  type SheetsReadRule,
} from '../../shared/host/sheets-rules';

const span = { col: 4, firstRow: 2, lastRow: 500 };
const alert = { showAlert: true, style: 'Stop', title: '', message: '' };
const noPrompt = { showPrompt: false, title: '', message: '' };

describe('excel-rules', () => {
  test('splits getSpecialCells areas into column runs from row 2, whole columns included', () => {
    expect(ruleSpans("'客户 A'!D1:E3,'客户 A'!$G:$G")).toEqual([
      { col: 4, firstRow: 2, lastRow: 3 },
      { col: 5, firstRow: 2, lastRow: 3 },
      { col: 7, firstRow: 2, lastRow: 1_048_576 },
    ]);
    expect(ruleSpans('Sheet1!A1')).toEqual([]);
  });

  test.each([
    ['Inconsistent', 'mixed'],
    ['MixedCriteria', 'MixedCriteria'],
  ])('reports a %s column instead of guessing its rule', (type, unread) => {
    expect(ownRuleFromExcel(span, { type, rule: {}, ignoreBlanks: true, errorAlert: alert, prompt: noPrompt })).toEqual(
      {
        ...span,
        unread,
      },
    );
  });

  test('reads bounds Excel gives back as formulas: a date serial, a time and a cell reference', () => {
    const read = (rule: object, type: string) =>
      ownRuleFromExcel(span, {
        type,
        rule,
        ignoreBlanks: false,
        errorAlert: { ...alert, style: 'Information' },
        prompt: noPrompt,
      });
    expect(read({ date: { formula1: '=43831', formula2: '=$J$1', operator: 'Between' } }, 'Date')).toMatchObject({
      type: 'date',
      operator: 'between',
      formulas: ['2020-01-01', '=$J$1'],
      allowBlank: false,
      alert: 'information',
    });
    expect(read({ time: { formula1: '=0.375', operator: 'GreaterThan' } }, 'Time')).toMatchObject({
      formulas: ['09:00:00'],
      operator: 'greaterThan',
    });
    expect(
      ownRuleFromExcel(span, { type: 'None', rule: {}, ignoreBlanks: true, errorAlert: null, prompt: null }),
    ).toBeNull();
  });
});

function sheetsRule(
  criteria: string,
  values: unknown[],
  allowInvalid = false,
  help: string | null = null,
): SheetsReadRule {
  return {
    getCriteriaType: () => criteria,
    getCriteriaValues: () => values,
    getAllowInvalid: () => allowInvalid,
    getHelpText: () => help,
  };
}

describe('sheets-rules', () => {
  const name = () => "'Lists'!A1:A3";
  const iso = (d: unknown) => (d as Date).toISOString().slice(0, 10);

  test.each([
    ['TEXT_CONTAINS', ['@']],
    ['CHECKBOX', []],
    ['DATE_AFTER_RELATIVE', ['TODAY']],
  ])('reports Sheets criteria %s it cannot say in Excel terms', (criteria, values) => {
    expect(ownRuleFromSheets(span, sheetsRule(criteria, values), name, iso)).toEqual({ ...span, unread: criteria });
  });

  test('reads a dropdown, a number window and a warning-only rule with its help text', () => {
    expect(ownRuleFromSheets(span, sheetsRule('VALUE_IN_LIST', [['是', '否'], true]), name, iso)).toEqual({
      ...span,
      type: 'list',
      formulas: [],
      values: ['是', '否'],
      allowBlank: true,
      alert: 'stop',
    });
    expect(ownRuleFromSheets(span, sheetsRule('NUMBER_BETWEEN', [1, 10], true, 'between 1 and 10'), name, iso)).toEqual(
      {
        ...span,
        type: 'decimal',
        operator: 'between',
        formulas: ['1', '10'],
        allowBlank: true,
        alert: 'warning',
        error: 'between 1 and 10',
      },
    );
  });

  test('writes a whole-number rule, which Sheets lacks, as the formula that says it', () => {
    const own = {
      kind: 'own' as const,
      col: 6,
      firstRow: 2,
      lastRow: 9,
      type: 'whole' as const,
      operator: 'between' as const,
    };
    const criteria = sheetsCriteria(
      { ...own, formulas: ['0', '100'], allowBlank: true, alert: 'stop' as const },
      { range: () => null, date: (d) => d },
    );
    expect(criteria).toEqual({
      method: 'requireFormulaSatisfied',
      args: ['=AND(ISNUMBER(F2),INT(F2)=F2,AND(F2>=0,F2<=100))'],
      allowInvalid: false,
    });
  });

  test('reads a column whose probe rows agree as one rule, and one that differs by its runs', () => {
    const list = sheetsRule('VALUE_IN_LIST', [['A', 'B'], true]);
    const other = sheetsRule('VALUE_IN_LIST', [['C'], true]);
    // Column A: the same rule everywhere; column B: rows 2-3 one rule, row 4 another, row 5 none.
    const cell = (row: number, col: number) => (col === 1 ? list : row <= 3 ? list : row === 4 ? other : null);
    const reads: string[] = [];
    const read = (row: number, col: number, rows: number, cols: number) => {
      reads.push(`${row},${col},${rows},${cols}`);
      return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cell(row + r, col + c)));
    };
    const rules = sheetsColumnRules(read, { lastRow: 3, maxRows: 5, columns: 2 }, name, iso);
    expect(rules.map((r) => [r.col, r.firstRow, r.lastRow, 'values' in r ? r.values : null])).toEqual([
      [1, 2, 5, ['A', 'B']],
      [2, 2, 3, ['A', 'B']],
      [2, 4, 4, ['C']],
    ]);
    expect(reads).toEqual(['2,1,1,2', '3,1,1,2', '5,1,1,2', '2,2,4,1']);
  });
});
