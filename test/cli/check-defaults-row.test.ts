import { join } from 'node:path';
import { run, tempDir } from './run';
import { writeUtf8Csv } from './fixtures';

const TODAY = ['--today', '2026-11-29'];

// Shopify's customers export with a row of its defaults alone (01_shopify.csv's row 8, cut down).
// prettier-ignore
const SHOPIFY = [
  ['First Name', 'Last Name', 'Email', 'Accepts Email Marketing', 'Phone', 'Total Spent', 'Total Orders', 'Tax Exempt'],
  ['Emily', 'Carter', 'emily.carter@gmail.com', 'yes', '+15035550142', '245.90', '3', 'no'],
  ['', '', '', 'no', '', '0.00', '0', 'no'],
  ['Liam', 'Brown', 'liam.brown@gmail.com', 'yes', '+61412345678', '55.00', '1', 'no'],
];

// prettier-ignore
const YOUZAN = [
  ['会员姓名', '手机号', '是否关注公众号', '累计消费金额', '消费次数'],
  ['陈晓雨', '13812345601', '是', '128', '1'],
  ['', '', '否', '0', '0'],
  ['王建国', '13705710002', '否', '56', '2'],
];

describe('custodian check on a row of defaults alone', () => {
  const dir = tempDir();

  test('says once that the row is an empty record, with no required-field errors and no customer counted', async () => {
    writeUtf8Csv(join(dir, 'customers_export.csv'), SHOPIFY);
    const result = await run(['check', 'customers_export.csv', ...TODAY], dir);
    expect(result.stdout).toMatch(/: 2 rows checked, 0 errors/);
    expect(result.stdout).toContain(
      'Row 3 is an empty record: only default values (no, 0), no name, phone, email, company or ID; not a customer, left as it is.',
    );
    expect(result.stdout).not.toContain('required');
  });

  test('says it in Chinese for a Chinese list', async () => {
    writeUtf8Csv(join(dir, 'members.csv'), YOUZAN);
    const result = await run(['check', 'members.csv', ...TODAY], dir);
    expect(result.stdout).toContain('检查了 2 行，0 个错误');
    expect(result.stdout).toContain(
      '第 3 行是空记录：只有默认值（否、0），没有姓名、电话、邮箱、公司或编号，不是客户：保持原样，不检查。',
    );
    expect(result.stdout).not.toContain('必填项');
  });
});
