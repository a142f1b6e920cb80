import { join } from 'node:path';
import { readWorkbookFile } from '../../cli/io/read-workbook';
import type { CellValue } from '../../shared/sheet/cell-value';
import { run, tempDir } from '../cli/run';
import { writeUtf8Csv, writeXlsx } from '../cli/fixtures';

/**
 * A customer typed twice by two salespeople (company suffix dropped, phone spaced), beside another
 * customer: `custodian merge` merges it, `custodian undo` undoes the merge, as a team does when the
 * merge was wrong. The archive must then say the merge was undone, not that it stands.
 */
const LISTS = [
  {
    locale: 'zh-CN',
    sheet: '客户',
    archive: '合并归档',
    log: '操作日志',
    rows: [
      ['客户编号', '客户名称', '联系人', '手机', '城市', '客户等级', '备注'],
      ['KH0001', '杭州西湖茶业有限公司', '王芳', '13700137000', '杭州', 'A', '老客户'],
      ['KH0002', '上海海鲸贸易有限公司', '李娜', '13912345678', '上海', 'B', ''],
      ['KH0003', '杭州西湖茶业', '王芳', '137 0013 7000', '杭州', 'A', '展会名片'],
    ],
    roles: ['保留（合并前）', '已合并'],
    undone: (at: string, role: string) => `已撤销（${at}）；原为：${role}`,
    merge: '合并',
    undo: '撤销',
  },
  {
    locale: 'en-US',
    sheet: 'Customers',
    archive: 'Custodian Archive',
    log: 'Custodian Log',
    rows: [
      ['Customer ID', 'Company', 'Contact', 'Phone', 'City', 'Tier', 'Notes'],
      ['C-1001', 'Acme Supply Inc.', 'Mary Smith', '(415) 555-0100', 'San Francisco', 'Gold', 'met at trade show'],
      ['C-1002', 'Globex LLC', 'John Brown', '212-555-0199', 'New York', 'Silver', ''],
      ['C-1003', 'Acme Supply', 'Mary Smith', '415.555.0100', 'San Francisco', 'Gold', 'prefers email'],
    ],
    roles: ['kept (before merge)', 'merged away'],
    undone: (at: string, role: string) => `undone (${at}); was: ${role}`,
    merge: 'Merge',
    undo: 'Undo',
  },
] as const;

type List = (typeof LISTS)[number];

/** A sheet's values with the empty cells past each row's end left off. */
async function valuesOf(path: string, sheet: string): Promise<CellValue[][]> {
  const loaded = await readWorkbookFile(path, { sheet });
  expect(loaded.sheetName).toBe(sheet);
  return loaded.snapshot.values.map((row) => {
    const out = [...row];
    while (out.length > 0 && (out[out.length - 1] === null || out[out.length - 1] === '')) out.pop();
    return out;
  });
}

const ROLE = 6; // the archive's 角色 / Role column (G)

/** The list as an .xlsx, or as the UTF-8 CSV a CRM exports (merge writes an .xlsx: a CSV has no archive). */
async function mergeThenUndo(list: List, dir: string, input: 'xlsx' | 'csv' = 'xlsx') {
  const rows = list.rows as unknown as CellValue[][];
  if (input === 'xlsx') await writeXlsx(join(dir, 'list.xlsx'), rows, { sheet: list.sheet });
  else writeUtf8Csv(join(dir, 'list.csv'), rows, { bom: true });
  const merged = await run(['merge', `list.${input}`, '-o', 'merged.xlsx', '--today', '2025-03-17'], dir);
  expect(merged.stderr).toBe('');
  expect(merged.code).toBe(0);
  const undone = await run(['undo', 'merged.xlsx', '-o', 'undone.xlsx', '--today', '2025-03-18'], dir);
  expect(undone.stderr).toBe('');
  expect(undone.code).toBe(0);
  return { merged: join(dir, 'merged.xlsx'), undone: join(dir, 'undone.xlsx') };
}

describe('custodian merge then custodian undo: the archive says the merge was undone', () => {
  test.each(LISTS.flatMap((list) => (['xlsx', 'csv'] as const).map((input) => ({ ...list, input }))))(
    'marks the merge’s archive rows undone, with the time, and keeps every value they hold ($locale, $input)',
    async (list) => {
      const dir = tempDir();
      const { merged, undone } = await mergeThenUndo(list, dir, list.input);

      // The customer rows are back where they were (a CSV's sheet is named after its file).
      const customers = await valuesOf(undone, list.input === 'csv' ? 'list' : list.sheet);
      expect(customers).toEqual(list.rows.map((row) => (row[row.length - 1] === '' ? row.slice(0, -1) : [...row])));

      const before = await valuesOf(merged, list.archive);
      const after = await valuesOf(undone, list.archive);
      expect(before.slice(1).map((r) => r[ROLE])).toEqual(list.roles);
      // Nothing leaves the archive: same rows, same values, but the role now says the merge was undone.
      expect(after).toHaveLength(before.length);
      expect(after[0]).toEqual(before[0]);
      const at = '2025-03-18T00:00:00.000Z';
      after.slice(1).forEach((row, i) => {
        const was = before[i + 1]!;
        expect(row[ROLE]).toBe(list.undone(at, was[ROLE] as string));
        expect([...row.slice(0, ROLE), ...row.slice(ROLE + 1)]).toEqual([
          ...was.slice(0, ROLE),
          ...was.slice(ROLE + 1),
        ]);
      });
    },
  );

  test.each(LISTS)('logs the merge and an undo that names the merge it undid ($locale)', async (list) => {
    const dir = tempDir();
    const { undone } = await mergeThenUndo(list, dir);
    const log = await valuesOf(undone, list.log);
    const mergeRow = log.find((r) => r[2] === list.merge)!;
    expect(mergeRow[0]).toBe('M-20250317-1');
    // The run's undo row names the operation as the history does ("Undo"), in the merge row's casing.
    const undoRow = log.find((r) => r[2] === list.undo)!;
    expect(undoRow[1]).toBe('2025-03-18T00:00:00.000Z');
    expect(undoRow.map((v) => String(v ?? '')).join(' ')).toContain('M-20250317-1');
  });

  test.each(LISTS)(
    'a merge done again after the undo gets rows of its own, and undoing it marks only those ($locale)',
    async (list) => {
      const dir = tempDir();
      await mergeThenUndo(list, dir);
      // The undo itself cannot be undone: the merge is done again instead.
      const again = await run(['undo', 'undone.xlsx', '-o', 'twice.xlsx', '--today', '2025-03-18'], dir);
      expect(again.code).toBe(2);
      const remerged = await run(['merge', 'undone.xlsx', '-o', 'remerged.xlsx', '--today', '2025-03-19'], dir);
      expect(remerged.code).toBe(0);
      const archive = await valuesOf(join(dir, 'remerged.xlsx'), list.archive);
      const firstAt = '2025-03-18T00:00:00.000Z';
      expect(archive.slice(1).map((r) => [r[0], r[ROLE]])).toEqual([
        ['M-20250317-1', list.undone(firstAt, list.roles[0])],
        ['M-20250317-1', list.undone(firstAt, list.roles[1])],
        ['M-20250319-1', list.roles[0]],
        ['M-20250319-1', list.roles[1]],
      ]);

      const undoneAgain = await run(['undo', 'remerged.xlsx', '-o', 'undone2.xlsx', '--today', '2025-03-20'], dir);
      expect(undoneAgain.code).toBe(0);
      const secondAt = '2025-03-20T00:00:00.000Z';
      const last = await valuesOf(join(dir, 'undone2.xlsx'), list.archive);
      expect(last.slice(1).map((r) => [r[0], r[ROLE]])).toEqual([
        ['M-20250317-1', list.undone(firstAt, list.roles[0])],
        ['M-20250317-1', list.undone(firstAt, list.roles[1])],
        ['M-20250319-1', list.undone(secondAt, list.roles[0])],
        ['M-20250319-1', list.undone(secondAt, list.roles[1])],
      ]);
      expect(await valuesOf(join(dir, 'undone2.xlsx'), list.sheet)).toHaveLength(list.rows.length);
    },
  );
});
