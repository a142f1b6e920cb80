import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './run';
import { readXlsx, writeUtf8Csv } from './fixtures';
import { foldHeader } from '../../shared/template/header-mapping';

const TODAY = ['--today', '2024-06-30'];

async function headerRow(path: string): Promise<string[]> {
  const sheet = (await readXlsx(path)).worksheets.find((s) => !s.name.startsWith('_'))!;
  return (sheet.getRow(1).values as unknown[]).slice(1).map(String);
}

describe('custodian clean header names', () => {
  const dir = tempDir();

  test('writes distinct headers for Outlook’s Title and Job Title, and every command reads the output', async () => {
    writeFileSync(
      join(dir, 'outlook.csv'),
      'Title,First Name,Last Name,Job Title,Mobile Phone,E-mail Address\n' +
        'Mr.,John,Smith,VP Sales,(617) 555-0199,john@acme.com\n' +
        'Ms.,Karen,Lee,CFO,(609) 555-0142,karen@initech.com\n',
    );
    const clean = await run(['clean', 'outlook.csv', '-o', 'outlook-clean.xlsx', ...TODAY], dir);
    expect(clean.code).toBe(0);

    const headers = await headerRow(join(dir, 'outlook-clean.xlsx'));
    expect(headers.slice(0, 4)).toEqual(['Title', 'First Name', 'Last Name', 'Job Title']);
    expect(new Set(headers.map(foldHeader)).size).toBe(headers.length);

    const check = await run(['check', 'outlook-clean.xlsx', '--json', ...TODAY], dir);
    expect(check.stderr).toBe('');
    expect([0, 1]).toContain(check.code);
    expect(JSON.parse(check.stdout).mapping).toMatchObject({ Title: null, 'Job Title': 'title' });
    for (const command of [['dedupe'], ['report'], ['export', '--to', 'hubspot', '-o', 'hubspot.csv']]) {
      const result = await run([command[0]!, 'outlook-clean.xlsx', ...command.slice(1), ...TODAY], dir);
      expect({ command: command[0], code: result.code, stderr: result.stderr }).toMatchObject({
        command: command[0],
        code: 0,
      });
    }
  });

  test('checks the phone of a list headed in traditional characters and reports a blank one', async () => {
    writeUtf8Csv(join(dir, 'hk.csv'), [
      ['姓名', '手機', '電話', '郵箱', '性別', '生日', '地區', '備註'],
      ['陳大文', '13800138000', '021-62345678', 'chan@a.com', '男', '1985-11-20', '上海', '老客'],
      // No number in either phone column: 電話 stands in for a blank 手機, as 电话 does for 手机.
      ['李小龍', null, null, 'lee@a.com', '男', '1980-11-27', '上海', null],
    ]);
    const check = await run(['check', 'hk.csv', '--json', ...TODAY], dir);
    expect(check.code).toBe(1);
    const output = JSON.parse(check.stdout);
    expect(output.mapping).toEqual({
      姓名: 'name',
      手機: 'phone',
      電話: null,
      郵箱: 'email',
      性別: 'gender',
      生日: 'birthDate',
      地區: 'region',
      備註: 'notes',
    });
    expect(output.issues).toContainEqual(
      expect.objectContaining({ row: 3, column: '手機', field: 'phone', code: 'required.missing', severity: 'error' }),
    );
  });

  test('keeps headers typed in traditional characters when cleaning, with no simplified twin appended', async () => {
    writeUtf8Csv(join(dir, 'tw.csv'), [
      ['姓名', '手機', '郵箱', '性別', '備註'],
      ['陳大文', '138 0013 8000', 'Chan@A.com', '男', '老客'],
    ]);
    expect((await run(['clean', 'tw.csv', '-o', 'tw-clean.xlsx', ...TODAY], dir)).code).toBe(0);
    const headers = await headerRow(join(dir, 'tw-clean.xlsx'));
    expect(headers.slice(0, 5)).toEqual(['姓名', '手機', '郵箱', '性別', '備註']);
    expect(headers.filter((h) => ['手机', '邮箱', '性别', '备注'].includes(h))).toEqual([]);
    const check = await run(['check', 'tw-clean.xlsx', '--json', ...TODAY], dir);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).mapping).toMatchObject({ 手機: 'phone', 郵箱: 'email' });
  });
});
