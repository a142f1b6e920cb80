/**
 * `custodian merge` on a list where the team fills a cell red as its "do not call" mark: the archive row of
 * the merged-away customer keeps that fill (and its note), as undo would give it back.
 */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { noteText } from '../../shared/files/read-worksheet';
import { LookReader } from '../../shared/files/exceljs-look';
import { run, tempDir } from './run';
import { readXlsx } from './fixtures';

const RED: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };

const LISTS = [
  {
    locale: 'zh-CN',
    sheet: '客户',
    archive: '合并归档',
    rows: [
      ['姓名', '手机', '最后联系', '备注'],
      ['张伟', '13800138000', '2025-01-02', '老客户，年底回访'],
      ['张伟', '138 0013 8000', '2026-11-02', null],
      ['李娜', '13900139000', '2026-10-01', null],
    ],
    note: '勿打扰',
  },
  {
    locale: 'en-US',
    sheet: 'Customers',
    archive: 'Custodian Archive',
    rows: [
      ['Name', 'Phone', 'Last Contact', 'Notes'],
      ['Mary Smith', '(415) 555-0100', '2025-01-02', 'Met at trade show, call back in December'],
      ['Mary Smith', '415-555-0100', '2026-11-02', null],
      ['John Brown', '(212) 555-0199', '2026-10-01', null],
    ],
    note: 'Do not call',
  },
] as const;

describe('custodian merge archive', () => {
  const dir = tempDir();

  test.each(LISTS.map((l) => [l.locale, l] as const))(
    '%s: keeps the red fill of the merged-away row in its archive row',
    async (locale, list) => {
      const file = `fill-${locale}.xlsx`;
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet(list.sheet);
      for (const row of list.rows) sheet.addRow(row.map((v) => v ?? undefined));
      sheet.getCell('A3').fill = RED;
      sheet.getCell('A3').note = list.note;
      await workbook.xlsx.writeFile(join(dir, file));

      const merged = await run(
        ['merge', file, '-o', `merged-${file}`, '--exact', '--columns', String(list.rows[0][1])],
        dir,
      );
      expect(merged.stderr).toBe('');
      expect(merged.code).toBe(0);
      const out = await readXlsx(join(dir, `merged-${file}`));
      const archive = out.getWorksheet(list.archive)!;
      const reader = new LookReader(out);
      const rowOf = (original: number) => {
        let found = 0;
        archive.eachRow((row, r) => {
          if (row.getCell(5).value === original) found = r;
        });
        return archive.getRow(found);
      };
      const away = rowOf(3).getCell(8); // after the seven archive columns: the row's 姓名 / Name
      expect(away.value).toBe(list.rows[2][0]);
      expect(noteText(away.note)).toBe(list.note);
      expect(reader.read(away.style).look).toMatchObject({ fill: '#FF0000' });
      // The row's other cells, and the kept row's, stay plain.
      expect(reader.read(rowOf(3).getCell(9).style).look.fill).toBeUndefined();
      expect(reader.read(rowOf(2).getCell(8).style).look.fill).toBeUndefined();
    },
  );
});
