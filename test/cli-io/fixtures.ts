/** Test fixtures made on the fly: a temp folder per test file, workbooks built with exceljs, zips by hand. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';

export function tempDir(): { dir: string; file: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'custodian-io-'));
  return { dir, file: (name) => path.join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function writeBytes(file: string, bytes: Uint8Array | string): string {
  writeFileSync(file, bytes);
  return file;
}

export async function saveWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<string> {
  await workbook.xlsx.writeFile(file);
  return file;
}

export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

export const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/** A customer list with rich text, a hyperlink, formulas (plain and shared), an error and dates. */
export function customersWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Customers');
  sheet.addRow(['Name', 'Phone', 'Joined', 'Amount', 'Double', 'Site']);
  sheet.addRow([
    { richText: [{ text: 'Zhang ' }, { text: 'San', font: { bold: true } }] },
    '13800138000',
    utc(2024, 3, 5),
    10,
    null,
    { text: 'home', hyperlink: 'https://example.com' },
  ]);
  sheet.addRow(['李四', '13900139000', utc(2023, 12, 31), 20, null, { error: '#N/A' }]);
  sheet.addRow(['Wang Wu', '+1 415 555 2671', utc(2022, 1, 1), 30, null, null]);
  // A shared formula as Excel writes one (exceljs's types lack shareType and ref).
  sheet.getCell('E2').value = {
    formula: 'D2*2',
    result: 20,
    shareType: 'shared',
    ref: 'E2:E4',
  } as ExcelJS.CellFormulaValue;
  sheet.getCell('E3').value = { sharedFormula: 'E2', result: 40 };
  sheet.getCell('E4').value = { sharedFormula: 'E2', result: 60 };
  for (let r = 2; r <= 4; r++) sheet.getCell(r, 3).numFmt = 'yyyy-mm-dd';
  return workbook;
}

// --- a minimal zip writer (stored entries), for zips that are not workbooks ---

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const b of bytes) crc = CRC_TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function makeZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
