/**
 * Outlook's contact export writes 0/0/00 (or 0/0/0000, 00/00/0000) in Birthday and Anniversary for a
 * contact it has no date of. That is the export's blank: the report counts it with the blanks, check
 * says nothing of it, and clean leaves it as typed, as it leaves every cell it has no value for.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckResult } from '../../shared/check/check-sheet';
import { isBlank, isEmptyRow } from '../../shared/sheet/cell-value';
import { run, tempDir } from '../cli/run';

const TODAY = ['--today', '2024-06-30'];

// The columns of Outlook's "Comma Separated Values" export a small business's contacts fill in.
const OUTLOOK = [
  '"First Name","Middle Name","Last Name","Title","Birthday","Anniversary","E-mail Address","Mobile Phone","Company","Job Title","Business City","Business State","Business Postal Code","Business Country","Categories"',
  '"Dave","","Miller","","0/0/00","0/0/00","dmiller@northwind.com","(206) 555-0199","Northwind Traders","Buyer","Seattle","WA","98104","United States of America","Clients"',
  '"Sarah","","Johnson","Ms.","5/14/1985","0/0/00","sarah.johnson@contoso.com","(917) 555-0123","Contoso","Director","New York","NY","10001","United States of America","Clients"',
  '"Robert","","Chen","Mr.","0/0/00","0/0/0000","robert.chen@acmecorp.com","(415) 555-0132","Acme Corp","VP Operations","San Francisco","CA","94105","United States of America","Clients"',
  '"Maria","","Garcia","","00/00/0000","0/0/00","maria@garcia-law.com","(312) 555-0148","Garcia Law","Partner","Chicago","IL","60601","United States of America","Clients"',
].join('\r\n');

// A Chinese Outlook writes its headers in Chinese and the same 0/0/00.
const OUTLOOK_ZH = [
  '"名","姓","生日","电子邮件地址","移动电话","公司"',
  '"伟","张","0/0/00","zhangwei@163.com","13800138000","杭州恒通贸易有限公司"',
  '"娜","李","1990/3/5","lina@qq.com","13900139002","上海宏达机电有限公司"',
  '"强","王","0/0/00","wangqiang@126.com","13700137003","深圳华强电子有限公司"',
].join('\r\n');

interface QualityField {
  field: string;
  column: string;
  filled: number;
  valid: number;
  canonical: number;
}

describe('isBlank', () => {
  test.each([['0/0/00'], ['0/0/0000'], ['00/00/0000'], ['00/00/00'], [' 0/0/00 ']])(
    'reads Outlook’s %j as a blank cell',
    (value) => expect(isBlank(value)).toBe(true),
  );

  test.each([['0'], ['00'], ['0/0'], ['0/1/00'], ['1/0/00'], ['0/0/01'], ['0/0/2000'], ['02/03/00'], ['000/0/00']])(
    'reads %j as a value',
    (value) => expect(isBlank(value)).toBe(false),
  );

  test('reads a row of Outlook’s empty dates alone as an empty row', () => {
    expect(isEmptyRow(['', '0/0/00', '0/0/00', null])).toBe(true);
  });
});

describe('Outlook’s 0/0/00 across the commands', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'contacts.csv'), OUTLOOK);
  writeFileSync(join(dir, 'contacts-zh.csv'), OUTLOOK_ZH);

  const quality = async (file: string) =>
    (
      JSON.parse((await run(['report', file, '--json', ...TODAY], dir)).stdout) as {
        quality: { fields: QualityField[] };
      }
    ).quality.fields;

  test('the report counts the birthdays Outlook left as 0/0/00 with the blanks', async () => {
    const birthday = (await quality('contacts.csv')).find((f) => f.field === 'birthDate');
    expect(birthday).toEqual({ field: 'birthDate', column: 'Birthday', filled: 1, valid: 1, canonical: 0 });
  });

  test('check reports only the one real birthday, to be written 1985-05-14', async () => {
    const check = JSON.parse((await run(['check', 'contacts.csv', '--json', ...TODAY], dir)).stdout) as CheckResult;
    const birthdays = check.issues.filter((i) => i.column === 'Birthday');
    expect(birthdays.map((i) => [i.row, i.code, i.suggestion])).toEqual([[3, 'date.nonCanonical', '1985-05-14']]);
  });

  test('clean writes the real birthday and leaves 0/0/00 as typed', async () => {
    expect((await run(['clean', 'contacts.csv', '-o', 'clean.csv', ...TODAY], dir)).code).toBe(0);
    const lines = readFileSync(join(dir, 'clean.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    const header = lines[0]!.split(',').map((h) => h.replace(/"/g, ''));
    // Clean names the column as the template does (Date of Birth).
    const birthday = header.findIndex((h) => h === 'Birthday' || h === 'Date of Birth');
    const cells = lines.slice(1, 5).map((line) => line.split(',')[birthday]!.replace(/"/g, ''));
    expect(cells).toEqual(['0/0/00', '1985-05-14', '0/0/00', '00/00/0000']);
  });

  test('a Chinese Outlook export’s 生日 of 0/0/00 counts with the blanks, with no issue', async () => {
    const birthday = (await quality('contacts-zh.csv')).find((f) => f.field === 'birthDate');
    expect(birthday).toMatchObject({ column: '生日', filled: 1, valid: 1 });
    const check = JSON.parse((await run(['check', 'contacts-zh.csv', '--json', ...TODAY], dir)).stdout) as CheckResult;
    expect(check.issues.filter((i) => i.column === '生日').map((i) => i.row)).toEqual([3]);
  });
});
