import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './run';
import { writeGbkCsv, writeUtf8Csv, writeXlsx } from './fixtures';

const TODAY = ['--today', '2024-07-01'];

/** 抖店's order export, saved by Excel in GBK: some buyers' phones starred out. */
const DOUDIAN = [
  ['主订单编号', '收货人', '收货人手机号', '省', '详细地址', '订单状态'],
  ['6924451237813380046', '苏海思', '19166665458', '安徽省', '建设路120号5幢263室', '已完成'],
  ['6924451237813472047', '杨子敏', '188 5502 7186', '上海市', '文三路315号22幢1313室', '已完成'],
  ['6924451237813523575', '彭**', '189****6222', '河南省', '南京西路608号13幢2129室', '已关闭'],
  ['6924451237813610382', '刘**', '139****3842', '上海市', '中山北路88号3幢801室', '已完成'],
];

/** A 客户台账 with a landline column whose numbers miss a digit. */
const LEDGER = [
  ['客户名称', '联系人', '手机', '座机', '所在城市'],
  ['杭州西溪茶业有限公司', '何静', '13800138000', '0571-87654321', '杭州市'],
  ['杭州明德电子有限公司', '林涛', '13912345678', '0571-7826462', '杭州'],
  ['南京汇丰机械有限公司', '王敏', '13700137000', '0571-3877279', '南京市'],
];

/** An attendee list whose platform masked some phones, with a mobile column beside the phone. */
const ATTENDEES = [
  ['First Name', 'Last Name', 'Email', 'Phone', 'Mobile', 'City'],
  ['Mary', 'Smith', 'mary@smith.com', '+1 415 555 0134', '(415) 555-0199', 'Boston'],
  ['John', 'Doe', 'john@doe.com', '(415) ***-0135', '555-01', 'boston'],
];

describe('custodian report quality', () => {
  const dir = tempDir();

  beforeAll(async () => {
    writeGbkCsv(join(dir, 'doudian.csv'), DOUDIAN);
    await writeXlsx(join(dir, '台账.xlsx'), LEDGER);
    writeUtf8Csv(join(dir, 'attendees.csv'), ATTENDEES);
  });

  test('counts masked phones as valid and says how many are masked, in Chinese', async () => {
    const result = await run(['report', 'doudian.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('质量得分：100 / 100');
    expect(result.stdout).toMatch(/收货人手机号 {2}█{20} {2}已填 4，有效 4，规范 1，脱敏 2\n/);
    const json = JSON.parse((await run(['report', 'doudian.csv', '--json', ...TODAY], dir)).stdout);
    expect(json.quality.fields.find((f: { column: string }) => f.column === '收货人手机号')).toEqual({
      field: 'phone',
      column: '收货人手机号',
      filled: 4,
      valid: 4,
      canonical: 1,
      masked: 2,
    });
  });

  test('lists a second phone column (座机) with its invalid numbers, and groups 杭州 with 杭州市', async () => {
    const result = await run(['report', '台账.xlsx', ...TODAY], dir);
    expect(result.stdout).toMatch(/ {2}座机 +█+░+ {2}已填 3，有效 1，规范 1\n/);
    // 15 filled cells, two of them invalid.
    expect(result.stdout).toContain('质量得分：86.7 / 100');
    expect(result.stdout).toMatch(/ {2}杭州市 +█+░+ +2 +66\.7%/);
    expect(result.stdout).not.toMatch(/ {2}杭州 +█/);
    const json = JSON.parse((await run(['report', '台账.xlsx', '--json', ...TODAY], dir)).stdout);
    expect(json.quality.fields.find((f: { column: string }) => f.column === '座机')).toEqual({
      field: 'phone',
      column: '座机',
      filled: 3,
      valid: 1,
      canonical: 1,
      second: true,
    });
  });

  test('says masked and lists the second column in English', async () => {
    const result = await run(['report', 'attendees.csv', ...TODAY], dir);
    expect(result.stdout).toMatch(/ {2}Phone +█+ {2}2 filled, 2 valid, 1 canonical, 1 masked\n/);
    expect(result.stdout).toMatch(/ {2}Mobile +█+░+ {2}2 filled, 1 valid, \d canonical\n/);
    expect(result.stdout).toMatch(/ {2}Boston +█+ +2 +100\.0%/);
  });

  test('names the masked cells on the HTML page in both languages', async () => {
    expect((await run(['report', 'doudian.csv', '-o', 'doudian.html', ...TODAY], dir)).code).toBe(0);
    expect((await run(['report', 'attendees.csv', '-o', 'attendees.html', ...TODAY], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'doudian.html'), 'utf8')).toContain('已填 4 · 有效 4 · 规范 1 · 脱敏 2');
    expect(readFileSync(join(dir, 'attendees.html'), 'utf8')).toContain('Filled 2 · Valid 2 · Canonical 1 · Masked 1');
  });
});
