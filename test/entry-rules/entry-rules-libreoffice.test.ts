/**
 * Rules at entry in files, proven with LibreOffice (Debian's libreoffice-calc, as .ci/run installs):
 * it opens the governed .xlsx that setup writes and keeps every rule when it saves the file again,
 * and it evaluates the rules' formulas on typical values as a spreadsheet would on entry.
 * Skipped (with a message) where soffice is not installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { planSetup } from '../../shared/operations/setup';
import { emailFormula, idFormula, phoneFormula, wholeFormula } from '../../shared/operations/validation-rules';
import { regionPhoneShape } from '../../shared/operations/phone-entry-rule';
import { applyPlanToWorkbook } from '../../cli/io/apply-plan-to-workbook';
import { newWorkbook } from '../../cli/io/new-workbook';
import { writeWorkbookFile } from '../../cli/io/write-workbook';
import type { CellValue } from '../../shared/sheet/cell-value';
import { tempDir } from '../cli-io/fixtures';

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (!soffice)
  process.stderr.write('entry-rules-libreoffice: soffice (LibreOffice) is not installed; these tests are skipped.\n');
const withSoffice = soffice ? describe : describe.skip;

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function convert(file: string, to: 'xlsx' | 'csv', name: string): string {
  const out = tmp.file(name);
  mkdirSync(out, { recursive: true });
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${tmp.file('lo-profile')}`, '--headless', '--convert-to', to, '--outdir', out, file],
    { stdio: 'pipe', timeout: 120_000 },
  );
  return join(out, file.replace(/^.*\//, '').replace(/\.xlsx$/, `.${to}`));
}

type StoredRule = {
  type?: string;
  operator?: string;
  formulae?: unknown[];
  errorStyle?: string;
  error?: string;
  prompt?: string;
  showErrorMessage?: boolean;
};

withSoffice('entry rules in files under LibreOffice', () => {
  jest.setTimeout(180_000);

  test('keeps every rule, its bound, alert and hint when LibreOffice saves the governed file', async () => {
    const loaded = newWorkbook('客户');
    const sheet = loaded.workbook.getWorksheet('客户')!;
    const rows: CellValue[][] = [
      ['客户编号', '客户名称', '手机号码', '邮箱', '最近联系时间', '累计消费', '购买次数', '客户等级'],
      ['C000001', '张三', '13800138000', 'zhang@example.com', '2024-03-05', 1250.5, 3, 'VIP'],
      ['C000002', '李四', '010-12345678', 'li@example.cn', '2024-04-01', 0, 1, '普通'],
    ];
    rows.forEach((row) => sheet.addRow(row));
    const snapshot = { ...loaded.snapshot, values: rows };
    const { plan, mapping } = planSetup(snapshot, { locale: 'zh-CN' });
    applyPlanToWorkbook(loaded, plan);
    const governed = tmp.file('governed.xlsx');
    await writeWorkbookFile(loaded, governed);

    const resaved = convert(governed, 'xlsx', 'resaved');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(resaved);
    const model = (
      book.getWorksheet('客户') as unknown as { dataValidations: { model: Record<string, StoredRule | undefined> } }
    ).dataValidations.model;
    const letter = (col: number | undefined) => String.fromCharCode(64 + col!);
    const at = (col: number | undefined, row: number) => model[`${letter(col)}${row}`];

    const by = mapping.byField;
    // Custodian writes rules 5,000 rows below the data; LibreOffice saves them over the rows it counts
    // as used (here the formatted ones, 1,000 below the data), so the rule still reaches row 1003.
    expect(at(by.phone, 1003)).toBeDefined();
    expect(at(by.phone, 2)).toMatchObject({ type: 'custom', errorStyle: 'warning', showErrorMessage: true });
    expect(String(at(by.phone, 2)?.formulae?.[0])).toContain('SUMPRODUCT');
    expect(at(by.phone, 2)?.error).toContain('请输入完整的手机号或带区号的电话');
    expect(at(by.email, 2)).toMatchObject({ type: 'custom', errorStyle: 'stop' });
    expect(at(by.customerId, 2)?.formulae?.[0]).toEqual(expect.stringContaining('COUNTIF($A:$A,A2)=1'));
    expect(at(by.lastContact, 2)).toMatchObject({ type: 'date', operator: 'greaterThanOrEqual' });
    // The bound is stored as serial 1, Excel's 1900-01-01 (exceljs reads serials back without Excel's 1900 leap day).
    const bound = at(by.lastContact, 2)?.formulae?.[0] as Date;
    expect((bound.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000).toBe(1);
    // LibreOffice adds an unused second bound (0) to one-sided rules.
    expect(at(by.totalSpend, 2)).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual' });
    expect(at(by.totalSpend, 2)?.formulae?.[0]).toBe(0);
    expect(at(by.purchaseCount, 2)).toMatchObject({
      type: 'whole',
      operator: 'greaterThanOrEqual',
      prompt: '大于等于 0 的整数',
    });
    expect(at(by.purchaseCount, 2)?.formulae?.[0]).toBe(0);
    expect(at(by.valueTier, 2)).toMatchObject({ type: 'list', errorStyle: 'stop', prompt: '请从下拉列表中选择' });
  });

  test('accepts good values and rejects bad ones when LibreOffice evaluates the rule formulas', async () => {
    // Column A holds what a person types; B the rule's formula for that cell, as the rule would check it.
    const chinese = (cell: string) => phoneFormula(cell, regionPhoneShape('CN'));
    const american = (cell: string) => phoneFormula(cell, regionPhoneShape('US'));
    const cases: Array<[string, (cell: string) => string, CellValue, boolean]> = [
      // First, in rows 1 and 2: in row 2 of columns A to Z, as setup writes it, the rule tells 10 from 13.
      ['phone', chinese, '1381234567', false],
      ['phone', chinese, '10 6234 5678', true],
      ['phone', chinese, '13800138000', true],
      ['phone', chinese, 13800138000, true],
      ['phone', chinese, '010-12345678', true],
      ['phone', chinese, '+86 138 0013 8000', true],
      ['phone', chinese, '（021）6234 5678', true],
      ['phone', chinese, '１３８００１３８０００', true],
      ['phone', chinese, '+1 415 555 0134', true],
      ['phone', chinese, '0755-83456789 转 801', true],
      ['phone', chinese, '95588', true],
      ['phone', chinese, '1234567', false],
      ['phone', chinese, '13800138000 微信同号', false],
      ['phone', chinese, '13800138000138001380001', false],
      ['phone', chinese, '12345', false],
      ['phone', chinese, '13800138000 13900139000', false],
      ['phone', chinese, '0755-1234567转123', true],
      ['phone', american, '(415) 555-0134 ext. 12', true],
      ['phone', american, '555-0134', false],
      ['phone', phoneFormula, '+683 4002', true],
      ['phone', phoneFormula, '123', false],
      ['email', emailFormula, 'zhang@example.com', true],
      ['email', emailFormula, 'li@', false],
      ['email', emailFormula, 'a b@example.com', false],
      ['email', emailFormula, '@example.com', false],
      ['email', emailFormula, 'x@@example.com', false],
      ['email', emailFormula, 'x@example.', false],
      ['whole', (cell) => wholeFormula(cell, 0), 3, true],
      ['whole', (cell) => wholeFormula(cell, 0), 0, true],
      ['whole', (cell) => wholeFormula(cell, 0), -1, false],
      ['whole', (cell) => wholeFormula(cell, 0), 2.5, false],
    ];
    const ids: Array<[CellValue, boolean]> = [
      ['C000001', true],
      ['C000002', false],
      ['C000002', false],
      ['c000003', false],
      ['C12', false],
      ['C00000A', false],
      ['C0000010', true],
    ];
    const book = new ExcelJS.Workbook();
    const rules = book.addWorksheet('rules');
    cases.forEach(([, formula, value], i) => {
      rules.getCell(i + 1, 1).value = value as ExcelJS.CellValue;
      rules.getCell(i + 1, 2).value = { formula: formula(`A${i + 1}`).slice(1) } as ExcelJS.CellFormulaValue;
    });
    const idSheet = book.addWorksheet('ids');
    ids.forEach(([value], i) => {
      idSheet.getCell(i + 1, 1).value = value as ExcelJS.CellValue;
      idSheet.getCell(i + 1, 2).value = {
        formula: idFormula(`A${i + 1}`, 1, { idPrefix: 'C', idDigits: 6 }).slice(1),
      } as ExcelJS.CellFormulaValue;
    });
    const file = tmp.file('formulas.xlsx');
    await book.xlsx.writeFile(file);
    const csv = readFileSync(convert(file, 'csv', 'formulas'), 'utf8')
      .trim()
      .split(/\r?\n/);
    const results = csv.map((line) => line.slice(line.lastIndexOf(',') + 1));
    expect(results).toEqual(cases.map(([, , , ok]) => (ok ? 'TRUE' : 'FALSE')));

    // csv holds the first sheet only: the IDs go through a book of their own.
    book.removeWorksheet(rules.id);
    const idFile = tmp.file('ids.xlsx');
    await book.xlsx.writeFile(idFile);
    const idCsv = readFileSync(convert(idFile, 'csv', 'ids'), 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(idCsv.map((line) => line.slice(line.lastIndexOf(',') + 1))).toEqual(
      ids.map(([, ok]) => (ok ? 'TRUE' : 'FALSE')),
    );
  });
});
