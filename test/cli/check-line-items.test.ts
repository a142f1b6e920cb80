import { join } from 'node:path';
import { run, tempDir } from './run';
import { writeUtf8Csv } from './fixtures';
import { JD, SHOPIFY } from '../sheet/order-exports';

const TODAY = ['--today', '2024-12-01'];

describe('custodian check on an order export with several items per order', () => {
  const dir = tempDir();

  test('says once that the further items of a Shopify order are no customers, with no errors on them', async () => {
    writeUtf8Csv(join(dir, 'orders_export.csv'), SHOPIFY);
    const result = await run(['check', 'orders_export.csv', ...TODAY], dir);
    expect(result.stdout).toMatch(/: 3 rows checked, 0 errors/);
    expect(result.stdout).toContain(
      'Rows 3, 4 are further items of the order above them: not customers, left as they are.',
    );
    expect(result.stdout).not.toContain('required');
    expect(result.code).toBe(0);
  });

  test('says it in Chinese for a 京东 export, in the singular shape', async () => {
    writeUtf8Csv(join(dir, 'jd.csv'), JD);
    const result = await run(['check', 'jd.csv', ...TODAY], dir);
    expect(result.stdout).toContain('检查了 3 行，0 个错误');
    expect(result.stdout).toContain('第 3 行是上一行订单的其他商品，不是客户：保持原样，不检查。');
    expect(result.stdout).not.toContain('必填项');
  });

  test('says it of one English row in the singular', async () => {
    writeUtf8Csv(
      join(dir, 'one_item.csv'),
      SHOPIFY.filter((_, index) => index !== 3),
    );
    const result = await run(['check', 'one_item.csv', ...TODAY], dir);
    expect(result.stdout).toContain('Row 3 is a further item of the order above it: not a customer, left as it is.');
  });

  test('--json keeps its keys and counts only the customers rows', async () => {
    writeUtf8Csv(join(dir, 'orders_json.csv'), SHOPIFY);
    const result = await run(['check', 'orders_json.csv', '--json', ...TODAY], dir);
    const output = JSON.parse(result.stdout);
    expect(Object.keys(output)).toEqual(['issues', 'rows', 'mapping']);
    expect(output.rows).toBe(3);
    expect(output.issues.filter((i: { row: number }) => i.row === 3 || i.row === 4)).toEqual([]);
  });
});
