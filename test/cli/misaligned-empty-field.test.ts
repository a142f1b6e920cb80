/**
 * A CSV row with an unquoted comma in a value and an empty last field (`Widgets, Inc,…,bob@x.com,`)
 * is misaligned as a row whose extra field holds something is: check names the row's shape in both
 * languages instead of the values it shifted, and clean leaves the row as typed (no value rewritten,
 * no customer ID) and counts it in its summary.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckResult } from '../../shared/check/check-sheet';
import { run, tempDir } from './run';

const TODAY = ['--today', '2024-06-10'];

// HubSpot's contacts export: Notes, the last column, is empty on most lines.
const HUBSPOT = [
  'Record ID,First Name,Last Name,Email,Phone Number,Company Name,Lifecycle Stage,Notes',
  '51234567801,Sarah,Johnson,sarah.johnson@brightwave.io,+1 415-555-0199,Brightwave Inc.,customer,',
  '51234567802,Bob,Wu,bob.wu@widgets.com,+1 617-555-0142,Widgets, Inc,lead,',
  '51234567803,Dana,Whitfield,dana@summitdental.com,(303) 555-0140,Summit Dental,customer,Met at SaaStr',
].join('\r\n');

// An ASCII comma in 深圳市华强电子有限公司's address moves its mobiles one column right.
function clients(note: string): string {
  return [
    '客户名称,联系人,地址,手机,备用手机,备注',
    '杭州西湖茶业有限公司,李明,杭州市西湖区龙井路18号,13987654321,,',
    `深圳市华强电子有限公司,王芳,深圳市福田区华强北路1002号,赛格广场12楼,138 1234 5678,139-0000-2222,${note}`,
    '宁波港联物流有限公司,陈静,宁波市北仑区明州路88号,13700001234,,老客户',
  ].join('\n');
}

describe('a CSV row longer by an empty field', () => {
  const dir = tempDir();

  test('check names the HubSpot row’s shape, not the values it shifted, in both languages', async () => {
    writeFileSync(join(dir, 'hubspot.csv'), HUBSPOT);
    for (const [locale, words] of [
      ['en-US', "This row has 9 values where the file's other rows have 8"],
      ['zh-CN', '这一行有 9 个值，而文件其他行都是 8 个'],
    ] as const) {
      const out = await run(['check', 'hubspot.csv', '--json', '--locale', locale, ...TODAY], dir);
      const check = JSON.parse(out.stdout) as CheckResult;
      const onRow = check.issues.filter((i) => i.row === 3);
      expect(onRow.map((i) => [i.code, i.severity])).toEqual([['row.misaligned', 'error']]);
      expect(onRow[0]!.message).toContain(words);
    }
  });

  test('check names the 客户名称 row’s shape as it does when the extra field holds something', async () => {
    for (const note of ['', '老客户']) {
      writeFileSync(join(dir, 'clients.csv'), clients(note));
      const out = await run(['check', 'clients.csv', '--json', ...TODAY], dir);
      const check = JSON.parse(out.stdout) as CheckResult;
      expect(check.issues.filter((i) => i.row === 3).map((i) => i.code)).toEqual(['row.misaligned']);
      expect(check.issues.find((i) => i.row === 3)!.message).toContain('这一行有 7 个值，而文件其他行都是 6 个');
    }
  });

  test('clean leaves the row as typed, gives it no ID, and counts it, as when the extra field holds something', async () => {
    for (const note of ['', '老客户']) {
      writeFileSync(join(dir, 'clients.csv'), clients(note));
      const out = await run(['clean', 'clients.csv', '-o', 'clean.csv', ...TODAY], dir);
      expect(out.stdout).toContain('1 行字段比表头多');
      const lines = readFileSync(join(dir, 'clean.csv'), 'utf8')
        .replace(/^\ufeff/, '')
        .split(/\r?\n/);
      const shifted = lines.find((l) => l.includes('王芳'))!;
      expect(shifted).toContain('赛格广场12楼,138 1234 5678,139-0000-2222');
      expect(shifted).not.toMatch(/C0000\d\d/);
      expect(lines.find((l) => l.includes('陈静'))).toMatch(/C0000\d\d/);
    }
  });

  test('clean says so in English too', async () => {
    writeFileSync(join(dir, 'hubspot.csv'), HUBSPOT);
    const out = await run(['clean', 'hubspot.csv', '-o', 'hubspot.xlsx', '--locale', 'en-US', ...TODAY], dir);
    expect(out.stdout).toContain('1 row with more fields than the header');
  });
});
