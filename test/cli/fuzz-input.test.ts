/**
 * Feeds `custodian check` random bytes, damaged workbooks, random CSV and hostile workbooks: every
 * run ends with exit 0, 1 or 2 and a message, never a stack trace. The hostile files also run in a
 * child process whose heap is capped at 256 MB, which crashes (exit 134) if memory is not bounded.
 * CUSTODIAN_FUZZ_ROUNDS=20 runs twenty times as many random cases, for a longer search.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { bundleCli, run, tempDir } from './run';

/** mulberry32: a seeded generator, so a failing case can be rebuilt from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROUNDS = Math.max(1, Number(process.env.CUSTODIAN_FUZZ_ROUNDS) || 1);
const dir = tempDir();
const STACK_LINE = /\n\s+at .+\(.+:\d+:\d+\)/;

function save(name: string, bytes: Uint8Array): string {
  writeFileSync(join(dir, name), bytes);
  return name;
}

async function expectCleanExit(file: string): Promise<number> {
  const result = await run(['check', file, '--json', '--today', '2024-06-30'], dir);
  expect([0, 1, 2]).toContain(result.code);
  expect(result.stderr).not.toMatch(STACK_LINE);
  expect(result.stderr).not.toContain('unexpected failure');
  if (result.code === 2) expect(result.stderr).toMatch(/^custodian: .+\n$/s);
  else expect(() => JSON.parse(result.stdout)).not.toThrow();
  return result.code;
}

async function customerWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户');
  sheet.addRows([
    ['客户编号', '姓名', '手机号', '邮箱', 'Joined', 'Amount'],
    ['C000001', '张三', '+86 138 0013 8000', 'zhang@example.cn', new Date(Date.UTC(2024, 2, 5)), 12.5],
    ['C000002', 'Ann Smith', '+1 415 555 2671', 'ann@example.com', '2024/3/6', '¥1,200'],
  ]);
  sheet.getCell('F4').value = { formula: 'SUM(F2:F3)', result: 12.5 };
  sheet.getCell('B5').value = { text: 'site', hyperlink: 'https://example.com' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const FIELDS = [
  '张三',
  'Ann Smith',
  '+86 138 0013 8000',
  "'+1 415 555 2671",
  '=1+1',
  '"quoted, comma"',
  '"open',
  '',
  ' ',
  '\t',
  '李四\r\n王五',
  'a;b|c',
  '¥1,200',
  '2024/3/5',
  '-12',
  '\u0000',
  '\ufffd',
  'x'.repeat(5000),
];

const HEADERS = ['姓名', '手机号', '邮箱', '客户编号', '性别', 'Name', 'Phone', 'Email', 'Company', 'Notes'];

function randomCsv(next: () => number): Buffer {
  const rows: string[] = [];
  const width = 1 + Math.floor(next() * 8);
  if (next() < 0.7) rows.push(HEADERS.filter(() => next() < 0.5).join(','));
  for (let r = 0, n = Math.floor(next() * 30); r < n; r++) {
    rows.push(
      Array.from({ length: width + Math.floor(next() * 3) - 1 }, () => FIELDS[Math.floor(next() * FIELDS.length)]).join(
        next() < 0.8 ? ',' : ';',
      ),
    );
  }
  const text = rows.join(next() < 0.5 ? '\r\n' : '\n');
  const pick = next();
  if (pick < 0.3) return iconv.encode(text, 'gbk');
  if (pick < 0.4) return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
  if (pick < 0.5) return iconv.encode(`\ufeff${text}`, 'utf16le');
  return Buffer.from(text);
}

describe('custodian check on fuzzed input', () => {
  let workbook: Buffer;
  beforeAll(async () => {
    workbook = await customerWorkbook();
  });

  test('exits 0, 1 or 2 without a stack trace when fed random bytes', async () => {
    const next = random(1);
    for (let i = 0; i < 40 * ROUNDS; i++) {
      const bytes = Buffer.from(Array.from({ length: Math.floor(next() * 4096) }, () => Math.floor(next() * 256)));
      if (i % 4 === 0 && bytes.length >= 4) bytes.writeUInt32LE(0x04034b50, 0); // looks like a zip
      await expectCleanExit(save(`random-${i}.bin`, bytes));
    }
  });

  test('exits 0, 1 or 2 without a stack trace when fed truncated or damaged workbooks', async () => {
    const next = random(2);
    const codes = new Set<number>();
    for (let i = 0; i < 30 * ROUNDS; i++) {
      const cut = workbook.subarray(0, Math.floor(next() * workbook.length));
      codes.add(await expectCleanExit(save(`cut-${i}.xlsx`, cut)));
      const flipped = Buffer.from(workbook);
      for (let k = 0; k < 1 + Math.floor(next() * 20); k++)
        flipped[Math.floor(next() * flipped.length)] = Math.floor(next() * 256);
      codes.add(await expectCleanExit(save(`flip-${i}.xlsx`, flipped)));
    }
    expect([...codes].sort()).toEqual([1, 2]); // some damage still reads (the list has an error), most is refused
  });

  test('exits 0, 1 or 2 without a stack trace when fed random CSV', async () => {
    const next = random(3);
    const codes = new Set<number>();
    for (let i = 0; i < 60 * ROUNDS; i++) codes.add(await expectCleanExit(save(`random-${i}.csv`, randomCsv(next))));
    expect(codes.has(2) && (codes.has(0) || codes.has(1))).toBe(true);
  });

  test('exits 0, 1 or 2 without a stack trace when the workbook XML is malformed', async () => {
    const parts: Record<string, string> = {
      garbage: 'not xml at all <<<',
      'unknown shared string':
        '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>999</v></c></row></sheetData></worksheet>',
      'bad cell address':
        '<worksheet><sheetData><row r="1"><c r="ZZZZ99999999" t="str"><v>姓名</v></c></row></sheetData></worksheet>',
      'row zero': '<worksheet><sheetData><row r="0"><c r="A0"><v>1</v></c></row></sheetData></worksheet>',
      'not a number':
        '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row><row r="2"><c r="A2"><v>NaN</v></c><c r="B2" t="d"><v>never</v></c></row></sheetData></worksheet>',
      'entity bomb':
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>',
    };
    const zip = await JSZip.loadAsync(workbook);
    for (const [name, xml] of Object.entries(parts)) {
      zip.file('xl/worksheets/sheet1.xml', xml);
      const file = `malformed-${name.replace(/\W+/g, '-')}.xlsx`;
      writeFileSync(join(dir, file), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
      await expectCleanExit(file);
    }
  });
});

describe('custodian check on hostile workbooks with a 256 MB heap', () => {
  let cli: string;
  beforeAll(async () => {
    cli = join(dir, 'custodian.cjs');
    await bundleCli(cli);
  });

  async function hostile(name: string, edit: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Customers');
    sheet.addRows([
      ['Name', 'Phone'],
      ['Ann Smith', '+1 415 555 2671'],
      ['张三', '13800138000'],
    ]);
    edit(sheet);
    writeFileSync(join(dir, name), Buffer.from(await workbook.xlsx.writeBuffer()));
    return name;
  }

  async function runCapped(file: string): Promise<{ code: number; stderr: string }> {
    try {
      await promisify(execFile)(process.execPath, ['--max-old-space-size=256', cli, 'check', file], {
        cwd: dir,
        maxBuffer: 64 * 1024 * 1024,
      });
      return { code: 0, stderr: '' };
    } catch (error) {
      const failed = error as { code?: number; signal?: string; stderr?: string };
      return { code: failed.signal ? 128 : (failed.code ?? 128), stderr: failed.stderr ?? '' };
    }
  }

  test.each([
    [
      'a value at XFD1048576',
      (s: ExcelJS.Worksheet) => (s.getCell('XFD1048576').value = 'x'),
      /because of a value at XFD1048576/,
    ],
    [
      'a value at ZZ100000',
      (s: ExcelJS.Worksheet) => (s.getCell('ZZ100000').value = '备注'),
      /because of a value at ZZ100000/,
    ],
    [
      'a column of stray values at XFD',
      (s: ExcelJS.Worksheet) => {
        for (let r = 1; r <= 3000; r++) s.getCell(`XFD${r}`).value = r;
      },
      /has rows reaching as far as column XFD \(cells at XFD3000 and XFD1, values or formatting\)/,
    ],
    [
      'a 64 MB shared string',
      (s: ExcelJS.Worksheet) => (s.getCell('A3').value = '长'.repeat((64 * 1024 * 1024) / 3)),
      /holds a single text of more than 1 MB/,
    ],
  ])('refuses %s with exit 2 and one line, within the heap', async (label, edit, message) => {
    const file = await hostile(`${label.replace(/\W+/g, '-')}.xlsx`, edit);
    const result = await runCapped(file);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
