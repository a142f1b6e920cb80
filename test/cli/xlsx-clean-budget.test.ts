/**
 * Cleaning an .xlsx rewrites the whole workbook through exceljs, which holds about 1.9 KB of heap a
 * cell at its peak: a list too large for the heap is refused before it is read, with exit 2 and
 * one line naming the limit and the heap that would read it, never a V8 crash. Checking the same
 * file streams it into the snapshot and still runs under that heap.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { generateChineseCustomers } from '../../bench/dedupe/generate-chinese-customers';
import { bundleCli, tempDir } from './run';

jest.setTimeout(120_000);

const dir = tempDir();
const cli = join(dir, 'custodian.cjs');
const file = join(dir, '客户名单.xlsx');

beforeAll(async () => {
  await bundleCli(cli);
  // 12,000 customers of nine columns: about 110,000 cells, more than a 256 MB heap's 100,000.
  const list = generateChineseCustomers({ people: 11_430, duplicateShare: 0.05, seed: 3, withIds: true });
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('客户列表').addRows(list.values);
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  const csv = list.values
    .map((row) => row.map((v) => `"${String(v ?? '').replace(/"/g, '""')}"`).join(','))
    .join('\r\n');
  writeFileSync(join(dir, '客户名单.csv'), `\uFEFF${csv}\r\n`);
});

async function runCapped(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--max-old-space-size=256', cli, ...args], {
      cwd: dir,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; signal?: string; stdout?: string; stderr?: string };
    return {
      code: failed.signal ? 128 : (failed.code ?? 128),
      stdout: failed.stdout ?? '',
      stderr: failed.stderr ?? '',
    };
  }
}

describe('custodian clean on an .xlsx too large for the heap', () => {
  test('refuses with exit 2 and one line before reading, and writes nothing', async () => {
    const before = readFileSync(file);
    const result = await runCapped(['clean', '客户名单.xlsx', '-o', 'cleaned.xlsx']);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /客户名单\.xlsx holds more than 100,000 cells, the most Custodian reads with this much memory/,
    );
    expect(lines[0]).toMatch(/NODE_OPTIONS=--max-old-space-size=\d+/);
    expect(lines[0]).toMatch(
      /Or save the list as CSV UTF-8 \(Excel: File > Save As\) and clean that: a CSV is cleaned in up to [\d,]+ fields\./,
    );
    expect(existsSync(join(dir, 'cleaned.xlsx'))).toBe(false);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test('cleans the same list saved as CSV under the same heap, as the message says', async () => {
    const result = await runCapped(['clean', '客户名单.csv', '-o', 'cleaned.xlsx']);
    expect(result.stderr).not.toMatch(/heap|memory/i);
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, 'cleaned.xlsx'))).toBe(true);
  });

  test('checks the same file under the same heap: check streams it instead of loading the workbook', async () => {
    const result = await runCapped(['check', '客户名单.xlsx']);
    expect(result.stderr).not.toMatch(/heap|memory/i);
    expect(result.code).toBe(1); // the generated list has invalid values on purpose
    expect(result.stdout).toMatch(/\[客户列表\]：检查了 12,\d{3} 行/);
  });
});
