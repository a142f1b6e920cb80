import { isDarkColor } from '../../shared/host/theme';
import { fromExcel, toExcelInput } from '../../addin/excel-values';
import { utf8Length } from '../../shared/host/request-budget';
import { needsTextPrefix } from '../../shared/sheet/typed-input';
import {
  lastMetaKeyRow,
  metaRow,
  planMetaChanges,
  readMetaRows,
  metaKeyRows,
  META_CHUNK_CHARS,
} from '../../shared/host/meta-sheet';
import { stepError } from '../../addin/host-errors';
import { hostErrorText, type HostError } from '../../shared/host/host';
import { describeSubjects, subject } from '../../shared/host/step-actions';
import { ExcelEmulator } from './excel-emulator';
import { hostFor } from './helpers';

describe('Excel host environment and selection', () => {
  test.each([
    ['zh-CN', '#1F1F1F', { locale: 'zh-CN', theme: 'dark' }],
    ['zh-TW', '#FFFFFF', { locale: 'zh-CN', theme: 'light' }],
    ['en-GB', '#FFFFFF', { locale: 'en-US', theme: 'light' }],
    ['fr-FR', '#292929', { locale: 'en-US', theme: 'dark' }],
  ])('follows Office display language %s and background %s', async (displayLanguage, bodyBackgroundColor, expected) => {
    const excel = new ExcelEmulator({ displayLanguage, bodyBackgroundColor });
    expect(await hostFor(excel).environment()).toEqual(expected);
  });

  test('treats an unknown theme as light', () => {
    expect(isDarkColor(undefined)).toBe(false);
    expect(isDarkColor('not a colour')).toBe(false);
    expect(isDarkColor('#000000')).toBe(true);
  });

  test('activates the sheet and selects the cell', async () => {
    const excel = new ExcelEmulator().addSheet('A', [['x']]).addSheet('B', [['y']]);
    await hostFor(excel).selectCell('B', 12, 28);
    expect(excel.activeSheet).toBe('B');
    expect(excel.selection).toEqual({ sheet: 'B', address: 'AB12' });
    expect(excel.syncCount).toBe(1);
  });

  test('says which cell it could not select', async () => {
    const excel = new ExcelEmulator().addSheet('A', [['x']]);
    await expect(hostFor(excel).selectCell('Gone', 2, 3)).rejects.toMatchObject({
      name: 'HostError',
      step: 'selecting a cell',
      message: expect.stringMatching(
        /^Could not select cell C2 on the sheet "Gone" \(selecting a cell\): .*ItemNotFound/,
      ),
    });
  });

  test('declares its capabilities', () => {
    expect({ ...hostFor(new ExcelEmulator()).capabilities }).toEqual({
      dataValidation: true,
      conditionalFormats: true,
      hiddenSheets: true,
      filter: true,
      highlights: true,
      // Links come with cell properties (1.9); notes need 1.18, which 1.9 is below.
      cellLinks: true,
      cellNotes: false,
      // Formula cells come with getSpecialCells (1.9); merged areas need 1.13.
      formulaCells: true,
      mergedCells: false,
      maxCellsPerRequest: 52_428,
      fileDownload: false,
    });
    expect(hostFor(new ExcelEmulator({ apiVersion: 1.8 })).capabilities.filter).toBe(false);
    expect(hostFor(new ExcelEmulator({ apiVersion: 1.8 })).capabilities.highlights).toBe(false);
    expect(hostFor(new ExcelEmulator({ apiVersion: 1.8 })).capabilities.cellLinks).toBe(false);
    expect(hostFor(new ExcelEmulator({ apiVersion: 1.18 })).capabilities.cellNotes).toBe(true);
    expect(hostFor(new ExcelEmulator({ apiVersion: 1.8 })).capabilities.formulaCells).toBe(false);
    expect(hostFor(new ExcelEmulator({ apiVersion: 1.13 })).capabilities.mergedCells).toBe(true);
  });

  test('uses the global Excel and Office when none are passed', async () => {
    const { createExcelHost } = await import('../../addin/excel-host');
    const excel = new ExcelEmulator({ displayLanguage: 'zh-CN' }).addSheet('S', [['a']]);
    const restore = excel.install();
    try {
      const host = createExcelHost();
      expect((await host.environment()).locale).toBe('zh-CN');
      expect((await host.readSnapshot()).values).toEqual([['a']]);
    } finally {
      restore();
    }
  });
});

describe('excel-values', () => {
  test.each([
    ['+86 138 0013 8000', "'+86 138 0013 8000"],
    ['00123', "'00123"],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['TRUE', "'TRUE"],
    ['#N/A', "'#N/A"],
    ['2024-03-05', "'2024-03-05"],
    ['张三', '张三'],
    ['Ada Lovelace', 'Ada Lovelace'],
  ])('protects %s from reinterpretation', (text, expected) => {
    expect(toExcelInput(text, { date: false, text: false })).toBe(expected);
    expect(needsTextPrefix(text)).toBe(expected !== text);
  });

  test('writes canonical dates as serials in date columns and leaves text columns as typed', () => {
    expect(toExcelInput('2024-03-05', { date: true, text: false })).toBe(45356);
    expect(toExcelInput('2024-02-30', { date: true, text: false })).toBe("'2024-02-30");
    expect(toExcelInput('00123', { date: false, text: true })).toBe('00123');
    expect(toExcelInput(new Date('2024-03-05T00:00:00Z'), { date: false, text: false })).toBe(45356);
    expect(toExcelInput(null, { date: false, text: false })).toBe('');
  });

  test('reads serials as dates only where the format shows a date', () => {
    expect(fromExcel(45356, 'yyyy-mm-dd')).toEqual(new Date('2024-03-05T00:00:00Z'));
    expect(fromExcel(45356, 'General')).toBe(45356);
    expect(fromExcel(0.5, 'h:mm')).toBe(0.5);
    expect(fromExcel('', 'General')).toBeNull();
  });

  test('counts UTF-8 bytes', () => {
    expect(utf8Length('a张😀')).toBe(1 + 3 + 4);
  });
});

describe('meta-sheet', () => {
  test('splits long values across columns and joins them back', () => {
    const value = 'a'.repeat(META_CHUNK_CHARS) + 'b'.repeat(5);
    const row = metaRow('k', value);
    expect(row.map((c) => c.length)).toEqual([1, META_CHUNK_CHARS, 5]);
    expect(readMetaRows([['key', 'value'], row, ['', 'ignored'], ['n', 42, '']])).toEqual({ k: value, n: '42' });
  });

  test('appends below the last key when rows under it were left blank', () => {
    expect(lastMetaKeyRow([['key'], ['template.locale'], ['counter.customerId'], [''], [null]])).toBe(3);
    expect(lastMetaKeyRow([])).toBe(0);
  });

  test('rewrites known keys in place, appends new ones and deletes removed ones bottom-up', () => {
    const keyRows = metaKeyRows([['key'], ['a'], ['b'], [''], ['c']]);
    expect(planMetaChanges(keyRows, 5, { b: 'B', d: 'D', a: '', c: '' })).toEqual({
      writes: [
        { row: 3, cells: ['b', 'B'] },
        { row: 6, cells: ['d', 'D'] },
      ],
      deletes: [5, 2],
    });
  });
});

describe('host-errors', () => {
  const items = [
    { subject: subject.column(2), address: 'B2:B9' },
    { subject: subject.column(6), address: 'F2:F9' },
  ];
  const located = () =>
    Object.assign(new Error('Bad.'), {
      code: 'InvalidArgument',
      debugInfo: { statement: 'x.getRange("F2:F9").dataValidation.rule = ...' },
    });

  test('names the item Office says failed, or all of them', () => {
    expect(stepError('validations', 'validations', items, located()).message).toBe(
      'Could not add the dropdown for column F (applying data validation): Bad. (InvalidArgument)',
    );
    expect(stepError('validations', 'validations', items, new Error('Bad.')).message).toBe(
      'Could not add the dropdown for column B, column F (applying data validation): Bad.',
    );
    expect(
      describeSubjects(
        Array.from({ length: 6 }, (_, i) => subject.rows(i, 1)),
        'en-US',
      ),
    ).toBe('row 0, row 1, row 2 and 3 more');
  });

  test("words the failed item in Chinese when the sidebar is in Chinese, keeping Office's own message", () => {
    const error = stepError('validations', 'validations', items, located()) as HostError;
    expect(hostErrorText(error, 'zh-CN')).toBe('无法为 F 列添加下拉列表：Bad. (InvalidArgument)');
    expect(hostErrorText(error, 'en-US')).toBe(error.message);
    expect(
      describeSubjects(
        Array.from({ length: 6 }, (_, i) => subject.rows(i + 2, 3)),
        'zh-CN',
      ),
    ).toBe('第 2–4 行、第 3–5 行、第 4–6 行等另外 3 项');
  });
});
