/**
 * `custodian check` of a list under a title (a CRM export's "客户列表导出" line above the header): an
 * issue about a whole column (its values are a set of its own) stands on the header's row, not on
 * row 1, the title; in text and --json, in both languages.
 */
import { join } from 'node:path';
import type { CellValue } from '../../shared/sheet/cell-value';
import { writeUtf8Csv } from './fixtures';
import { run, tempDir } from './run';

const ZH: CellValue[][] = [
  ['客户列表导出（纷享销客） 2024-06-15'],
  ['客户名称', '客户级别', '负责人', '手机'],
  ['杭州森源建材有限公司', '重要客户', '李强', '13800138000'],
  ['上海华通物流有限公司', '普通客户', '王芳', '13917778888'],
  ['苏州明德电子科技有限公司', '战略客户', '李强', '18962345678'],
];

const EN: CellValue[][] = [
  ['Accounts export — June 2024'],
  ['Account Name', 'Tier', 'Owner', 'Phone'],
  ['Acme Ltd', 'Gold partner', 'Sam', '+44 20 7946 0958'],
  ['Globex plc', 'Silver partner', 'Sam', '+44 20 7946 0959'],
  ['Initech LLP', 'Gold partner', 'Kim', '+44 20 7946 0960'],
];

describe('custodian check: a whole column’s issue under a title', () => {
  const dir = tempDir();
  writeUtf8Csv(join(dir, 'zh.csv'), ZH);
  writeUtf8Csv(join(dir, 'en.csv'), EN);

  test('is on the header row (2), not the title row, in Chinese text and JSON', async () => {
    const text = await run(['check', 'zh.csv'], dir);
    expect(text.stdout).toContain('表头在第 2 行');
    expect(text.stdout).toMatch(/\n2 +客户级别 +警告 +重要客户、普通客户、战略客户/);
    expect(text.stdout).not.toMatch(/\n1 +客户级别/);
    const json = JSON.parse((await run(['check', 'zh.csv', '--json'], dir)).stdout);
    const own = json.issues.find((i: { code: string }) => i.code === 'choice.ownValues');
    expect(own).toMatchObject({ row: 2, column: '客户级别', field: 'valueTier' });
  });

  test('in English too', async () => {
    const json = JSON.parse((await run(['check', 'en.csv', '--json'], dir)).stdout);
    const own = json.issues.find((i: { code: string }) => i.code === 'choice.ownValues');
    expect(own).toMatchObject({ row: 2, column: 'Tier' });
    expect(json.issues.every((i: { row: number }) => i.row >= 2)).toBe(true);
  });
});
