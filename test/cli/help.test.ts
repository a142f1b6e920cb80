import { join } from 'node:path';
import { runCli } from '../../cli/main';
import { run, tempDir } from './run';
import { writeUtf8Csv } from './fixtures';
import type { CellValue } from '../../shared/sheet/cell-value';

const ZH: CellValue[][] = [
  ['客户编号', '姓名', '手机', '邮箱'],
  ['C000001', '张伟', '+86 138 0013 8000', 'zhangwei@xingchen.com'],
  ['C000002', '李娜', '13912345678', 'lina@haijing.cn'],
  ['C000003', '张 伟', '138-0013-8000', 'zhangwei@xingchen.com'],
];

const COMMANDS = [
  'template',
  'check',
  'clean',
  'dedupe',
  'merge',
  'mark',
  'export',
  'report',
  'history',
  'undo',
  'demo',
];

describe('custodian <command> --help', () => {
  const dir = tempDir();

  test.each(COMMANDS)('describes %s alone when asked for its help', async (name) => {
    const result = await run([name, '--help'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(`Usage: custodian ${name} `)).toBe(true);
    expect(result.stdout).not.toMatch(/^Commands:/m);
    expect(result.stdout).toMatch(/--today YYYY-MM-DD/);
  });

  test("lists merge's own options when asked with -h", async () => {
    const result = await run(['merge', '-h'], dir);
    expect(result.stdout).toMatch(/--keep WHICH/);
    expect(result.stdout).toMatch(/--rule COLUMN=RULE/);
    expect(result.stdout).toMatch(/--exact/);
    expect(result.stdout).not.toMatch(/--to CRM/);
  });

  test('still prints the global help when asked without a command', async () => {
    const result = await run(['--help'], dir);
    expect(result.stdout).toMatch(/^Commands:/m);
  });

  test("names the command's help when an option is unknown", async () => {
    writeUtf8Csv(join(dir, 'list.csv'), ZH);
    const result = await run(['dedupe', 'list.csv', '--fuzzy'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Run "custodian dedupe --help" for the options/);
  });
});

describe('custodian --today', () => {
  const dir = tempDir();
  writeUtf8Csv(join(dir, 'list.csv'), ZH);

  test.each([
    [['dedupe', 'list.csv', '--json']],
    [['merge', 'list.csv', '-o', 'out.xlsx']],
    [['history', 'list.csv']],
    [['template', '-o', 'empty.xlsx']],
  ])('is accepted by %j', async (args) => {
    const result = await run([...args, '--today', '2024-06-01'], dir);
    expect(result.stderr).not.toMatch(/Unknown option/);
    expect(result.code).toBe(0);
  });

  test.each([['dedupe'], ['history']])('exits 2 naming the expected form when %s gets a bad date', async (name) => {
    const result = await run([name, 'list.csv', '--today', '2024-13-01'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--today must be a date like 2024-03-05, not "2024-13-01"/);
  });
});

describe('custodian progress', () => {
  const dir = tempDir();
  writeUtf8Csv(join(dir, 'list.csv'), ZH);

  test('writes no progress when stderr is a log', async () => {
    const result = await run(['dedupe', 'list.csv'], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  test('writes progress steps to a log when asked with --progress, in the sheet’s language', async () => {
    const result = await run(['dedupe', 'list.csv', '--progress'], dir);
    expect(result.stderr).toMatch(/正在查找重复: 100%/);
    expect(result.stdout).not.toMatch(/%/);
    const english = await run(['check', 'list.csv', '--progress', '--locale', 'en-US'], dir);
    expect(english.stderr).toMatch(/^Checking: 100%$/m);
    expect(english.stderr).not.toMatch(/正在/);
  });

  test('labels progress in English for an English sheet', async () => {
    writeUtf8Csv(join(dir, 'customers.csv'), [
      ['Customer ID', 'Name', 'Phone', 'Email'],
      ['C000001', 'Ada Lovelace', '+44 20 7946 0958', 'ada@example.com'],
      ['C000002', 'Ada Lovelace', '+44 20 7946 0958', 'ada@example.com'],
    ]);
    const result = await run(['dedupe', 'customers.csv', '--progress'], dir);
    expect(result.stderr).toMatch(/^Finding duplicates: 100%$/m);
  });

  test('draws one progress line when stderr is a terminal', async () => {
    let stderr = '';
    const code = await runCli(['dedupe', 'list.csv'], {
      stdout: { write: () => true },
      stderr: { write: (t: string) => (stderr += t), isTTY: true },
      cwd: dir,
    });
    expect(code).toBe(0);
    expect(stderr).toMatch(/正在查找重复 █+ 100%/);
    expect(stderr).not.toMatch(/正在查找重复: \d+%\n/);
  });
});
