import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { CellValue } from '../../shared/sheet/cell-value';
import { run, tempDir } from './run';
import { readXlsx, writeXlsx } from './fixtures';

const TODAY = ['--today', '2024-06-30'];

// A Chinese B2B sales ledger: the customers are companies, 联系人 is the person to call.
const B2B_ROWS: CellValue[][] = [
  ['客户名称', '联系人', '联系电话', '最后跟进时间', '首次成交日期', '备注2'],
  ['上海明辉机械制造有限公司', '王建国', '13816628830', '2024-05-12', '2021-03-08', '内部'],
  ['杭州云启网络科技有限公司', '陈晓雯', '0571-88231546', '2024-05-20', '2020-11-23', ''],
  ['苏州恒达物流集团', '刘强', '13912887765', '2024-04-02', '2022-07-15', '价格敏感'],
  ['北京知行教育咨询有限公司', '张丽', '18601012233', '2024-03-18', '2023-01-09', ''],
];

// An English CRM export where the source option is written short ("Referral").
const CRM_ROWS: CellValue[][] = [
  ['Account ID', 'Account Name', 'Ref', 'Phone'],
  ['0015g00000AbCdEAA1', 'Acme Corporation', 'Referral', '(312) 555-0100'],
  ['0015g00000AbCdFAA1', 'Globex Inc.', 'Web', '(217) 555-0142'],
  ['0015g00000AbCdGAA1', 'Initech LLC', 'Trade Show', '(512) 555-0175'],
];

async function writeWithMeta(path: string, rows: CellValue[][], meta: Record<string, string>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户');
  for (const row of rows) sheet.addRow(row.map((v) => (v === null ? undefined : v)));
  const store = workbook.addWorksheet('_custodian', { state: 'hidden' });
  store.addRow(['key', 'value']);
  for (const [key, value] of Object.entries(meta)) store.addRow([key, value]);
  await workbook.xlsx.writeFile(path);
}

describe('custodian --map and the mapping decision', () => {
  const dir = tempDir();

  beforeAll(async () => {
    await writeXlsx(join(dir, 'b2b.xlsx'), B2B_ROWS);
    await writeXlsx(join(dir, 'crm.xlsx'), CRM_ROWS);
  });

  test('check --json maps a company list by its values: 客户名称 is the company, 联系人 the contact person', async () => {
    const result = await run(['check', 'b2b.xlsx', '--json', ...TODAY], dir);
    expect(JSON.parse(result.stdout).mapping).toEqual({
      客户名称: 'company',
      联系人: 'contact',
      联系电话: 'phone',
      最后跟进时间: 'lastContact',
      首次成交日期: 'firstPurchaseDate',
      备注2: 'notes',
    });
  });

  test('check says in its report when the values decided a column', async () => {
    const result = await run(['check', 'b2b.xlsx', ...TODAY], dir);
    expect(result.stdout).toContain('客户名称 → company（值是公司名称）');
    expect(result.stdout).toContain('客户是公司');
  });

  test('check --json maps Account ID to the customer ID and Account Name to the company in an English export', async () => {
    const result = await run(['check', 'crm.xlsx', '--json', ...TODAY], dir);
    expect(JSON.parse(result.stdout).mapping).toEqual({
      'Account ID': 'customerId',
      'Account Name': 'company',
      Ref: null,
      Phone: 'phone',
    });
  });

  test('--map puts a column in a field or leaves it alone, and the mapping reports it', async () => {
    const result = await run(['check', 'crm.xlsx', '--json', '--map', 'Ref=source,Phone=-', ...TODAY], dir);
    const output = JSON.parse(result.stdout);
    expect(output.mapping).toEqual({
      'Account ID': 'customerId',
      'Account Name': 'company',
      Ref: 'source',
      Phone: null,
    });
    // "Referral" is the Referral Source option, not an error.
    expect(
      output.issues.filter((i: { column: string; severity: string }) => i.column === 'Ref' && i.severity === 'error'),
    ).toEqual([]);
  });

  test('--map takes Chinese headers and the Chinese comma', async () => {
    const result = await run(['check', 'b2b.xlsx', '--json', '--map', '联系人=name，备注2=-', ...TODAY], dir);
    expect(JSON.parse(result.stdout).mapping).toMatchObject({ 联系人: 'name', 备注2: null, 客户名称: 'company' });
  });

  test('--map takes a field by its label in either language (联系电话=手机, Ref=Source)', async () => {
    const zh = await run(['check', 'b2b.xlsx', '--json', '--map', '联系电话=手机', ...TODAY], dir);
    expect(JSON.parse(zh.stdout).mapping).toMatchObject({ 联系电话: 'phone' });
    const en = await run(['check', 'crm.xlsx', '--json', '--map', 'Ref=source', ...TODAY], dir);
    const byLabel = await run(['check', 'crm.xlsx', '--json', '--map', 'Ref=Source', ...TODAY], dir);
    expect(JSON.parse(byLabel.stdout).mapping).toEqual(JSON.parse(en.stdout).mapping);
  });

  test.each([
    [['--map', 'Ref=sauce'], /--map: "sauce" \(for "Ref"\) is not a template field/],
    [['--map', 'Referrer=source'], /--map: the sheet has no column "Referrer"/],
    [['--map', 'Ref'], /--map: "Ref" is not header=field/],
    [['--map', ','], /--map needs header=field pairs/],
  ])('exits 2 with a one-line message for bad --map input %j', async (args, message) => {
    const result = await run(['check', 'crm.xlsx', '--json', ...args, ...TODAY], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  test.each([['clean', '-o', 'out.xlsx'], ['dedupe'], ['merge', '-o', 'merged.xlsx']])(
    '%s takes --map too and refuses a bad one',
    async (...command) => {
      const result = await run([command[0], 'crm.xlsx', ...command.slice(1), '--map', 'Ref=nothing'], dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/"nothing" \(for "Ref"\) is not a template field/);
    },
  );

  test('reads corrections saved in the workbook, and --map adds to them', async () => {
    await writeWithMeta(join(dir, 'saved.xlsx'), CRM_ROWS, {
      'template.overrides': JSON.stringify({ Ref: 'source', Phone: null }),
    });
    const saved = JSON.parse((await run(['check', 'saved.xlsx', '--json', ...TODAY], dir)).stdout);
    expect(saved.mapping).toMatchObject({ Ref: 'source', Phone: null });
    const added = JSON.parse(
      (await run(['check', 'saved.xlsx', '--json', '--map', 'Account Name=-', ...TODAY], dir)).stdout,
    );
    expect(added.mapping).toEqual({ 'Account ID': 'customerId', 'Account Name': null, Ref: 'source', Phone: null });
  });

  test('clean saves the --map corrections in the workbook, and later commands reuse them without --map', async () => {
    const cleaned = await run(
      ['clean', 'crm.xlsx', '-o', 'crm-clean.xlsx', '--map', 'Ref=source,Phone=-', ...TODAY],
      dir,
    );
    expect(cleaned.code).toBe(0);
    const after = JSON.parse((await run(['check', 'crm-clean.xlsx', '--json', ...TODAY], dir)).stdout);
    // Ref took the template's label; Phone stayed as it was and is still left alone.
    expect(after.mapping).toMatchObject({
      Source: 'source',
      Phone: null,
      'Customer ID': 'customerId',
      Company: 'company',
    });
    const sheet = (await readXlsx(join(dir, 'crm-clean.xlsx'))).getWorksheet('客户')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 4)).toEqual(['Customer ID', 'Company', 'Source', 'Phone']);
    expect(sheet.getCell(2, 3).value).toBe('Referral Source');
  });

  test('clean of a company list adds no empty name column and keeps 联系人 as the contact person', async () => {
    const result = await run(['clean', 'b2b.xlsx', '-o', 'b2b-clean.xlsx', ...TODAY], dir);
    expect(result.code).toBe(0);
    const sheet = (await readXlsx(join(dir, 'b2b-clean.xlsx'))).getWorksheet('客户')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    // 联系电话 keeps its header: 手机 would say its landlines are mobiles.
    expect(headers.slice(0, 6)).toEqual(['公司', '联系人', '联系电话', '最近联系日期', '首次成交日期', '备注']);
    expect(headers).not.toContain('姓名');
    expect(sheet.getCell(2, 1).value).toBe('上海明辉机械制造有限公司');
  });
});
