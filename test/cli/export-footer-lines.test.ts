/**
 * Exports that close with lines of their own under the list: eBay's order report ("3,record(s)
 * downloaded" and ",Seller ID : …") and a 企查查 list ("数据来源：企查查 qcc.com，仅供参考"). Check,
 * report, clean and export read the customers only, and say which rows are notes, in the list's language.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { run, tempDir } from './run';

const TODAY = ['--today', '2024-06-01'];

/** eBay's order report as downloaded (its columns that matter here), a blank line under the header. */
const EBAY_CSV = [
  'Sales Record Number,Order Number,Buyer Username,Buyer Name,Buyer Email,Buyer City,Buyer Zip,Buyer Country,Total Price',
  ',,,,,,,,',
  '1001,12-11111-22222,bargainhunter99,James Anderson,ab12cd34ef@members.ebay.com,Columbus,43215,United States,$98.49',
  '1002,12-11111-33333,bargainhunter99,James Anderson,ab12cd34ef@members.ebay.com,Columbus,43215,United States,$15.00',
  '1003,23-22222-44444,uk_collector,Oliver Smith,xy98zw76@members.ebay.com,Manchester,M1 1AE,United Kingdom,$175.00',
  ',,,,,,,,',
  '3,record(s) downloaded,,,,,,,',
  ',Seller ID : camera_world_store,,,,,,,',
  '',
].join('\r\n');

const QCC_CSV = [
  '序号,企业名称,登记状态,法定代表人,电话,邮箱,所属行业',
  '1,深圳市腾飞科技有限公司,存续,李腾飞,0755-26001234,service@tengfei.com,软件和信息技术服务业',
  '2,上海浦江实业有限公司,在业,王浦江,021-58881234,-,批发业',
  '3,杭州西子湖畔餐饮管理有限公司,注销,赵西子,13588889999,xizi@163.com,餐饮业',
  '"数据来源：企查查 qcc.com，仅供参考",,,,,,',
  '',
].join('\n');

function readCsv(path: string): string[][] {
  const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

describe('export footer lines', () => {
  const dir = tempDir();

  beforeAll(() => {
    writeFileSync(join(dir, 'ebay.csv'), EBAY_CSV, 'utf8');
    writeFileSync(join(dir, 'qcc.csv'), QCC_CSV, 'utf8');
  });

  test('check reads three orders and calls the count and seller lines notes, in English', async () => {
    const result = await run(['check', 'ebay.csv', ...TODAY], dir);
    expect(result.stdout).toContain('3 rows checked, 0 errors');
    expect(result.stdout).toContain('Rows 7, 8 are notes about the list: not customers, left as they are.');
  });

  test('check reads three companies and calls the source line a note, in Chinese', async () => {
    const result = await run(['check', 'qcc.csv', ...TODAY], dir);
    expect(result.stdout).toContain('检查了 3 行');
    expect(result.stdout).toMatch(/第 5 行.*不是客户/);
  });

  test('report counts the customers only', async () => {
    expect(JSON.parse((await run(['report', 'ebay.csv', '--json', ...TODAY], dir)).stdout).rows).toBe(3);
    expect(JSON.parse((await run(['report', 'qcc.csv', '--json', ...TODAY], dir)).stdout).rows).toBe(3);
  });

  test('export writes no blank contact for the footer lines', async () => {
    const result = await run(['export', 'ebay.csv', '--to', 'hubspot', '-o', 'ebay-out.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    const rows = readCsv(join(dir, 'ebay-out.csv'));
    const at = rows[0]!.indexOf('Last Name');
    expect(rows.slice(1).map((row) => row[at])).toEqual(['Anderson', 'Anderson', 'Smith']);
  });

  test('clean assigns customer IDs to the orders only and keeps the footer as typed', async () => {
    const result = await run(['clean', 'ebay.csv', '-o', 'ebay-clean.csv', ...TODAY], dir);
    expect(result.stdout + result.stderr).toContain('3  customer IDs assigned');
    const rows = readCsv(join(dir, 'ebay-clean.csv'));
    const last = rows.slice(-2).map((row) => row.filter((v) => v !== ''));
    expect(last).toEqual([['3', 'record(s) downloaded'], ['Seller ID : camera_world_store']]);
  });
});
