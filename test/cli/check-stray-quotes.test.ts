import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './run';

const TODAY = ['--today', '2024-06-30'];

// Addresses typed by hand with part of them in quotes, as Excel and LibreOffice open them.
const ZH_CSV = [
  '姓名,手机,地址',
  '甲,13800000001,上海市"静安区"',
  '乙,13800000002,"北京市"朝阳区',
  '丙,13800000003,广州市',
  '',
].join('\r\n');
const EN_CSV = [
  'Name,Phone,Company',
  'Ann Lee,+1 415 555 2671,"Acme" Ltd',
  'Bob Tan,+1 415 555 2672,"Bell, Inc"',
  '',
].join('\n');
// A quote opened and never closed: the rest of the file cannot be split.
const UNCLOSED = [
  '姓名,手机,地址',
  '甲,13800000001,"上海市',
  '乙,13800000002,北京市',
  '丙,13800000003,广州市',
  '',
].join('\r\n');

describe('custodian check on a CSV with quotes around part of a value', () => {
  const dir = tempDir();

  test('reads the value as typed and names the row and column (zh-CN)', async () => {
    writeFileSync(join(dir, 'stray.csv'), ZH_CSV);
    const check = await run(['check', 'stray.csv', ...TODAY], dir);
    expect(check.code).toBe(0);
    expect(check.stdout.split('\n')[0]).toBe(
      '第 3 行“地址”列（"北京市"朝阳区）的引号只括住了值的一部分：已按原样读取，引号保留，请核对。',
    );
    const json = JSON.parse((await run(['check', 'stray.csv', '--json', ...TODAY], dir)).stdout);
    expect(json.rows).toBe(3);
  });

  test('says the same in English for an English file', async () => {
    writeFileSync(join(dir, 'stray-en.csv'), EN_CSV);
    const check = await run(['check', 'stray-en.csv', ...TODAY], dir);
    expect(check.code).toBe(0);
    expect(check.stdout.split('\n')[0]).toBe(
      'A quote closes before the end of its value in row 2, Company ("Acme" Ltd): read as typed, quotes kept; please check.',
    );
  });

  test('refuses a quote never closed in the file’s language, naming its row', async () => {
    writeFileSync(join(dir, 'unclosed.csv'), UNCLOSED);
    const check = await run(['check', 'unclosed.csv', ...TODAY], dir);
    expect(check.code).toBe(2);
    expect(check.stderr).toBe(
      'custodian: unclosed.csv 第 2 行有一个引号（"）没有闭合，之后的内容无法分成单元格。请修正或删除该引号后再试。\n',
    );
  });
});

describe('custodian clean on a CSV with quotes around part of a value', () => {
  const dir = tempDir();

  test('writes the value with its quotes and says which row it was, under a blank first line too', async () => {
    writeFileSync(join(dir, 'stray.csv'), `\r\n${ZH_CSV}`);
    const clean = await run(['clean', 'stray.csv', '-o', 'stray-out.csv', ...TODAY], dir);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain(
      '第 4 行“地址”列（"北京市"朝阳区）的引号只括住了值的一部分：已按原样读取，引号保留，请核对。\n',
    );
    const check = await run(['check', 'stray.csv', ...TODAY], dir);
    expect(check.stdout).toContain('第 4 行“地址”列（"北京市"朝阳区）的引号只括住了值的一部分');
    const written = readFileSync(join(dir, 'stray-out.csv'), 'utf8');
    expect(written).toContain(',"""北京市""朝阳区",');
    expect(written).toContain(',"上海市""静安区""",');
  });
});
