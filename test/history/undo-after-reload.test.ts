import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { planUndo, undoableMerges } from '../../shared/merge';
import { readWorkbookFile } from '../../cli/io/read-workbook';
import { applyPlanToWorkbook } from '../../cli/io/apply-plan-to-workbook';
import { writeWorkbookFile } from '../../cli/io/write-workbook';
import { sameMeaning } from '../../shared/history/same-meaning';
import { run, tempDir } from '../cli/run';

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/**
 * One customer typed twice: the survivor lacks the last-contact date, the other row has it typed
 * as text in a date-formatted column (as people type into sheets), so the merge fills it in as text.
 */
async function writeTwiceTyped(path: string, locale: 'zh-CN' | 'en-US'): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const zh = locale === 'zh-CN';
  const sheet = workbook.addWorksheet(zh ? '客户' : 'Customers');
  sheet.addRow(
    zh
      ? ['客户编号', '姓名', '手机', '邮箱', '最近联系日期', '购买次数']
      : ['Customer ID', 'First Name', 'Last Name', 'Phone', 'Email', 'Last Contact', 'Purchase Count'],
  );
  const rows = zh
    ? [
        ['C000001', '张伟', '13800138000', 'zhangwei@163.com', d('2024-01-10'), 3],
        ['C000002', '李娜', '13700137000', 'lina@qq.com', d('2024-02-02'), 1],
        ['', '张伟', '138-0013-8000', 'ZhangWei@163.com', '2024-05-05', '2'],
      ]
    : [
        ['C000101', 'Mary', 'Smith', '(415) 555-0100', 'mary.smith@example.com', d('2024-01-15'), 2],
        ['C000102', 'John', 'Brown', '415 555 0199', 'jb@example.org', d('2024-02-01'), 1],
        ['', 'Mary', 'Smith', '415-555-0100', 'MARY.SMITH@example.com', '2024-05-05', '4'],
      ];
  for (const row of rows) sheet.addRow(row.map((v) => (v === null ? undefined : v)));
  const dateCol = zh ? 5 : 6;
  sheet.getColumn(dateCol).numFmt = 'yyyy-mm-dd';
  for (let r = 2; r <= 4; r++) sheet.getRow(r).getCell(dateCol).numFmt = 'yyyy-mm-dd';
  await workbook.xlsx.writeFile(path);
}

describe('undo after reload', () => {
  test.each(['zh-CN', 'en-US'] as const)(
    'undoes a merge nobody touched when the file stored its text date as a date (%s)',
    async (locale) => {
      const dir = tempDir();
      await writeTwiceTyped(join(dir, 'in.xlsx'), locale);
      const merged = await run(['merge', 'in.xlsx', '-o', 'merged.xlsx'], dir);
      expect(merged.code).toBe(0);

      const reloaded = await readWorkbookFile(join(dir, 'merged.xlsx'));
      const entries = undoableMerges(reloaded.snapshot.meta ?? {});
      expect(entries).toHaveLength(1);
      const result = planUndo(reloaded.snapshot.meta ?? {}, entries[0]!.mergeId, new Date('2024-06-02T09:00:00Z'), {
        current: reloaded.snapshot,
      });
      expect(result.ok ? 'ok' : result.error.message).toBe('ok');
      if (!result.ok) return;
      applyPlanToWorkbook(reloaded, result.plan);
      await writeWorkbookFile(reloaded, join(dir, 'undone.xlsx'));

      const original = await readWorkbookFile(join(dir, 'in.xlsx'));
      const restored = await readWorkbookFile(join(dir, 'undone.xlsx'), { sheet: original.sheetName });
      // Every value means what it meant; the file host writes a restored row's yyyy-mm-dd text in a
      // date-formatted column as a real date (its rule for inserted rows), so compare by meaning.
      expect(restored.snapshot.values).toHaveLength(original.snapshot.values.length);
      restored.snapshot.values.forEach((row, r) =>
        row.forEach((value, c) =>
          expect([r + 1, c + 1, sameMeaning(value, original.snapshot.values[r]![c])]).toEqual([r + 1, c + 1, true]),
        ),
      );
    },
  );
});
