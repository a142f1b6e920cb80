import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { dataValidationsOf } from '../../shared/files/exceljs-gaps';
import { SETUP_CASES, TEAM_RULES } from '../history/setup-undo-fixtures';
import { run, tempDir } from './run';

/**
 * A team's list with rules at entry of its own (a dropdown of their grades, a date window, a
 * whole-number rule with their texts), written by exceljs as Excel writes them. `custodian clean`
 * sets the sheet up over those columns; `custodian undo --all` must give the file its rules back.
 * Spans stop at row 2,000: exceljs reads a rule as one entry per cell.
 */
const rulesOf = (locale: keyof typeof TEAM_RULES) =>
  TEAM_RULES[locale].map((rule) => ({ ...rule, lastRow: Math.min(rule.lastRow, 2000) }));

async function writeTeamBook(path: string, sheetName: string, rows: unknown[][], locale: keyof typeof TEAM_RULES) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  const add = (sheet as unknown as { dataValidations: { add(a: string, r: unknown): void } }).dataValidations;
  for (const rule of rulesOf(locale)) {
    const column = String.fromCharCode(64 + rule.col);
    const formulae = rule.values
      ? [`"${rule.values.join(',')}"`]
      : rule.formulas.map((f) => (rule.type === 'date' ? new Date(`${f}T00:00:00Z`) : Number(f)));
    add.add(`${column}${rule.firstRow}:${column}${rule.lastRow}`, {
      type: rule.type,
      ...(rule.operator ? { operator: rule.operator } : {}),
      allowBlank: rule.allowBlank,
      formulae,
      showErrorMessage: rule.alert !== 'none',
      errorStyle: rule.alert,
      ...(rule.error ? { error: rule.error, errorTitle: rule.errorTitle ?? '' } : {}),
      ...(rule.prompt ? { showInputMessage: true, prompt: rule.prompt, promptTitle: rule.promptTitle } : {}),
    });
  }
  await book.xlsx.writeFile(path);
}

/** The file's rules on the team's columns, as exceljs reads them (one entry per cell). */
async function teamColumnRules(path: string, sheetName: string, locale: keyof typeof TEAM_RULES) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const model = dataValidationsOf(book.getWorksheet(sheetName)!).model;
  const columns = new Set(rulesOf(locale).map((r) => String.fromCharCode(64 + r.col)));
  return Object.fromEntries(
    Object.entries(model).filter(([address]) => columns.has(address.replace(/\d+$/, '')) && !/^[A-Z]1$/.test(address)),
  );
}

describe("custodian undo of set up and the sheet's own rules at entry", () => {
  const dir = tempDir();

  test.each(SETUP_CASES)('gives the $locale list its dropdown, date and whole-number rules back', async (setupCase) => {
    const { locale, sheet, rows } = setupCase;
    const file = `${locale}.xlsx`;
    await writeTeamBook(join(dir, file), sheet, rows, locale);
    const before = await teamColumnRules(join(dir, file), sheet, locale);
    expect(Object.keys(before)).toHaveLength(rulesOf(locale).reduce((n, r) => n + r.lastRow - r.firstRow + 1, 0));

    expect((await run(['clean', file, '-o', `set-${file}`, '--today', '2024-06-30'], dir)).code).toBe(0);
    expect(await teamColumnRules(join(dir, `set-${file}`), sheet, locale)).not.toEqual(before);

    const undone = await run(['undo', `set-${file}`, '-o', `undone-${file}`, '--all'], dir);
    expect(undone.stderr).toBe('');
    expect(undone.code).toBe(0);
    expect(undone.stdout).not.toContain('could not be read');
    expect(await teamColumnRules(join(dir, `undone-${file}`), sheet, locale)).toEqual(before);
  });

  test('says which rule it could not give back: a whole-number bound given by a formula', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Customers');
    for (const row of SETUP_CASES[1].rows) sheet.addRow(row);
    (sheet as unknown as { dataValidations: { add(a: string, r: unknown): void } }).dataValidations.add('F2:F50', {
      type: 'whole',
      operator: 'lessThan',
      allowBlank: true,
      formulae: ['$J$1'],
      showErrorMessage: true,
    });
    await book.xlsx.writeFile(join(dir, 'formula-bound.xlsx'));
    expect((await run(['clean', 'formula-bound.xlsx', '-o', 'set-fb.xlsx', '--today', '2024-06-30'], dir)).code).toBe(
      0,
    );
    const undone = await run(['undo', 'set-fb.xlsx', '-o', 'undone-fb.xlsx', '--all'], dir);
    expect(undone.code).toBe(0);
    expect(undone.stdout).toContain(
      'The rule at entry column F of "Customers" had on rows 2–50 (a bound given by a formula) could not be read',
    );
  });

  test('keeps a rule over several columns and the header on the cells set up leaves alone, and gives back the rest', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Customers');
    for (const row of SETUP_CASES[1].rows) sheet.addRow(row);
    // Names, phone and email at most 50 characters, set over the columns with their headers.
    (sheet as unknown as { dataValidations: { add(a: string, r: unknown): void } }).dataValidations.add('A1:D200', {
      type: 'textLength',
      operator: 'lessThanOrEqual',
      allowBlank: true,
      formulae: [50],
      showErrorMessage: true,
      errorStyle: 'warning',
      error: 'At most 50 characters',
    });
    await book.xlsx.writeFile(join(dir, 'lengths.xlsx'));
    const cells = async (file: string) => {
      const read = new ExcelJS.Workbook();
      await read.xlsx.readFile(join(dir, file));
      const model = dataValidationsOf(read.getWorksheet('Customers')!).model;
      return Object.fromEntries(Object.entries(model).filter(([address]) => /^[A-D]\d+$/.test(address)));
    };
    const before = await cells('lengths.xlsx');
    expect(Object.keys(before)).toHaveLength(800);
    expect((await run(['clean', 'lengths.xlsx', '-o', 'set-lengths.xlsx', '--today', '2024-06-30'], dir)).code).toBe(0);
    const governed = await cells('set-lengths.xlsx');
    // Phone (C) and email (D) get set up's rules below the header; the names and the headers keep the team's.
    for (const address of ['A1', 'A200', 'B2', 'C1', 'D1']) expect(governed[address]).toEqual(before[address]);
    expect(governed.C2).not.toEqual(before.C2);
    const undone = await run(['undo', 'set-lengths.xlsx', '-o', 'undone-lengths.xlsx', '--all'], dir);
    expect(undone.code).toBe(0);
    expect(await cells('undone-lengths.xlsx')).toEqual(before);
  });
});
