import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './run';

const TODAY = ['--today', '2024-06-30'];

// As a Chinese team's Excel saves it: a BOM, a blank first line, an address and notes typed on
// several lines (Alt+Enter; one cell's lines ended CRLF), quotes doubled inside a quoted field.
const ZH_CSV = [
  '\uFEFF',
  '姓名,手机,地址,公司,备注',
  '陈一,13900001111,"上海市浦东新区\n世纪大道100号\n8楼",甲公司,VIP',
  '林二,13900002222,"北京市朝阳区建国路1号",乙公司,"第一行\r\n第二行"',
  '周三,13900003333,"广州市天河区""珠江新城""",丙公司,',
  '',
].join('\r\n');
const EN_CSV = [
  '',
  'Name,Phone,Address,Company,Notes',
  'Ann Lee,+1 415 555 2671,"1 Main St\nApt 4",Acme,VIP',
  'Bob Tan,+1 415 555 2672,2 Main St,Bell,"call after 5pm\r\nasks for Jo"',
  '',
].join('\r\n');

describe('custodian check and clean on cells typed over several lines', () => {
  const dir = tempDir();

  test.each([
    ['zh-CN', '客户.csv', ZH_CSV, '表头在第 2 行，上方的第 1 行是空行；行号与工作表一致。'],
    ['en-US', 'customers.csv', EN_CSV, "The header is row 2; row 1 above it is blank. Row numbers are the sheet's."],
  ])(
    'a note whose lines end CRLF is no change, and a blank row 1 is called blank (%s)',
    async (_locale, name, text, note) => {
      writeFileSync(join(dir, name), text);
      const check = await run(['check', name, ...TODAY], dir);
      expect(check.code).toBe(0);
      expect(check.stdout.split('\n')[0]).toBe(note);
      expect(check.stdout).not.toMatch(/标题|title/);
      const json = JSON.parse((await run(['check', name, '--json', ...TODAY], dir)).stdout);
      expect(json.issues.filter((i: { code: string }) => i.code === 'text.nonCanonical')).toEqual([]);
      // Clean keeps both cells' lines as they were, and counts no change for them.
      const out = `clean-${name}`;
      const clean = await run(['clean', name, '-o', out, ...TODAY], dir);
      expect(clean.code).toBe(0);
      const written = readFileSync(join(dir, out), 'utf8');
      expect(written).toContain(name === '客户.csv' ? '"第一行\r\n第二行"' : '"call after 5pm\r\nasks for Jo"');
      expect(clean.stdout).not.toMatch(/text trimmed|文本去空格/);
    },
  );

  test('a note with spaces to clean over two lines is announced with its line break, as clean writes it', async () => {
    writeFileSync(join(dir, 'notes.csv'), '姓名,手机,备注\r\n林二,13900002222,"第一行  \n  第二行"\r\n');
    const check = await run(['check', 'notes.csv', ...TODAY], dir);
    expect(check.stdout).toContain('将改为“第一行⏎第二行”');
    const clean = await run(['clean', 'notes.csv', '-o', 'notes-out.csv', ...TODAY], dir);
    expect(clean.code).toBe(0);
    expect(readFileSync(join(dir, 'notes-out.csv'), 'utf8')).toContain('"第一行\n第二行"');
  });
});
