/**
 * `custodian merge` of lists where a duplicate row's last-contact date is an Excel serial (45356 typed
 * into a CSV, or a number in a General cell) and the kept row's a written date. The merged row holds a
 * date, never the bare serial; where the kept date has two readings (05.03.2024, 03/05/2024) it stays
 * as typed, the summary and the log claim no update, and the warning says why.
 */
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import type { CellValue } from '../../shared/sheet/cell-value';
import { MERGE_LABELS } from '../../shared/merge/labels';
import { readXlsx, writeUtf8Csv, writeXlsx } from './fixtures';
import { run, tempDir } from './run';

const TODAY = ['--today', '2024-06-01'];

/** A sales team's list: 华信 typed twice (the copy's date a serial, later), ABC科技 twice (05.03.2024 beside 45356). */
const ZH: CellValue[][] = [
  ['客户名称', '联系人', '手机', '座机', '邮箱', '最近联系', '备注'],
  ['上海华信贸易有限公司', '王强', '13800138001', '021-62345678', 'wangqiang@huaxin.cn', '2024/3/5', '老客户'],
  ['上海华信贸易有限责任公司', '王 强', '138 0013 8001', null, 'WangQiang@HuaXin.CN', '45400', null],
  ['ＡＢＣ科技（深圳）有限公司', '李娜', '13900139002', '0755-8888 6666', 'lina@abc-tech.com', '05.03.2024', '全角'],
  ['ABC科技(深圳)有限公司', '李娜', '139-0013-9002', null, 'LINA@ABC-TECH.COM', '45356', null],
  ['北京星辰文化传媒有限公司', '赵敏', '18612345678', '010-8765 4321', 'zhaomin@xingchen.com', '2024-02-05', null],
];

/** An English list that never says whether its dates put the day or the month first. */
const EN_UNSURE: CellValue[][] = [
  ['Company', 'Contact', 'Email', 'Last Contact', 'Notes'],
  ['Acme Inc.', 'Mary Smith', 'mary@acme.com', '03/05/2024', 'long-standing'],
  ['ACME Inc', 'Mary Smith', 'MARY@ACME.COM', '45356', null],
  ['Globex LLC', 'John Brown', 'jb@globex.com', '04/02/2024', null],
];

/** One whose 04/22/2024 shows the month first; the copy's date a later serial. */
const EN_LATER: CellValue[][] = [
  ['Company', 'Contact', 'Email', 'Last Contact', 'Notes'],
  ['Acme Inc.', 'Mary Smith', 'mary@acme.com', '03/05/2024', 'long-standing'],
  ['ACME Inc', 'Mary Smith', 'MARY@ACME.COM', '45400', null],
  ['Globex LLC', 'John Brown', 'jb@globex.com', '04/22/2024', null],
];

function rowsOf(book: ExcelJS.Workbook, sheet: string): CellValue[][] {
  const ws = book.getWorksheet(sheet)!;
  return Array.from({ length: ws.rowCount }, (_, i) => (ws.getRow(i + 1).values as CellValue[]).slice(1)).filter(
    (r) => r.length > 0,
  );
}

/** The merged sheet's cells under `header`, and the log's and archive's rows as text. */
async function merged(dir: string, out: string, sheet: string, header: string, locale: 'zh-CN' | 'en-US') {
  const book = await readXlsx(join(dir, out));
  const [head, ...rows] = rowsOf(book, sheet);
  const col = head!.indexOf(header);
  const labels = MERGE_LABELS[locale];
  const text = (name: string) => rowsOf(book, name).map((r) => r.map((v) => (v ?? '') as string | number).join(' | '));
  return { dates: rows.map((r) => r[col] ?? null), log: text(labels.logSheet), archive: text(labels.archiveSheet) };
}

describe('custodian merge of dates typed as Excel serials', () => {
  const dir = tempDir();
  beforeAll(async () => {
    writeUtf8Csv(join(dir, 'zh.csv'), ZH);
    writeUtf8Csv(join(dir, 'en-unsure.csv'), EN_UNSURE);
    writeUtf8Csv(join(dir, 'en-later.csv'), EN_LATER);
    // The serial as Excel holds it in a General cell: a number.
    await writeXlsx(
      join(dir, 'en-later.xlsx'),
      EN_LATER.map((r, i) => (i === 2 ? r.map((v, c) => (c === 3 ? 45400 : v)) : r)),
      { sheet: 'Customers' },
    );
  });

  test('writes 华信’s later serial as a date and keeps ABC科技’s 05.03.2024 as typed, saying so', async () => {
    const result = await run(['merge', 'zh.csv', '-o', 'zh-merged.xlsx', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/第 3 行 → 第 2 行；更新了 最近联系/);
    expect(result.stdout).toMatch(/第 5 行 → 第 4 行\n/);
    expect(result.stdout).toContain(
      '第 2 组：保留行的“最近联系” 05.03.2024 读不出是哪一天（日月顺序不明），无法和其他行的日期（2024-03-05）比较，已按原样保留',
    );
    expect(result.stdout).not.toContain('未计入');
    const { dates, log, archive } = await merged(dir, 'zh-merged.xlsx', 'zh', '最近联系', 'zh-CN');
    expect(dates).toEqual(['2024-04-18', '05.03.2024', '2024-02-05']);
    expect(log.join('\n')).toContain('最近联系: 2024/3/5 → 2024-04-18');
    expect(log.join('\n')).not.toMatch(/45356|→ 45400/);
    // The archive keeps each merged-away row as it was typed.
    expect(archive.some((r) => r.includes('ABC科技(深圳)有限公司') && r.includes('45356'))).toBe(true);
  });

  test('keeps Acme’s 03/05/2024 as typed beside 45356 when the list never says its order', async () => {
    const result = await run(['merge', 'en-unsure.csv', '-o', 'en-unsure.xlsx', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/row 3 → row 2\n/);
    expect(result.stdout).not.toContain('updated Last Contact');
    expect(result.stdout).toContain(
      `Group 1: the kept row's "Last Contact", 03/05/2024, cannot be read as one day (day and month order unknown), so it could not be compared with the other rows' dates (2024-03-05) and was kept as typed`,
    );
    const { dates, log } = await merged(dir, 'en-unsure.xlsx', 'en-unsure', 'Last Contact', 'en-US');
    expect(dates).toEqual(['03/05/2024', '04/02/2024']);
    expect(log.join('\n')).not.toContain('45356');
  });

  test.each([
    ['en-later.csv', 'en-later'],
    ['en-later.xlsx', 'Customers'],
  ])('writes a later serial as a date from %s', async (file, sheet) => {
    const out = `merged-${file.replace('.', '-')}.xlsx`;
    const result = await run(['merge', file, '-o', out, ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/row 3 → row 2; updated Last Contact/);
    expect(result.stdout).not.toContain('warning');
    const { dates, log } = await merged(dir, out, sheet, 'Last Contact', 'en-US');
    expect(dates).toEqual(['2024-04-18', '04/22/2024']);
    expect(log.join('\n')).toContain('Last Contact: 03/05/2024 → 2024-04-18');
  });
});
