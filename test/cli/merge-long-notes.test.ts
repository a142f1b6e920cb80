/**
 * `custodian merge` on a list whose notes hold long call logs: no cell of the written workbook passes the
 * 32,767 characters an Excel cell holds (Excel would cut it), and the summary names the row and column whose
 * notes were not joined, in the sheet's language.
 */
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { CELL_TEXT_LIMIT } from '../../shared/sheet/cell-limit';
import { run, tempDir } from './run';
import { readXlsx, writeXlsx } from './fixtures';

function callLog(length: number, visit: string): string {
  let text = '';
  for (let n = 1; text.length < length; n++) text += `2025-${String((n % 12) + 1).padStart(2, '0')}-03 ${visit} ${n}\n`;
  return text.slice(0, length - 1) + '。';
}

function longestCell(workbook: ExcelJS.Workbook): { address: string; length: number } {
  let longest = { address: '', length: 0 };
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const length = cell.text.length;
        if (length > longest.length) longest = { address: `${sheet.name}!${cell.address}`, length };
      }),
    ),
  );
  return longest;
}

describe('custodian merge of rows with long notes', () => {
  const dir = tempDir();

  test.each([
    [
      'zh-CN',
      '客户',
      ['姓名', '手机', '备注'],
      ['张伟', '13800138000'],
      '第 1 组：第 2 行的“备注”合并后会有 40,002 个字符',
    ],
    [
      'en-US',
      'Customers',
      ['Name', 'Phone', 'Notes'],
      ['Mary Smith', '(415) 555-0100'],
      'Group 1: "Notes" on row 2 would hold 40,002 characters',
    ],
  ] as const)(
    '%s: keeps the kept row its own note, names row and column, writes no cell over the limit',
    async (locale, name, headers, person, said) => {
      const file = `long-${locale}.xlsx`;
      const first = callLog(20_000, '电话回访：询问报价，约下周再联系');
      const second = callLog(20_000, '上门拜访：带了样品');
      await writeXlsx(
        join(dir, file),
        [[...headers], [...person, first], [...person, second], ['李娜', '13900139000', '']],
        {
          sheet: name,
        },
      );
      const merged = await run(['merge', file, '-o', `merged-${file}`, '--today', '2026-11-29'], dir);
      expect(merged.stderr).toBe('');
      expect(merged.code).toBe(0);
      expect(merged.stdout).toContain(said);
      const workbook = await readXlsx(join(dir, `merged-${file}`));
      expect(workbook.getWorksheet(name)!.getCell('C2').value).toBe(first);
      expect(longestCell(workbook).length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    },
  );
});
