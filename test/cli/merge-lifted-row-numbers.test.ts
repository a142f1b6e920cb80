/**
 * `custodian merge` of a list whose header sits under a title: the header is lifted to row 1 first,
 * but every row number the user reads (the summary, the log, the archive's rows) is the input sheet's,
 * the one they can find in the file they gave.
 */
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import type { CellValue } from '../../shared/sheet/cell-value';
import { readXlsx, writeXlsx } from './fixtures';
import { run, tempDir } from './run';

const TODAY = ['--today', '2024-03-06'];

/** A regional sales ledger: a title, who made it, then the header in row 3; 森源建材 typed twice (rows 4 and 6). */
const LEDGER: CellValue[][] = [
  ['2024年华东区客户台账'],
  ['制表人：何静', '', '', '', '更新日期：2024年3月5日'],
  ['序号', '客户名称', '联系人', '电话', '地址', '客户类型', '备注'],
  [1, '杭州森源建材有限公司', '王建国', '13800138000', '杭州市西湖区文三路478号', '老客户', '王总说下周回款'],
  [2, '上海华通物流有限公司', '陈明', '13917778888', '上海浦东张江路100号', '重点客户', '年底续约'],
  [3, '杭州森源建材有限公司', '王建国', '138 0013 8000', '杭州市西湖区文三路478号', '老客户', '上次报价单'],
  [4, '南京鼎盛贸易', '王伟', '13951234567', '南京鼓楼中山北路200号', '新客户', ''],
];

/** The same in an English team's export: a report title and a run line above the header in row 3. */
const REGION: CellValue[][] = [
  ['West Region Accounts'],
  ['Exported 2024-03-05 by Dana'],
  ['Account', 'Contact', 'Phone', 'Email', 'Notes'],
  ['Acme Inc.', 'Mary Smith', '+1 415 555 0100', 'mary@acme.com', 'Renewal in May'],
  ['Globex', 'John Brown', '+1 415 555 0199', 'jb@globex.com', ''],
  ['Acme Inc.', 'Mary Smith', '(415) 555-0100', 'mary@acme.com', 'Asked for a quote'],
  ['Initech', 'Peter Gibbons', '+1 415 555 0142', 'peter@initech.com', ''],
];

function rowsOf(book: ExcelJS.Workbook, sheet: string): CellValue[][] {
  const ws = book.getWorksheet(sheet)!;
  return Array.from({ length: ws.rowCount }, (_, i) => (ws.getRow(i + 1).values as CellValue[]).slice(1));
}

/** The cells of `sheet`'s rows under the header, by the header's names. */
function column(book: ExcelJS.Workbook, sheet: string, header: string): CellValue[] {
  const [head, ...rows] = rowsOf(book, sheet);
  const col = head!.indexOf(header);
  expect(col).toBeGreaterThanOrEqual(0);
  return rows.filter((r) => r.length > 0).map((r) => r[col] ?? null);
}

describe('custodian merge of a list under a title', () => {
  const dir = tempDir();
  beforeAll(async () => {
    await writeXlsx(join(dir, 'ledger.xlsx'), LEDGER, { sheet: '华东区' });
    await writeXlsx(join(dir, 'region.xlsx'), REGION, { sheet: 'Accounts' });
  });

  test('names the input sheet rows 4 and 6 in the summary, the 操作日志 and the 合并归档 alike', async () => {
    const result = await run(['merge', 'ledger.xlsx', '-o', 'ledger-merged.xlsx', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/第 6 行 → 第 4 行/);
    const book = await readXlsx(join(dir, 'ledger-merged.xlsx'));
    const log = column(book, '操作日志', '保留客户').map(String);
    expect(log.filter((c) => c !== '')).toEqual(['第4行']);
    expect(column(book, '操作日志', '合并的行').filter((c) => c !== '' && c !== null)).toEqual(['6']);
    expect(column(book, '合并归档', '保留行')).toEqual([4, 4]);
    expect(column(book, '合并归档', '原行号')).toEqual([4, 6]);
    // The rows are still the ones the archive names: 6 is the merged-away 上次报价单.
    expect(column(book, '合并归档', '备注')).toEqual(['王总说下周回款', '上次报价单']);
  });

  test('names the input sheet rows 4 and 6 in the summary, the Custodian Log and the Custodian Archive alike', async () => {
    const result = await run(['merge', 'region.xlsx', '-o', 'region-merged.xlsx', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/row 6 → row 4/);
    const book = await readXlsx(join(dir, 'region-merged.xlsx'));
    expect(column(book, 'Custodian Log', 'Survivor').filter((c) => c !== '' && c !== null)).toEqual(['row 4']);
    expect(column(book, 'Custodian Log', 'Merged Rows').filter((c) => c !== '' && c !== null)).toEqual(['6']);
    expect(column(book, 'Custodian Archive', 'Surviving Row')).toEqual([4, 4]);
    expect(column(book, 'Custodian Archive', 'Original Row')).toEqual([4, 6]);
    expect(column(book, 'Custodian Archive', 'Notes')).toEqual(['Renewal in May', 'Asked for a quote']);
  });
});
