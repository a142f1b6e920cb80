/// <reference types="google-apps-script" />
/**
 * The onEdit simple trigger over the Apps Script emulator (its services installed as globals): a
 * person types a row (the emulator sets the cells as Sheets would), Sheets calls onEdit with the
 * edited range, and the trigger governs it when the workbook's switch names the sheet.
 */
import { AUTO_GOVERN_KEY, AUTO_GOVERN_SHEET_KEY } from '../../shared/operations/entry';
import { META_SHEET } from '../../shared/host/meta-sheet';
import { onEdit } from '../../appsscript/server/on-edit';
import { createEmulator, type Emulator } from './emulator/services';
import { META_KEYS } from '../../shared/operations/meta-keys';
import { defaultTemplate } from '../../shared/template/default-template';
import { buildGas, loadServer, readDist } from './gas-runtime';

const saved: Record<string, unknown> = {};
afterEach(() => Object.assign(globalThis, saved));

const ZH = [
  ['客户编号', '姓名', '手机号', '邮箱', '客户等级', '最近联系时间'],
  ['C000001', '张伟', '13800138000', 'zhang.wei@example.com', 'VIP', new Date('2024-06-01T00:00:00.000Z')],
  ['C000007', '李娜', '13900139000', 'li.na@example.cn', 'A级', null],
];
const EN = [
  ['Customer ID', 'Name', 'Phone', 'Email', 'Tier'],
  ['C000001', 'Ada Lovelace', '+44 20 7946 0958', 'ada@example.com', 'VIP'],
];

interface Book {
  emulator: Emulator;
  /** A person typing `rows` from (row, col), then Sheets' onEdit for the edited range. */
  type(sheet: string, row: number, col: number, rows: unknown[][]): void;
}

function book(sheet: string, rows: unknown[][], meta: Record<string, string>): Book {
  const emulator = createEmulator({ timeZone: 'Asia/Shanghai' });
  emulator.addSheet(sheet, rows, { maxRows: 100 });
  emulator.addSheet(META_SHEET, Object.entries(meta), { hidden: true, active: false });
  // Jest keeps its own console (a console.error still fails the test).
  const { console: _console, ...services } = emulator.globals;
  for (const [name, service] of Object.entries(services)) {
    if (!(name in saved)) saved[name] = (globalThis as Record<string, unknown>)[name];
    (globalThis as Record<string, unknown>)[name] = service;
  }
  return {
    emulator,
    type(name, row, col, typed) {
      const model = emulator.book.sheet(name)!;
      typed.forEach((cells, i) =>
        cells.forEach((value, j) => {
          const cell = model.at(row + i, col + j);
          if (typeof value === 'string' && value.startsWith('=')) cell.formula = value;
          else cell.value = value as string | number | null;
        }),
      );
      const spreadsheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet();
      const range = spreadsheet.getSheetByName(name)!.getRange(row, col, typed.length, typed[0]!.length);
      onEdit({ range, source: spreadsheet } as unknown as GoogleAppsScript.Events.SheetsOnEdit);
    },
  };
}

const on = (sheet: string, last = '7') => ({
  [AUTO_GOVERN_KEY]: 'on',
  [AUTO_GOVERN_SHEET_KEY]: sheet,
  'customerId.last.C': last,
});

function metaOf(emulator: Emulator): Record<string, string> {
  return Object.fromEntries(emulator.valuesOf(META_SHEET).map((row) => [String(row[0]), String(row[1] ?? '')]));
}

describe('onEdit', () => {
  test('gives a row typed under a Chinese list the next ID and tidies what was typed when the switch is on', () => {
    const { emulator, type } = book('客户', ZH, on('客户'));
    type('客户', 4, 2, [[' 王芳 ', '138 0013 8000', 'Wang.Fang@Example.COM ', 'vip', '2024/6/5']]);
    expect(emulator.valuesOf('客户')[3]).toEqual([
      'C000008',
      '王芳',
      '13800138000',
      'wang.fang@example.com',
      'VIP',
      '2024-06-05',
    ]);
    expect(metaOf(emulator)['customerId.last.C']).toBe('8');
    expect(emulator.locks.held).toBe(0);
  });

  test('numbers a pasted English row after the highest ID in the sheet and tidies only the pasted columns', () => {
    const rows = [...EN, ['C000040', 'Grace Hopper', null, null, null]];
    const { emulator, type } = book('Customers', rows, on('Customers', '2'));
    type('Customers', 4, 2, [['Alan Turing', '(415) 555-0199']]);
    expect(emulator.valuesOf('Customers')[3]).toEqual(['C000041', 'Alan Turing', '+1 415 555 0199', null, null]);
  });

  test('leaves the sheet as typed when the switch is off or names another sheet', () => {
    const off = book('客户', ZH, { 'customerId.last.C': '7' });
    off.type('客户', 4, 2, [[' 王芳 ']]);
    expect(off.emulator.valuesOf('客户')[3]!.slice(0, 2)).toEqual([null, ' 王芳 ']);

    const other = book('客户', ZH, on('Leads'));
    other.type('客户', 4, 2, [[' 王芳 ']]);
    expect(other.emulator.valuesOf('客户')[3]!.slice(0, 2)).toEqual([null, ' 王芳 ']);
  });

  test('never writes over a formula and never governs the header row', () => {
    const { emulator, type } = book('客户', ZH, on('客户'));
    type('客户', 4, 1, [['=IF(B4="","","C"&TEXT(ROW(),"000000"))', '王芳']]);
    expect(emulator.formulasOf('客户')).toEqual({ A4: '=IF(B4="","","C"&TEXT(ROW(),"000000"))' });
    type('客户', 1, 2, [['姓名 ']]);
    expect(emulator.valuesOf('客户')[0]![1]).toBe('姓名 ');
    expect(metaOf(emulator)['customerId.last.C']).toBe('7');
  });
});

describe('onEdit in the built Code.js', () => {
  let code = '';
  beforeAll(() => {
    buildGas({ sidebar: false });
    code = readDist('Code.js');
  });

  /** The sheet and meta as `book` makes them, with the trigger called through Code.js's top-level function. */
  function typeThroughBundle(rows: unknown[][], meta: Record<string, string>, typed: unknown[][]): Emulator {
    const emulator = createEmulator({ timeZone: 'Asia/Shanghai' });
    emulator.addSheet('客户', rows, { maxRows: 100 });
    emulator.addSheet(META_SHEET, Object.entries(meta), { hidden: true, active: false });
    const model = emulator.book.sheet('客户')!;
    typed[0]!.forEach((value, j) => (model.at(4, 2 + j).value = value as string | null));
    const server = loadServer(code, emulator);
    const spreadsheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet();
    const range = spreadsheet.getSheetByName('客户')!.getRange(4, 2, 1, typed[0]!.length);
    server.call('onEdit', { range, source: spreadsheet });
    return emulator;
  }

  test('is an entry point that governs a typed row with the built-in template', () => {
    const emulator = typeThroughBundle(ZH, on('客户'), [[' 王芳 ', '138 0013 8000']]);
    expect(emulator.valuesOf('客户')[3]!.slice(0, 3)).toEqual(['C000008', '王芳', '13800138000']);
  });

  test("numbers a typed row with the workbook's stored template (its own ID prefix)", () => {
    const template = { ...defaultTemplate(), idPrefix: 'K' };
    const rows = [ZH[0]!, ['K000003', '张伟', '13800138000', null, null, null]];
    const meta = {
      [AUTO_GOVERN_KEY]: 'on',
      [AUTO_GOVERN_SHEET_KEY]: '客户',
      'customerId.last.K': '3',
      [META_KEYS.template]: JSON.stringify(template),
    };
    const emulator = typeThroughBundle(rows, meta, [['李娜']]);
    expect(emulator.valuesOf('客户')[3]!.slice(0, 2)).toEqual(['K000004', '李娜']);
  });
});
