import { FileInputError } from '../../shared/files/file-input-error';
import { fileMessage } from '../../shared/files/file-messages';
import { openSpreadsheet, type OpenedSpreadsheet } from '../../shared/files/open-spreadsheet';
import { parseCsv } from '../../shared/files/parse-csv';
import {
  CELL_HEAP_BYTES,
  FIELD_HEAP_BYTES,
  defaultReadLimits,
  heapMegabytesFor,
  rowsThatFit,
  type ReadLimits,
} from '../../shared/files/read-limits';

/** A Chinese customer list of `rows` customers, three fields a row plus the header. */
function chineseList(rows: number): Uint8Array {
  const lines = ['姓名,手机号,城市'];
  for (let i = 0; i < rows; i++)
    lines.push(`客户${i},1380013${String(1000 + i).padStart(4, '0')},${i % 2 ? '杭州' : '上海'}`);
  return new TextEncoder().encode(lines.join('\r\n') + '\r\n');
}

/** Room for 100 fields read into the snapshot alone, 40 in a workbook. */
const SMALL: ReadLimits = { ...defaultReadLimits(4 * 1024 ** 3), fields: 100, cells: 40 };

async function refusal(run: () => Promise<unknown> | unknown): Promise<FileInputError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof FileInputError) return error;
    throw error;
  }
  throw new Error('the file was read without an error');
}

describe('read budget for CSV files', () => {
  test('gives a read with no workbook its own, larger budget that grows with the heap', () => {
    const heap4 = defaultReadLimits(4 * 1024 ** 3);
    expect(heap4.cells).toBe(1_600_000);
    expect(heap4.fields).toBe(Math.floor((4 * 1024 ** 3) / FIELD_HEAP_BYTES / 100_000) * 100_000);
    // A million-row list of nine columns (about 9 million fields) fits Node's default 4 GB heap.
    expect(heap4.fields).toBeGreaterThan(9_000_000);
    expect(defaultReadLimits(8 * 1024 ** 3).fields).toBeGreaterThan(2 * heap4.fields - 200_000);
    expect(defaultReadLimits(64 * 1024 ** 2)).toMatchObject({ cells: 100_000, fields: 100_000 });
    expect(defaultReadLimits(256 * 1024 ** 2)).toMatchObject({ cells: 100_000, fields: 600_000 });
  });

  test('suggests a heap under which the budget lets the refused file through', () => {
    for (const count of [150_000, 4_200_001, 8_994_745, 30_000_000]) {
      const cells = heapMegabytesFor(count, CELL_HEAP_BYTES);
      expect(cells % 1024).toBe(0);
      expect(defaultReadLimits(cells * 1024 ** 2).cells).toBeGreaterThanOrEqual(count);
      const fields = heapMegabytesFor(count, FIELD_HEAP_BYTES);
      expect(defaultReadLimits(fields * 1024 ** 2).fields).toBeGreaterThanOrEqual(count);
      expect(fields).toBeLessThanOrEqual(cells);
    }
  });

  test('counts the rows of the file width that fit, as a plain number', () => {
    expect(rowsThatFit(4_100_000, 8_994_745, 1_000_000)).toBe(450_000);
    expect(rowsThatFit(100, 120, 40)).toBe(33);
    expect(rowsThatFit(50_000, 120_000, 40_000)).toBe(16_000);
  });

  test('reads a list within the field budget for check and dedupe, though a workbook of it would not fit', async () => {
    const bytes = chineseList(20); // 63 fields
    const opened = await openSpreadsheet(bytes, '客户.csv', { limits: SMALL, readOnly: true, snapshotOnly: true });
    expect(opened.snapshot.values).toHaveLength(21);
    expect(opened.snapshot.values[20]).toEqual(['客户19', '13800131019', '杭州']);
    expect(opened.workbookBuilt).toBe(false);
    // Building the workbook after all is refused with the cell budget, not left to exhaust the heap.
    const error = await refusal(() => (opened as OpenedSpreadsheet).workbook);
    expect(error.code).toBe('file.tooLarge');
    expect(error.message).toMatch(
      /^客户\.csv holds 63 fields in 21 rows, more than the 40 cells Custodian holds in a workbook/,
    );
    expect(opened.workbookBuilt).toBe(false);
  });

  test('refuses a list over the field budget naming the rows that fit and the heap that reads it, in both languages', async () => {
    const bytes = chineseList(49); // 150 fields in 50 rows
    const error = await refusal(() => openSpreadsheet(bytes, '客户.csv', { limits: SMALL, snapshotOnly: true }));
    expect(error.code).toBe('file.tooLarge');
    expect(error.text).toEqual({
      key: 'csvTooManyFields',
      params: {
        file: '客户.csv',
        fields: 150,
        rows: 50,
        limit: 100,
        budget: 'fields',
        fitRows: 33,
        heapMegabytes: 1024,
      },
    });
    expect(error.message).toBe(
      '客户.csv holds 150 fields in 50 rows, more than the 100 fields Custodian reads with this much memory ' +
        '(about 33 rows of this width). Split the file into parts of at most 33 rows, ' +
        'or give Node more memory: NODE_OPTIONS=--max-old-space-size=1024 reads it whole.',
    );
    expect(fileMessage(error.text!, 'zh-CN', 'cli')).toBe(
      '客户.csv 有 50 行、150 个字段，超过 Custodian 在当前内存下读取的 100 个字段（按这个宽度约 33 行）。' +
        '请把文件拆分成每份不超过 33 行，或给 Node 更多内存：NODE_OPTIONS=--max-old-space-size=1024 可读取整个文件。',
    );
    expect(fileMessage(error.text!, 'zh-CN', 'page')).toBe(
      '客户.csv 有 50 行、150 个字段，超过 Custodian 在当前内存下读取的 100 个字段（按这个宽度约 33 行）。请把文件拆分成每份不超过 33 行。',
    );
    expect(fileMessage(error.text!, 'en-US', 'page')).toMatch(/Split the file into parts of at most 33 rows\.$/);
  });

  test('holds a CSV that a command writes back to the cell budget', async () => {
    const error = await refusal(() => openSpreadsheet(chineseList(20), 'customers.csv', { limits: SMALL }));
    expect(error.text).toMatchObject({ key: 'csvTooManyFields', params: { budget: 'cells', limit: 40, fitRows: 13 } });
    expect(fileMessage(error.text!, 'zh-CN', 'cli')).toMatch(
      /^customers\.csv 有 21 行、63 个字段，超过 Custodian 在当前内存下在工作簿中容纳的 40 个单元格/,
    );
  });
});

describe('parseCsv keeps rows compact', () => {
  test('stops keeping rows past the field limit but counts the whole file', () => {
    const parsed = parseCsv(chineseList(49), '客户.csv', { maxFields: 100 });
    expect(parsed.fields).toBe(150);
    expect(parsed.rowCount).toBe(50);
    expect(parsed.rows).toHaveLength(33);
    expect(parsed.rows[32]).toEqual(['客户31', '13800131031', '杭州']);
  });

  test('keeps every value as written in columns of repeated values (interned) and of unique ones', () => {
    const parsed = parseCsv(chineseList(3000), '客户.csv');
    expect(parsed.rows).toHaveLength(3002); // the blank line after the last line break
    expect(parsed.rows[3001]).toEqual(['']);
    expect(parsed.rows[2999]).toEqual(['客户2998', '13800133998', '上海']);
    expect(parsed.rows.slice(1, 3001).map((r) => r[2])).toEqual(
      Array.from({ length: 3000 }, (_, i) => (i % 2 ? '杭州' : '上海')),
    );
    expect(new Set(parsed.rows.slice(1, 3001).map((r) => r[0])).size).toBe(3000);
  });

  test('reads back an escaped formula and reports an unclosed quote on its row', () => {
    const parsed = parseCsv(new TextEncoder().encode("Name,Note\r\nAnn,'=1+1\r\n"), 'a.csv');
    expect(parsed.rows[1]).toEqual(['Ann', '=1+1']);
    try {
      parseCsv(new TextEncoder().encode('Name,Note\nA,fine\nB,"oops\nC,x\n'), 'quote.csv');
      throw new Error('read without an error');
    } catch (error) {
      expect((error as FileInputError).text).toEqual({
        key: 'unclosedQuote',
        params: { file: 'quote.csv', row: 3, chinese: false },
      });
    }
  });
});
