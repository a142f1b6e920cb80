/**
 * The command line on three things real Chinese lists hold: 无 / N/A for no phone or e-mail, ID numbers
 * Excel turned into numbers, and service numbers (95511, 10086). Check names each by row and column;
 * clean changes none of them.
 */
import { join } from 'node:path';
import { run, tempDir } from './run';
import { readXlsx, writeUtf8Csv, writeXlsx } from './fixtures';

const TODAY = ['--today', '2024-06-30'];

interface JsonIssue {
  row: number;
  column: string;
  code: string;
  severity: string;
  value: unknown;
}

describe('custodian check and clean on placeholders, ID numbers and service numbers', () => {
  const dir = tempDir();

  beforeAll(async () => {
    // As a shop's export arrives: the ID numbers typed into General cells became numbers.
    await writeXlsx(join(dir, 'members.xlsx'), [
      ['姓名', '手机', '邮箱', '身份证号'],
      ['吴磊', '13800000011', '无', 320102198507081200],
      ['王芳', '暂无', 'wf@example.com', 440301199211024600],
      ['中国平安', '95511', 'N/A', null],
      ['中国移动', '10086', '-', '11010519491231002X'],
    ]);
    writeUtf8Csv(join(dir, 'contacts.csv'), [
      ['姓名', '手机', '身份证号'],
      ['吴磊', '13800000011', '3.20102E+17'],
      ['王芳', '13800000012', '32010219850708123'],
      ['李明', '13800000013', '110101199003071234'],
      ['郑好', '无', '无'],
    ]);
  });

  test('check --json reports placeholders, lost ID digits and no service number', async () => {
    const result = await run(['check', 'members.xlsx', '--json', ...TODAY], dir);
    expect(result.code).toBe(1);
    const issues = (JSON.parse(result.stdout) as { issues: JsonIssue[] }).issues.map((i) => [
      i.row,
      i.column,
      i.code,
      i.severity,
    ]);
    expect(issues).toEqual([
      [2, '邮箱', 'value.placeholder', 'warning'],
      [2, '身份证号', 'idNumber.digitsLost', 'error'],
      [3, '手机', 'required.missing', 'error'],
      [3, '身份证号', 'idNumber.digitsLost', 'error'],
      [4, '邮箱', 'value.placeholder', 'warning'],
      [5, '邮箱', 'value.placeholder', 'warning'],
    ]);
  });

  test('check names the row, the column and what is wrong in a CSV', async () => {
    const result = await run(['check', 'contacts.csv', ...TODAY], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /2\s+身份证号\s+错误\s+3\.20102E\+17\s+“3\.20102E\+17”是被 Excel 存成数字的身份证号码/,
    );
    expect(result.stdout).toMatch(/3\s+身份证号\s+错误\s+32010219850708123\s+“32010219850708123”有 17 位/);
    expect(result.stdout).toMatch(/4\s+身份证号\s+错误\s+110101199003071234\s+“110101199003071234”的校验码不对/);
    expect(result.stdout).toMatch(/5\s+手机\s+错误\s+无\s+“手机”为必填项，但只填了表示没有值的“无”。/);
    expect(result.stdout).toMatch(/5\s+身份证号\s+警告\s+无\s+“无”表示没有值/);
    expect(result.stdout).not.toMatch(/不是有效的电话号码/);
  });

  test('clean leaves ID numbers, placeholders and service numbers as they were', async () => {
    const result = await run(['clean', 'members.xlsx', '-o', 'members.clean.xlsx', ...TODAY], dir);
    expect(result.code).toBe(0);
    const sheet = (await readXlsx(join(dir, 'members.clean.xlsx'))).worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const column = (label: string) =>
      [2, 3, 4, 5].map((row) => sheet.getCell(row, headers.indexOf(label) + 1).value ?? null);
    expect(column('手机')).toEqual(['13800000011', '暂无', '95511', '10086']);
    expect(column('邮箱')).toEqual(['无', 'wf@example.com', 'N/A', '-']);
    expect(column('证件号码')).toEqual([320102198507081200, 440301199211024600, null, '11010519491231002X']);
  });
});
