/**
 * A list with two columns under one header (电话 over a mobile and over a landline, Phone over a cell
 * and an office line), as system exports give them: every command reads it, tells the two columns
 * apart by their letters (电话 (C列), Phone (column D)) and leaves the headers as typed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { run, tempDir } from './run';
import { readXlsx, writeUtf8Csv, writeXlsx } from './fixtures';
import { cellText, type CellValue } from '../../shared/sheet/cell-value';

// prettier-ignore
const CHINESE: CellValue[][] = [
  ['客户名称', '联系人', '电话', '电话', '邮箱', '地址'],
  ['上海宏达贸易有限公司', '王建国', '138 1111 2222', '021-6234 5678', 'wangjg@hongda.com', '上海市徐汇区漕溪北路88号'],
  ['北京瑞丰科技有限公司', '李娜', '13911113333', '(010)87654321', 'lina@ruifeng.cn', '北京市海淀区中关村大街1号'],
  ['深圳市蓝海电子有限公司', '林晓东', '136-0000-1111', '0755-26781234', 'linxd@lanhai.com', '深圳市南山区科技园'],
  ['杭州云帆网络科技有限公司', '陈静', '13700002222', '0571-8765432', 'chenj@yunfan.cn', '杭州市西湖区文三路'],
  ['上海宏达贸易有限公司', '王建国', '13811112222', null, 'wangjg@hongda.com', '上海市徐汇区漕溪北路88号'],
];

// prettier-ignore
const ENGLISH: CellValue[][] = [
  ['Name', 'Company', 'Phone', 'Phone', 'Email'],
  ['Sarah Mitchell', 'Cascade Industrial Supply', '(503) 555-0142', '503-555-0100', 'sarah@cascadeind.com'],
  ["Kevin O'Brien", 'Harbor Marine Parts', '207.555.0119', '(207) 555-0100', 'kevin@harbormarine.com'],
  ['Dana Whitfield', 'Northwind Traders', '(415) 555-0173', '415-555-01', 'dana@northwind.com'],
  ['Sarah Mitchell', 'Cascade Industrial Supply', '503-555-0142', null, 'sarah@cascadeind.com'],
];

function csvRows(path: string): string[][] {
  return Papa.parse<string[]>(readFileSync(path, 'utf8').replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
}

describe('custodian on a list with two columns headed 电话', () => {
  const dir = tempDir();
  writeUtf8Csv(join(dir, 'customers.csv'), CHINESE, { bom: true });
  writeUtf8Csv(join(dir, 'contacts.csv'), ENGLISH);

  test('check reads both, naming each with its letter', async () => {
    const result = await run(['check', 'customers.csv'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('电话 (C列) → phone，电话 (D列) → phone（第二列，同样检查和清理）');
    expect(result.stdout).toMatch(/5 +电话 \(D列\) +错误 +0571-8765432 +“0571-8765432”不是有效的电话号码。/);
    expect(result.stdout).toMatch(/2 +电话 \(C列\) +警告 +138 1111 2222/);
  });

  test('check --json keys the two columns apart', async () => {
    const result = await run(['check', 'customers.csv', '--json'], dir);
    const json = JSON.parse(result.stdout) as { mapping: Record<string, string | null>; issues: { column: string }[] };
    expect(json.mapping).toMatchObject({ '电话 (C列)': 'phone', '电话 (D列)': null });
    expect(new Set(json.issues.map((i) => i.column))).toEqual(new Set(['电话 (C列)', '电话 (D列)']));
  });

  test('--map names one of them by its letter', async () => {
    const left = await run(['check', 'customers.csv', '--map', 'D=-'], dir);
    expect(left.stdout).toContain('保持原样：电话 (D列)');
    expect(left.stdout).not.toContain('0571-8765432');
    const both = await run(['check', 'customers.csv', '--map', 'C=phone,D=-'], dir);
    expect(both.stdout).toContain('电话 (C列) → phone');
    expect(both.stdout).toContain('保持原样：电话 (D列)');
  });

  test('--map by the shared header alone is refused, naming the letters', async () => {
    const result = await run(['check', 'customers.csv', '--map', '电话=phone'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('columns C and D are both headed "电话"; name one by its letter');
  });

  test('clean to CSV cleans both columns and keeps both headers', async () => {
    const result = await run(['clean', 'customers.csv', '-o', 'clean.csv'], dir);
    expect(result.code).toBe(0);
    const [header, ...rows] = csvRows(join(dir, 'clean.csv'));
    expect(header!.slice(2, 4)).toEqual(['电话', '电话']);
    expect(rows.map((r) => r.slice(2, 4))).toEqual([
      ['13811112222', '021-62345678'],
      ['13911113333', '010-87654321'],
      ['13600001111', '0755-26781234'],
      ['13700002222', '0571-8765432'],
      ['13811112222', ''],
    ]);
  });

  test('clean to .xlsx keeps --map D=- for the next command, and only for D', async () => {
    await writeXlsx(join(dir, 'customers.xlsx'), CHINESE);
    const cleaned = await run(['clean', 'customers.xlsx', '--map', 'D=-', '-o', 'clean.xlsx'], dir);
    expect(cleaned.code).toBe(0);
    const sheet = (await readXlsx(join(dir, 'clean.xlsx'))).getWorksheet('客户')!;
    expect([3, 4].map((c) => cellText(sheet.getCell(1, c).value as CellValue))).toEqual(['电话', '电话']);
    expect(cellText(sheet.getCell(2, 3).value as CellValue)).toBe('13811112222');
    expect(cellText(sheet.getCell(2, 4).value as CellValue)).toBe('021-6234 5678');
    const check = await run(['check', 'clean.xlsx'], dir);
    expect(check.stdout).toContain('电话 (C列) → phone');
    expect(check.stdout).toContain('保持原样：电话 (D列)');
  });

  test('dedupe finds 上海宏达 twice; --columns names one 电话 by its letter', async () => {
    const found = await run(['dedupe', 'customers.csv'], dir);
    expect(found.stdout).toContain('1 组重复（2 行）');
    const byLandline = await run(['dedupe', 'customers.csv', '--exact', '--columns', 'D'], dir);
    expect(byLandline.stdout).toContain('0 组重复');
    const byMobile = await run(['dedupe', 'customers.csv', '--exact', '--columns', 'C,邮箱'], dir);
    expect(byMobile.stdout).toContain('第 2、6 行');
    expect(byMobile.stdout).toContain('电话 (C列)');
    const shared = await run(['dedupe', 'customers.csv', '--columns', '电话'], dir);
    expect(shared.code).toBe(2);
    expect(shared.stderr).toContain('columns C and D are both headed "电话"');
  });

  test('dedupe names each 电话 of a reason by its letter, in the text and in --json', async () => {
    // The two rows share the mobile and differ on the landline: two reasons of one header.
    // prettier-ignore
    writeUtf8Csv(join(dir, 'two-phones.csv'), [
      ['姓名', '电话', '电话', '公司'],
      ['张伟', '13812345678', '010-65281234', '华信科技'],
      ['张伟', '13812345678', '021-58881234', '华信科技'],
      ['李娜', '13912345678', '010-65281234', '明达贸易'],
    ]);
    const text = await run(['dedupe', 'two-phones.csv'], dir);
    expect(text.stdout).toContain('电话 (B列)：相同（13812345678）');
    expect(text.stdout).toContain('电话 (C列)：不同（010-65281234 ≠ 021-58881234）');
    const json = await run(['dedupe', 'two-phones.csv', '--json'], dir);
    const { clusters } = JSON.parse(json.stdout) as { clusters: { reasons: { column: string; level: string }[] }[] };
    expect(clusters[0]!.reasons.filter((r) => r.column.startsWith('电话'))).toEqual([
      expect.objectContaining({ column: '电话 (B列)', level: 'exact' }),
      expect.objectContaining({ column: '电话 (C列)', level: 'different' }),
    ]);
    const exact = await run(['dedupe', 'two-phones.csv', '--exact', '--columns', 'B', '--json'], dir);
    const byMobile = JSON.parse(exact.stdout) as { clusters: { reasons: { column: string; message: string }[] }[] };
    expect(byMobile.clusters[0]!.reasons).toEqual([
      expect.objectContaining({ column: '电话 (B列)', message: '电话 (B列): same value (13812345678)' }),
    ]);
  });

  test('export names the column each phone comes from', async () => {
    const result = await run(['export', 'customers.csv', '--to', 'fxiaoke', '-o', 'fx.csv'], dir);
    expect(result.code).toBe(0);
    // The company's landlines go on the account; the contacts file holds the mobiles.
    expect(result.stderr).toContain('电话 ← 电话 (D列)（座机和其他号码）');
    const [header, first] = csvRows(join(dir, 'fx-contacts.csv'));
    expect(first![header!.indexOf('手机')]).toBe('13811112222');
  });

  test('an English list with two Phone columns reads in English', async () => {
    const check = await run(['check', 'contacts.csv'], dir);
    expect(check.stdout).toContain('Phone (column C) → phone, Phone (column D) → phone (a second column of it');
    expect(check.stdout).toMatch(/4 +Phone \(column D\) +error +415-555-01/);
    const cleaned = await run(['clean', 'contacts.csv', '-o', 'contacts-clean.csv'], dir);
    expect(cleaned.code).toBe(0);
    const [header, first] = csvRows(join(dir, 'contacts-clean.csv'));
    expect(header!.slice(2, 4)).toEqual(['Phone', 'Phone']);
    expect(first!.slice(2, 4)).toEqual(['+1 503 555 0142', '+1 503 555 0100']);
    const dedupe = await run(['dedupe', 'contacts.csv'], dir);
    expect(dedupe.stdout).toContain('1 group of duplicates (2 rows)');
    expect(dedupe.stdout).toContain('Phone (column C): same');
  });
});
