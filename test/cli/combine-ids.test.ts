import { join } from 'node:path';
import { readWorkbookFile } from '../../cli/io';
import type { CellValue } from '../../shared/sheet/cell-value';
import { readXlsx, writeGbkCsv, writeUtf8Csv } from './fixtures';
import { run, tempDir } from './run';

// HubSpot's record 7002 and Shopify's customer 7002 are two different people.
const HUBSPOT_ROWS: CellValue[][] = [
  ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Company Name', 'Lifecycle Stage', 'Create Date'],
  ['7002', 'Jane', 'Doe', 'jane@blue.com', '212-555-0188', 'Blue Harbor', 'Lead', '2024-02-11 10:00'],
];
const SHOPIFY_ROWS: CellValue[][] = [
  [
    'Customer ID',
    'First Name',
    'Last Name',
    'Email',
    'Company',
    'Phone',
    'Total Spent',
    'Total Orders',
    'Accepts Email Marketing',
  ],
  ['7002', 'Kim', 'Nguyen', 'kim@nguyen.me', '', '+16175550100', '89.90', '1', 'no'],
];
// Jane Doe bought in the shop too, under the shop's own number.
const SHOPIFY_WITH_JANE: CellValue[][] = [
  ...SHOPIFY_ROWS,
  ['8810', 'Jane', 'Doe', 'jane@blue.com', 'Blue Harbor', '', '120.00', '2', 'yes'],
];

// A 企业微信 contact 10086 and a 有赞 member 10086 are two different people; 张伟 is in both.
const WECOM_ROWS: CellValue[][] = [
  ['客户ID', '客户名称', '手机号', '企业', '添加人', '添加时间'],
  ['10086', '张伟', '13800138000', '杭州西湖茶业有限公司', '王磊', '2024-03-05 10:21'],
  ['10087', '李娜', '13900139000', '上海明远贸易有限公司', '王磊', '2024-04-11 16:02'],
];
const YOUZAN_ROWS: CellValue[][] = [
  ['会员编号', '会员昵称', '姓名', '手机号', '累计消费金额(元)', '成为会员时间'],
  ['10086', '小周', '周杰', '13500135000', '268.00', '2023-11-02'],
  ['20311', '茶友张', '张伟', '13800138000', '1520.50', '2022-06-18'],
];

interface CombineJson {
  columns: Array<{ header: string; field: string | null; idsOf?: string }>;
  lists: Array<{ name: string; columns: Record<string, string> }>;
  duplicates: Array<{ rows: number[]; lists: string[]; reasons: Array<{ column: string }> }>;
}

interface CheckJson {
  issues: Array<{ code: string; row: number }>;
  mapping: Record<string, string | null>;
}

async function combinedValues(dir: string, file: string): Promise<CellValue[][]> {
  return (await readWorkbookFile(join(dir, file))).snapshot.values;
}

async function checkJson(dir: string, file: string): Promise<CheckJson> {
  const result = await run(['check', file, '--json'], dir);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as CheckJson;
}

describe('combine-command IDs of several systems', () => {
  test('keeps each file’s IDs in a column named for the file when a HubSpot and a Shopify export both use 7002', async () => {
    const dir = tempDir();
    writeUtf8Csv(join(dir, 'hs.csv'), HUBSPOT_ROWS);
    writeUtf8Csv(join(dir, 'shop.csv'), SHOPIFY_ROWS);
    const result = await run(['combine', 'hs.csv', 'shop.csv', '-o', 'all.xlsx', '--json'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as CombineJson;
    expect(json.columns.slice(0, 3)).toEqual([
      { header: 'Record ID (hs.csv)', field: null, idsOf: 'hs.csv' },
      { header: 'Customer ID (shop.csv)', field: null, idsOf: 'shop.csv' },
      { header: 'Last Name', field: 'name.family' },
    ]);
    expect(json.columns.map((c) => c.field)).not.toContain('customerId');
    expect(json.lists[0]!.columns['Record ID']).toBe('Record ID (hs.csv)');
    expect(json.lists[1]!.columns['Customer ID']).toBe('Customer ID (shop.csv)');

    const values = await combinedValues(dir, 'all.xlsx');
    expect(values[0]!.slice(0, 4)).toEqual(['Record ID (hs.csv)', 'Customer ID (shop.csv)', 'Last Name', 'First Name']);
    expect(values[1]!.slice(0, 4)).toEqual(['7002', null, 'Doe', 'Jane']);
    expect(values[2]!.slice(0, 4)).toEqual([null, '7002', 'Nguyen', 'Kim']);
    expect(values[2]![values[0]!.indexOf('Imported from')]).toBe('shop.csv row 2');
    expect(json.duplicates).toEqual([]);

    const check = await checkJson(dir, 'all.xlsx');
    expect(check.issues.filter((i) => i.code.startsWith('id.'))).toEqual([]);
    expect(check.mapping['Record ID (hs.csv)']).toBeNull();
    expect(check.mapping['Customer ID (shop.csv)']).toBeNull();
  });

  test('says in the summary where each file’s IDs went when two files bring IDs', async () => {
    const dir = tempDir();
    writeUtf8Csv(join(dir, 'hs.csv'), HUBSPOT_ROWS);
    writeUtf8Csv(join(dir, 'shop.csv'), SHOPIFY_ROWS);
    const result = await run(['combine', 'hs.csv', 'shop.csv', '-o', 'all.xlsx'], dir);
    expect(result.stdout).toContain(
      "Each list's IDs are kept in a column of its own (Record ID (hs.csv), Customer ID (shop.csv))",
    );
    // The ID columns are not among the columns kept as they are.
    expect(result.stdout).toContain('  shop.csv: 1 row\n');
  });

  test('still finds the same person in both files when their IDs differ', async () => {
    const dir = tempDir();
    writeUtf8Csv(join(dir, 'hs.csv'), HUBSPOT_ROWS);
    writeUtf8Csv(join(dir, 'shop.csv'), SHOPIFY_WITH_JANE);
    const result = await run(['combine', 'hs.csv', 'shop.csv', '-o', 'all.xlsx', '--json'], dir);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as CombineJson;
    expect(json.duplicates.map((d) => [d.rows, d.lists])).toEqual([
      [
        [2, 4],
        ['hs.csv', 'shop.csv'],
      ],
    ]);

    const workbook = await readXlsx(join(dir, 'all.xlsx'));
    const sheet = workbook.getWorksheet('Duplicates')!;
    const row = (n: number) => ((sheet.getRow(n).values as unknown[]) ?? []).slice(1);
    // Each row's own IDs beside its template fields, so a person sees which record of which system it is.
    expect(row(1).slice(0, 7)).toEqual([
      'Group',
      'Row',
      'Confidence',
      'Lists',
      'Record ID (hs.csv)',
      'Customer ID (shop.csv)',
      'Last Name',
    ]);
    expect(row(2).slice(0, 7)).toEqual([1, 2, 1, 2, '7002', undefined, 'Doe']);
    expect(row(3).slice(0, 7)).toEqual([1, 4, 1, 2, undefined, '8810', 'Doe']);

    const check = await checkJson(dir, 'all.xlsx');
    expect(check.issues.filter((i) => i.code.startsWith('id.'))).toEqual([]);
  });

  test('takes an ID two rows of one file share as evidence while the files’ IDs are kept apart', async () => {
    const dir = tempDir();
    writeUtf8Csv(join(dir, 'hs.csv'), [
      ...HUBSPOT_ROWS,
      ['7010', 'Tom', 'Reed', 'tom@reedco.com', '415-555-0101', 'Reed Co', 'Customer', '2024-03-01 09:00'],
      ['7010', 'Thomas', 'Reed', 'treed@gmail.com', '', '', 'Lead', '2024-05-02 11:00'],
    ]);
    writeUtf8Csv(join(dir, 'shop.csv'), SHOPIFY_ROWS);
    const result = await run(['combine', 'hs.csv', 'shop.csv', '-o', 'all.xlsx', '--json'], dir);
    const json = JSON.parse(result.stdout) as CombineJson;
    expect(json.duplicates.map((d) => d.rows)).toEqual([[3, 4]]);
    expect(json.duplicates[0]!.reasons.map((r) => r.column)).toContain('Record ID (hs.csv)');
  });

  test('keeps a 企业微信 客户ID and a 有赞 会员编号 apart when both exports use 10086', async () => {
    const dir = tempDir();
    writeGbkCsv(join(dir, '企微客户.csv'), WECOM_ROWS);
    writeUtf8Csv(join(dir, '有赞会员.csv'), YOUZAN_ROWS);
    const result = await run(['combine', '企微客户.csv', '有赞会员.csv', '-o', '全部.xlsx'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('各名单的编号分列保留（客户ID（企微客户.csv）、会员编号（有赞会员.csv））');
    expect(result.stdout).toContain('  #1  第 2、5 行（置信度 0.99）：企微客户.csv 第 2 行；有赞会员.csv 第 3 行');

    const values = await combinedValues(dir, '全部.xlsx');
    expect(values[0]!.slice(0, 4)).toEqual(['客户ID（企微客户.csv）', '会员编号（有赞会员.csv）', '姓名', '手机']);
    expect(values.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['10086', null, '张伟'],
      ['10087', null, '李娜'],
      [null, '10086', '周杰'],
      [null, '20311', '张伟'],
    ]);
    expect(values[0]).not.toContain('客户编号');

    // 张伟 is one customer in both exports; 10086 is two.
    const workbook = await readXlsx(join(dir, '全部.xlsx'));
    const sheet = workbook.getWorksheet('重复客户')!;
    const row = (n: number) => ((sheet.getRow(n).values as unknown[]) ?? []).slice(1);
    expect(row(1).slice(0, 7)).toEqual([
      '组',
      '合并后行号',
      '置信度',
      '涉及名单数',
      '客户ID（企微客户.csv）',
      '会员编号（有赞会员.csv）',
      '姓名',
    ]);
    expect([row(2), row(3)].map((r) => [r[1], r[4], r[5], r[6]])).toEqual([
      [2, '10086', undefined, '张伟'],
      [5, undefined, '20311', '张伟'],
    ]);
    expect(sheet.rowCount).toBe(3);

    const check = await checkJson(dir, '全部.xlsx');
    expect(check.issues.filter((i) => i.code.startsWith('id.'))).toEqual([]);
  });

  test('keeps the IDs in the Customer ID column when only one file brings IDs', async () => {
    const dir = tempDir();
    writeUtf8Csv(join(dir, 'hs.csv'), HUBSPOT_ROWS);
    writeUtf8Csv(
      join(dir, 'shop.csv'),
      SHOPIFY_ROWS.map((r) => r.slice(1)),
    );
    const result = await run(['combine', 'hs.csv', 'shop.csv', '-o', 'all.xlsx', '--json'], dir);
    const json = JSON.parse(result.stdout) as CombineJson;
    expect(json.columns[0]).toEqual({ header: 'Customer ID', field: 'customerId' });
    const values = await combinedValues(dir, 'all.xlsx');
    expect(values.map((r) => r[0])).toEqual(['Customer ID', '7002', null]);
  });
});
