/**
 * `custodian export` of a file in which no column is recognised (a kintone app of stock, with Japanese
 * headers): refused as check refuses it, with the same message and exit 2, and no file written. (A
 * kintone customer list, 会社名 and 担当者名, is a customer list: test/template/board-and-japanese-lists.test.ts.)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './run';
import { writeUtf8Csv } from './fixtures';

// A kintone stock app: two rows under Japanese headers that name no customer's field.
// prettier-ignore
const KINTONE = [
  ['品番', '品名', '在庫数', '倉庫'],
  ['A-1001', 'ステンレスボルト M8', '1200', '第一倉庫'],
  ['A-1002', '六角ナット M8', '800', '第二倉庫'],
];

// A hand-kept list whose headers name nothing the template knows.
// prettier-ignore
const UNNAMED = [
  ['Foo', 'Bar'],
  ['Acme', 'x'],
];

describe('custodian export of a file with no customer list', () => {
  const dir = tempDir();

  test.each([
    ['jp.csv', KINTONE, '没有找到客户名单'],
    ['unnamed.csv', UNNAMED, 'No customer list found in unnamed.csv'],
  ])('refuses %s with exit 2 and check’s message, writing nothing', async (file, rows, message) => {
    writeUtf8Csv(join(dir, file), rows);
    const checked = await run(['check', file], dir);
    const exported = await run(['export', file, '--to', 'hubspot', '-o', `${file}.hub.csv`], dir);
    expect(checked.code).toBe(2);
    expect(exported.code).toBe(2);
    expect(exported.stderr).toContain(message);
    expect(exported.stderr).toBe(checked.stderr);
    expect(existsSync(join(dir, `${file}.hub.csv`))).toBe(false);
  });
});
