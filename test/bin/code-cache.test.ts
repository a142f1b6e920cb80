/**
 * The `custodian` launcher compiles the bundle through V8's code cache kept beside it: the first
 * run writes the cache, later runs read it, and a cache that does not fit (another bundle, a
 * damaged file) is set aside by V8 and written again. The command's output never depends on it.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../cli/run';
import { writeUtf8Csv } from '../cli/fixtures';

jest.setTimeout(60_000);

const root = join(__dirname, '..', '..');
const dir = tempDir();
const bin = join(dir, 'bin', 'custodian.js');
const cache = join(dir, 'dist', 'cli', 'custodian.cjs.v8-cache');

beforeAll(() => {
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, 'dist', 'cli'), { recursive: true });
  copyFileSync(join(root, 'bin', 'custodian.js'), bin);
  copyFileSync(join(root, 'dist', 'cli', 'custodian.cjs'), join(dir, 'dist', 'cli', 'custodian.cjs'));
  writeUtf8Csv(join(dir, '客户.csv'), [
    ['姓名', '手机', '邮箱'],
    ['张伟', '+86 138 0013 8000', 'zhangwei@xingchen.com'],
    ['张 伟', '138-0013-8000', 'zhangwei@xingchen.com'],
    ['Ann Smith', '+1 415 555 2671', 'ann@acme.com'],
  ]);
});

function dedupe(): string {
  return execFileSync(process.execPath, [bin, 'dedupe', '客户.csv', '--json'], { cwd: dir, encoding: 'utf8' });
}

describe('the custodian launcher', () => {
  test('writes the code cache on the first run and gives the same answer with it', () => {
    expect(existsSync(cache)).toBe(false);
    const first = dedupe();
    expect(existsSync(cache)).toBe(true);
    expect(JSON.parse(first).clusters).toHaveLength(1);
    expect(dedupe()).toBe(first);
  });

  test('runs the same with a damaged cache and writes a good one again', () => {
    const good = dedupe();
    writeFileSync(cache, Buffer.from('not a code cache'));
    expect(dedupe()).toBe(good);
    expect(readFileSync(cache).length).toBeGreaterThan(100_000);
  });
});
