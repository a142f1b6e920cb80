/**
 * `custodian export` of a file in which no column is recognised (a kintone export with Japanese
 * headers): refused as check refuses it, with the same message and exit 2, and no file written.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './run';
import { writeUtf8Csv } from './fixtures';

// probe 3, min/jp.csv (from 06_kintone.csv): two rows under Japanese headers.
// prettier-ignore
const KINTONE = [
  ['会社名', '担当者名', 'メールアドレス', '電話番号'],
  ['有限会社テスト工業', '佐藤 次郎', 'sato@test.jp', '090-1234-5678'],
  ['株式会社みらい', '鈴木 一郎', 'suzuki@mirai.jp', '080-9876-5432'],
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
