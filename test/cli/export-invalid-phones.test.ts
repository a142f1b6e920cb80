/**
 * What `custodian export` says of a row's invalid number that gave its phone column to a valid one
 * (Shopify's Phone 07700 900123 beside Default Address Phone 020 7946 0958; a 手机 a digit short beside
 * 座机 on a one-phone accounts layout): kept as typed in the notes, and said so, in the sheet's language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { run, tempDir } from './run';
import { writeUtf8Csv } from './fixtures';

const TODAY = ['--today', '2024-07-01'];

function readRows(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i] ?? ''])));
}

describe('custodian export: an invalid number beside a valid one', () => {
  const dir = tempDir();

  test('Shopify customers to Zoho: the valid number is Phone, the invalid one in Description, said so', async () => {
    // shopify_customers.csv rows 7 and 8.
    // prettier-ignore
    writeUtf8Csv(join(dir, 'shopify_customers.csv'), [
      ['Customer ID', 'First Name', 'Last Name', 'Email', 'Default Address City', 'Default Address Country Code', 'Default Address Zip', 'Default Address Phone', 'Phone', 'Note'],
      ["'7012345678906", 'Mia', 'Schmidt', 'mia.schmidt@web.de', 'Berlin', 'DE', "'10115", '030 1234567', '+49 151 23456789', ''],
      ["'7012345678907", 'Oliver', 'Smith', 'oliver.smith@btinternet.com', 'London', 'GB', 'NW1 6XE', '020 7946 0958', '07700 900123', ''],
    ]);
    const result = await run(['export', 'shopify_customers.csv', '--to', 'zoho', '-o', 'zoho.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    const oliver = readRows(join(dir, 'zoho.csv'))[1]!;
    expect(oliver).toMatchObject({ Mobile: '', Phone: '+442079460958', Description: 'Phone: 07700 900123' });
    expect(result.stderr).toContain(
      '1 number of "Phone" is no valid phone number and found its phone column taken by the row\'s valid numbers: kept as typed in "Description"',
    );
    expect(result.stderr).not.toContain('Default Address Phone" found');
  });

  test('a Chinese list to Zoho accounts: 座机 is Phone, the invalid 手机 in Description, said in Chinese', async () => {
    // prettier-ignore
    writeUtf8Csv(join(dir, '客户.csv'), [
      ['客户名称', '联系人', '手机', '座机', '备注'],
      ['杭州西子网络科技有限公司', '刘晓明', '13588889999', '0571-88886666', ''],
      ['北京华联商贸有限公司', '王建国', '1381234567', '010-65281234', '老客户'],
    ], { bom: true });
    const args = ['export', '客户.csv', '--to', 'zoho', '--object', 'accounts', '-o', 'zoho.csv', ...TODAY];
    const result = await run(args, dir);
    expect(result.code).toBe(0);
    const hualian = readRows(join(dir, 'zoho.csv')).find((r) => r['Account Name'] === '北京华联商贸有限公司')!;
    expect(hualian).toMatchObject({ Phone: '+861065281234', Description: '老客户；手机：1381234567' });
    expect(result.stderr).toContain(
      '“手机”有 1 个号码不是有效的电话号码，其电话列已被该行的有效号码占用；已按原样写入“Description”',
    );
    // 刘晓明's valid mobile gave Phone to the company's landline, as before.
    expect(result.stderr).toContain('“手机”有 1 个号码没有空着的电话列');
  });
});
