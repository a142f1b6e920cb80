/**
 * A CSV list whose dates are partly ISO text, cleaned into an .xlsx and recalculated by LibreOffice:
 * the analysis sheet's formulas count every date (they see only real date cells), so its stale and
 * overdue figures equal `report --json` on the same file. Skipped (with a message) where soffice is
 * not installed.
 */
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { INSIGHTS_LABELS } from '../../shared/insights/labels';
import type { InsightsReport } from '../../shared/insights';
import type { Locale } from '../../shared/i18n/locale';
import { isoDate, type CellValue } from '../../shared/sheet/cell-value';
import { hasSoffice, resaveWithLibreOffice } from '../support/libreoffice';
import { run, tempDir } from './run';
import { readXlsx, writeUtf8Csv } from './fixtures';

const soffice = hasSoffice();
if (!soffice)
  process.stderr.write('clean-dates-xlsx-libreoffice: soffice is not installed; the recalculation test is skipped.\n');
const withSoffice = soffice ? describe : describe.skip;

// LibreOffice's TODAY() is the real day: the report is asked for the same one.
const now = new Date();
const TODAY = ['--today', isoDate(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())))];

// Contacts and follow-ups long past, written as ISO text in two of three rows.
const LISTS: Record<Locale, CellValue[][]> = {
  'zh-CN': [
    ['姓名', '手机', '最近联系日期', '下次跟进日期'],
    ['王建国', '13958012345', '2023-01-15', '2023-02-01'],
    ['李娜', '13958012346', '2023/1/15', '2023/2/1'],
    ['赵敏', '13958012347', '2023-01-15', '2023-02-01 10:30'],
  ],
  'en-US': [
    ['Name', 'Email', 'Last Contact', 'Next Follow-up'],
    ['Emma Wilson', 'emma@example.com', '2023-04-03', '2023-05-01'],
    ['Liam Brown', 'liam@example.com', '04/15/2023', '05/22/2023'],
    ['Noah Miller', 'noah@example.com', '2023-05-20 16:45', '2023-06-01'],
  ],
};

/** A recalculated count; exceljs reads a formula's result of 0 as absent. */
function count(value: ExcelJS.CellValue): number {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && 'formula' in value)
    return typeof value.result === 'number' ? value.result : 0;
  throw new Error(`not a number: ${JSON.stringify(value)}`);
}

function figure(sheet: ExcelJS.Worksheet, label: string): number {
  for (let r = 1; r <= sheet.rowCount; r++)
    if (sheet.getRow(r).getCell(1).value === label) return count(sheet.getRow(r).getCell(2).value);
  throw new Error(`no row ${label}`);
}

withSoffice('clean to .xlsx of ISO date text, recalculated by LibreOffice', () => {
  const dir = tempDir();

  test.each(Object.entries(LISTS) as [Locale, CellValue[][]][])(
    'counts every %s date in the analysis sheet as report does',
    async (locale, rows) => {
      writeUtf8Csv(join(dir, `${locale}.csv`), rows);
      expect((await run(['clean', `${locale}.csv`, '-o', `${locale}.xlsx`, ...TODAY], dir)).code).toBe(0);
      const report = JSON.parse(
        (await run(['report', `${locale}.xlsx`, '--json', ...TODAY], dir)).stdout,
      ) as InsightsReport;
      expect([report.stale.count, report.followUps.overdue]).toEqual([3, 3]);

      const out = join(dir, 'recalculated');
      resaveWithLibreOffice(join(dir, `${locale}.xlsx`), out, join(dir, 'lo-profile'), { TZ: 'UTC' });
      const words = INSIGHTS_LABELS[locale];
      const sheet = (await readXlsx(join(out, `${locale}.xlsx`))).getWorksheet(words.sheetName)!;
      expect([figure(sheet, words.stale), figure(sheet, words.overdue)]).toEqual([3, 3]);
    },
    180_000,
  );
});
