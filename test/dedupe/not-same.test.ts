import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import {
  addNotSame,
  findDuplicates,
  findExactDuplicates,
  NOT_SAME_META,
  readNotSame,
  rowMarkKeys,
  splitNotSame,
} from '../../shared/dedupe';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import type { CellValue } from '../../shared/sheet/cell-value';
import { run, tempDir } from '../cli/run';
import { readXlsx, writeXlsx } from '../cli/fixtures';

// Father and son share the family phone and email; the list cannot tell them apart, the user can.
const ZH: CellValue[][] = [
  ['客户编号', '姓名', '手机', '邮箱', '公司'],
  ['C000001', '王建国', '13800138000', 'wangjia@163.com', '杭州西湖茶业有限公司'],
  ['C000002', '李娜', '13912345678', 'lina@haijing.cn', '上海海鲸贸易有限公司'],
  ['C000003', '王建国', '138 0013 8000', 'wangjia@163.com', '杭州西湖茶业有限公司'],
];

const EN: CellValue[][] = [
  ['Name', 'Phone', 'Email', 'Company'],
  ['John Smith', '+1 415 555 2671', 'smiths@home.com', 'Acme Ltd'],
  ['Mary Jones', '+1 212 555 0100', 'mary@globex.com', 'Globex'],
  ['John Smith', '(415) 555-2671', 'smiths@home.com', 'Acme Ltd'],
  ['Jon Smith', '415.555.2671', 'smiths@home.com', 'Acme Ltd'],
];

const keysOf = (values: CellValue[][]) =>
  rowMarkKeys({ values }, mapHeaders(values[0]!, DEFAULT_TEMPLATE), DEFAULT_TEMPLATE);

describe('not-same marks', () => {
  test('names a row by its customer ID when it has one', () => {
    expect(keysOf(ZH).slice(2)).toEqual(['id:C000001', 'id:C000002', 'id:C000003']);
  });

  test('names an ID-less row by its cleaned identity values, so a reformatted phone keeps the key', () => {
    const keys = keysOf(EN);
    expect(keys[2]).toMatch(/^h:[0-9a-f]{16}$/);
    expect(keys[4]).toBe(keys[2]);
    expect(keys[3]).not.toBe(keys[2]);
  });

  test('keeps marked rows apart when the search would group them (Chinese list)', () => {
    expect(findDuplicates({ name: '客户', values: ZH }).clusters.map((c) => c.rows)).toEqual([[2, 4]]);
    const meta = { [NOT_SAME_META]: addNotSame({}, ['id:C000001', 'id:C000003']) };
    expect(findDuplicates({ name: '客户', values: ZH, meta }).clusters).toEqual([]);
    expect(findExactDuplicates({ name: '客户', values: ZH, meta }, { columns: ['手机', '邮箱'] }).clusters).toEqual([]);
  });

  test('keeps the unmarked rows of a group together when two of three are marked', () => {
    const keys = ['', '', 'a', 'b', 'c'];
    const split = splitNotSame([{ rows: [2, 3, 4], confidence: 0.95 }], keys, [['a', 'b']]);
    expect(split).toEqual([{ rows: [2, 4], confidence: 0.95 }]);
  });

  test('does not repeat a mark saved twice and ignores a damaged entry', () => {
    const once = addNotSame({}, ['id:B', 'id:A']);
    expect(addNotSame({ [NOT_SAME_META]: once }, ['id:A', 'id:B'])).toBe(once);
    expect(readNotSame({ [NOT_SAME_META]: once })).toEqual([['id:A', 'id:B']]);
    expect(readNotSame({ [NOT_SAME_META]: '{broken' })).toEqual([]);
  });
});

describe('custodian mark --not-same', () => {
  const dir = tempDir();

  test('saves the mark in the workbook so dedupe and merge keep the rows apart, also after sorting', async () => {
    await writeXlsx(join(dir, 'zh.xlsx'), ZH);
    const marked = await run(['mark', 'zh.xlsx', '-o', 'marked.xlsx', '--not-same', '2,4'], dir);
    expect(marked.code).toBe(0);
    expect(marked.stdout).toMatch(/Marked rows 2, 4/);
    expect(JSON.parse((await run(['dedupe', 'marked.xlsx', '--json'], dir)).stdout).clusters).toEqual([]);

    // Sort the marked workbook by name in reverse, as a user might, and search again.
    const workbook = await readXlsx(join(dir, 'marked.xlsx'));
    const sheet = workbook.getWorksheet('客户')!;
    const body = [2, 3, 4].map((r) => (sheet.getRow(r).values as CellValue[]).slice(1));
    [body[2], body[1], body[0]].forEach((cells, i) => (sheet.getRow(i + 2).values = cells as ExcelJS.CellValue[]));
    await workbook.xlsx.writeFile(join(dir, 'sorted.xlsx'));
    expect(JSON.parse((await run(['dedupe', 'sorted.xlsx', '--json'], dir)).stdout).clusters).toEqual([]);

    const merged = await run(['merge', 'sorted.xlsx', '-o', 'merged.xlsx'], dir);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toMatch(/0 组，合并掉 0 行/);
  });

  test('keeps ID-less English rows apart by their identity values', async () => {
    await writeXlsx(join(dir, 'en.xlsx'), EN, { sheet: 'Customers' });
    const rowsOf = async (file: string) =>
      JSON.parse((await run(['dedupe', file, '--json'], dir)).stdout).clusters.map((c: { rows: number[] }) => c.rows);
    expect(await rowsOf('en.xlsx')).toEqual([[2, 4, 5]]);
    expect((await run(['mark', 'en.xlsx', '-o', 'en-marked.xlsx', '--not-same', '2,5'], dir)).code).toBe(0);
    expect(await rowsOf('en-marked.xlsx')).toEqual([[2, 4]]);
  });

  test('refuses to mark rows that nothing tells apart when they have no customer ID', async () => {
    await writeXlsx(join(dir, 'en.xlsx'), EN, { sheet: 'Customers' });
    const result = await run(['mark', 'en.xlsx', '-o', 'en-marked.xlsx', '--not-same', '2,4'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot be told apart/);
  });

  test.each([
    [['--not-same', '2'], /two or more sheet row numbers/],
    [['--not-same', '2,x'], /two or more sheet row numbers/],
    [['--not-same', '2,9'], /Row 9 holds no customer/],
    [[], /needs --not-same/],
  ])('exits 2 for %j', async (extra, message) => {
    await writeXlsx(join(dir, 'zh2.xlsx'), ZH);
    const result = await run(['mark', 'zh2.xlsx', '-o', 'bad.xlsx', ...extra], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
