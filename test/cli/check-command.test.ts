import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './run';
import { MESSY_ROWS, writeGbkCsv, writeUtf8Csv, writeXlsx } from './fixtures';

const TODAY = ['--today', '2024-06-30'];

describe('custodian check', () => {
  const dir = tempDir();

  test('prints exactly {issues, rows, mapping} with --json and exits 1 on errors', async () => {
    await writeXlsx(join(dir, 'customers.xlsx'), MESSY_ROWS);
    const result = await run(['check', 'customers.xlsx', '--json', ...TODAY], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const output = JSON.parse(result.stdout);
    expect(Object.keys(output)).toEqual(['issues', 'rows', 'mapping']);
    expect(output.rows).toBe(3);
    expect(output.mapping).toMatchObject({ 客户编号: 'customerId', 姓名: 'name', 手机号: 'phone', 内部代码: null });
    expect(Object.keys(output.issues[0])).toEqual([
      'row',
      'column',
      'field',
      'code',
      'severity',
      'message',
      'value',
      'suggestion',
    ]);
    expect(output.issues).toContainEqual(
      expect.objectContaining({
        row: 2,
        column: '手机号',
        field: 'phone',
        code: 'phone.nonCanonical',
        severity: 'warning',
        value: '+86 138 0013 8000',
        suggestion: '13800138000',
      }),
    );
    expect(output.issues).toContainEqual(
      expect.objectContaining({ row: 4, column: '邮箱', code: 'email.invalid', severity: 'error' }),
    );
  });

  test('prints the report in English for an English sheet, counts worded right', async () => {
    await writeXlsx(join(dir, 'contacts.xlsx'), [
      ['Name', 'Email', 'Internal code'],
      ['Mary Smith', 'mary@', 'X-1'],
    ]);
    const result = await run(['check', 'contacts.xlsx', ...TODAY], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/contacts\.xlsx \[客户\]: 1 row checked, 1 error, 0 warnings/);
    expect(result.stdout).toMatch(/Row\s+Column\s+Severity\s+Value\s+Problem/);
    expect(result.stdout).toMatch(/error\s+mary@/);
    expect(result.stdout).toContain('Left as they are: Internal code');
  });

  test('names a second phone column as checked with the phone, not as left alone, in both languages', async () => {
    await writeXlsx(join(dir, 'two-phones.xlsx'), [
      ['First Name', 'Last Name', 'Email', 'Phone', 'Mobile'],
      ['Mary', 'Smith', 'mary@smith.com', '(415) 555-0134', '(415) 555-0199'],
    ]);
    const en = await run(['check', 'two-phones.xlsx', ...TODAY], dir);
    expect(en.stdout).toContain('Mobile → phone (a second column of it, checked and cleaned alike)');
    expect(en.stdout).not.toContain('Left as they are');
    await writeXlsx(join(dir, '座机.xlsx'), [
      ['姓名', '手机', '座机'],
      ['张伟', '13800138000', '0755-83456789'],
    ]);
    const zh = await run(['check', '座机.xlsx', ...TODAY], dir);
    expect(zh.stdout).toContain('座机 → phone（第二列，同样检查和清理）');
  });

  test('exits 0 when there are only warnings', async () => {
    await writeXlsx(join(dir, 'ok.xlsx'), [
      ['姓名', '手机'],
      ['张三', '+86 138 0013 8000'],
    ]);
    const result = await run(['check', 'ok.xlsx', '--json', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).issues.every((i: { severity: string }) => i.severity === 'warning')).toBe(true);
  });

  test('prints a readable table by default', async () => {
    const result = await run(['check', 'customers.xlsx', ...TODAY], dir);
    // A Chinese sheet gets its report in Chinese, like the problems in it.
    expect(result.stdout).toMatch(/customers\.xlsx \[客户\]：检查了 3 行，\d+ 个错误，\d+ 个警告/);
    expect(result.stdout).toMatch(/行\s+列\s+级别\s+值\s+问题/);
    expect(result.stdout).toMatch(/错误\s+wang@\s+“wang@”不是有效的邮箱地址。/);
    expect(result.stdout).toContain('保持原样：内部代码');
    expect(result.stdout).not.toMatch(/rows checked|Severity|Left as they are/);
  });

  test('shows the spaces a spacing problem is about, so the value differs from what it will become', async () => {
    // A restaurant guide's names, typed with two spaces and a trailing one.
    writeFileSync(
      join(dir, 'guide.csv'),
      'name,addr,city,phone\ngrill  the,9560 dayton way,beverly hills,310-276-0615\nspago ,1114 horn ave.,los angeles,310/652-4025\n',
    );
    const result = await run(['check', 'guide.csv', ...TODAY], dir);
    expect(result.stdout).toMatch(/grill␣␣the\s+Name spacing or full-width characters: will become "grill the"\./);
    expect(result.stdout).toMatch(/spago␣\s+Name spacing or full-width characters: will become "spago"\./);
    // A phone written with a spaced slash is a number, not an error.
    expect(result.stdout).not.toMatch(/is not a valid phone number/);
  });

  test('counts a long list’s problems by column and kind above the table, errors first, in the sheet’s language', async () => {
    // A trade-show list typed in a hurry: every name with a space before it, a few bad e-mails.
    const english = ['Name,Email,Phone'];
    const chinese = ['姓名,邮箱,手机'];
    for (let k = 0; k < 24; k++) {
      const email = k % 8 === 0 ? `guest${k}@` : `guest${k}@example.com`;
      english.push(` Guest ${k},${email},+1 415 555 01${String(k).padStart(2, '0')}`);
      chinese.push(` 客人${k},${email},139123456${String(k).padStart(2, '0')}`);
    }
    writeFileSync(join(dir, 'show.csv'), `${english.join('\n')}\n`);
    writeFileSync(join(dir, '展会.csv'), `${chinese.join('\n')}\n`);
    const en = (await run(['check', 'show.csv', ...TODAY], dir)).stdout;
    expect(en).toMatch(
      /Problems by column:\n {2}Email\s+Invalid email\s+3 errors\n {2}Name\s+Name not in standard form\s+24 warnings\n/,
    );
    expect(en.indexOf('Problems by column:')).toBeLessThan(en.indexOf('Row  Column'));
    const zh = (await run(['check', '展会.csv', ...TODAY], dir)).stdout;
    expect(zh).toMatch(/按列汇总：\n {2}邮箱\s+邮箱无效\s+3 个错误\n {2}姓名\s+姓名格式不规范\s+24 个警告\n/);
    // A short list has no summary: the table is the summary.
    expect((await run(['check', 'customers.xlsx', ...TODAY], dir)).stdout).not.toMatch(/按列汇总|Problems by column/);
  });

  test.each([
    ['GBK', (p: string) => writeGbkCsv(p, MESSY_ROWS)],
    ['UTF-8 with BOM', (p: string) => writeUtf8Csv(p, MESSY_ROWS, { bom: true })],
    ['UTF-8 with semicolons', (p: string) => writeUtf8Csv(p, MESSY_ROWS, { delimiter: ';' })],
  ])('reads a %s CSV the way Chinese Excel exports it', async (_name, write) => {
    const file = join(dir, `export-${Math.random().toString(36).slice(2)}.csv`);
    write(file);
    const output = JSON.parse((await run(['check', file, '--json', ...TODAY], dir)).stdout);
    expect(output.rows).toBe(3);
    expect(output.mapping.手机号).toBe('phone');
    expect(output.issues).toContainEqual(expect.objectContaining({ row: 3, column: '性别', suggestion: '女' }));
  });

  test('reads the sheet named with --sheet', async () => {
    await writeXlsx(
      join(dir, 'named.xlsx'),
      [
        ['Name', 'Email'],
        ['Ann', 'bad@'],
      ],
      { sheet: 'Leads' },
    );
    const result = await run(['check', 'named.xlsx', '--sheet', 'Leads', '--json', ...TODAY], dir);
    expect(JSON.parse(result.stdout).issues).toContainEqual(
      expect.objectContaining({ code: 'email.invalid', message: '"bad@" is not a valid email address.' }),
    );
  });

  test.each([
    ['a missing file', ['check', 'nope.xlsx'], /nope\.xlsx/],
    ['no file at all', ['check'], /name the file to read/],
    ['an unknown option', ['check', 'customers.xlsx', '--colour'], /Unknown option '--colour'/],
    // The workbook's sheets are Chinese: the message is too.
    ['a sheet that does not exist', ['check', 'customers.xlsx', '--sheet', 'Nope'], /没有工作表“Nope”。工作表：客户/],
    ['a bad --today', ['check', 'customers.xlsx', '--today', '2024-02-30'], /--today must be a date/],
    ['a bad --locale', ['check', 'customers.xlsx', '--locale', 'fr'], /--locale must be zh-CN or en-US/],
    ['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
  ])('exits 2 with a clear message for %s', async (_name, args, message) => {
    const result = await run(args, dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test.each([
    [
      'not a spreadsheet',
      'junk.xlsx',
      new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x00, 0xff, 0xfe, 0x00, 0x01, 0x02, 0x03]),
    ],
    ['an empty sheet', 'empty.csv', new TextEncoder().encode('')],
    ['no header row', 'numbers.csv', new TextEncoder().encode('1,2,3\n4,5,6\n')],
  ])('exits 2 for %s', async (_name, file, bytes) => {
    writeFileSync(join(dir, file), bytes);
    const result = await run(['check', file], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^custodian: .+/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
