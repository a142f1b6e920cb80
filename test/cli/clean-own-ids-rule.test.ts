import { join } from 'node:path';
import { run, tempDir } from './run';
import { readXlsx, writeXlsx } from './fixtures';

const TODAY = ['--today', '2026-11-29'];

/** The rule Excel checks typed IDs with (and circles invalid data by), on the first ID cell. */
async function idRuleOf(path: string, address: string) {
  const sheet = (await readXlsx(path)).worksheets.find((s) => s.name === '客户' || s.name === 'Customers')!;
  return sheet.getCell(address).dataValidation;
}

describe('custodian clean of a list with its own customer IDs', () => {
  const dir = tempDir();

  test('writes an ID rule the list’s own IDs (00123) meet, as check accepts them', async () => {
    await writeXlsx(join(dir, 'ids.xlsx'), [
      ['姓名', '手机', '邮箱', '客户编号'],
      ['张伟', '13800138000', 'zhangwei@qq.com', '00123'],
      ['李娜', '13900139000', 'ln@a.com', '00124'],
    ]);
    const check = await run(['check', 'ids.xlsx', '--json', ...TODAY], dir);
    expect(JSON.parse(check.stdout).issues.filter((i: { column: string }) => i.column === '客户编号')).toEqual([]);
    expect((await run(['clean', 'ids.xlsx', '-o', 'ids.clean.xlsx', ...TODAY], dir)).code).toBe(0);
    const rule = await idRuleOf(join(dir, 'ids.clean.xlsx'), 'D2');
    // No prefix the list does not use: the next house ID (00125) is not refused.
    expect(rule.formulae).toEqual(['COUNTIF($D:$D,D2)=1']);
    expect(rule.prompt).toBe('不可重复，如 00123');
    expect(rule.error).toBe('客户编号：每位客户的编号须唯一；该编号已被使用。');
  });

  test('says so in English on an English list', async () => {
    await writeXlsx(
      join(dir, 'ids-en.xlsx'),
      [
        ['Name', 'Phone', 'Email', 'Customer ID'],
        ['John Smith', '(617) 555-0199', 'john@acme.com', 'A-1001'],
        ['Karen Lee', '(609) 555-0142', 'karen@initech.com', 'A-1002'],
      ],
      { sheet: 'Customers' },
    );
    expect((await run(['clean', 'ids-en.xlsx', '-o', 'ids-en.clean.xlsx', ...TODAY], dir)).code).toBe(0);
    const rule = await idRuleOf(join(dir, 'ids-en.clean.xlsx'), 'D2');
    expect(rule.formulae).toEqual(['COUNTIF($D:$D,D2)=1']);
    expect(rule.prompt).toBe('Unique, e.g. A-1001');
    expect(rule.error).toBe('Customer ID: each customer needs an ID of their own; this one is taken.');
  });
});
