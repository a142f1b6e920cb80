import { join } from 'node:path';
import { run, tempDir } from '../cli/run';
import { writeUtf8Csv, writeXlsx } from '../cli/fixtures';

const TODAY = ['--today', '2025-06-01'];

describe('custodian check on a list closed by a notes line', () => {
  const dir = tempDir();

  test('names the notes row beside the totals row in Chinese and reports no empty fields on it', async () => {
    writeUtf8Csv(join(dir, 'kingdee.csv'), [
      ['客户名称', '联系人', '联系电话'],
      ['杭州西子机电设备有限公司', '周建华', '0571-87651234'],
      ['宁波港联物流有限公司', '陈静', '0574-87301234'],
      ['合计：2家', null, null],
      ['备注：1. 客户编码按地区编排；2. 标红为重点客户', null, null],
    ]);
    const result = await run(['check', 'kingdee.csv', ...TODAY], dir);
    expect(result.stdout).toContain('检查了 2 行，0 个错误');
    expect(result.stdout).toContain('第 4 行是合计行，不是客户：保持原样，不检查。');
    expect(result.stdout).toContain('第 5 行是表格的备注说明，不是客户：保持原样，不检查。');
    expect(result.stdout).not.toContain('必填项');
    expect(result.code).toBe(0);
  });

  test('names English notes rows, and checks a row with more than the note as a customer', async () => {
    await writeXlsx(join(dir, 'contacts.xlsx'), [
      ['Name', 'Email', 'Phone'],
      ['Mary Smith', 'mary@smith.com', '(415) 555-0134'],
      ['Note: VIP customer', null, null],
      [null, null, null],
      ['Note: exported from Shopify on 2025-05-01', null, null],
      ['Notes & Co Stationers', 'hello@notesandco.com', null],
    ]);
    const result = await run(['check', 'contacts.xlsx', ...TODAY], dir);
    expect(result.stdout).toMatch(/: 2 rows checked/);
    expect(result.stdout).toContain('Rows 3, 5 are notes about the list: not customers, left as they are.');
  });
});
