/**
 * A customer list whose 备注 / Notes hold long call logs: joining two of them can pass the 32,767
 * characters an Excel cell holds, and Excel then cuts the joined note. The merge keeps the kept row's own
 * note, says so (row and column, in the sheet's language), leaves every row's note in the archive, and the
 * log's "before → after" cell is shortened with a pointer to where the full text is.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { CELL_TEXT_LIMIT } from '../../shared/sheet/cell-limit';
import { mergeAndApply, optionsFor, sheet } from './fixtures';

/** A call log of about `length` characters, one visit a line, as reps keep them in the notes cell. */
function callLog(length: number, who: string): string {
  const lines: string[] = [];
  for (let day = 1; lines.join('\n').length < length; day++)
    lines.push(
      `2024-${String((day % 12) + 1).padStart(2, '0')}-${String((day % 28) + 1).padStart(2, '0')} ${who} ${day}`,
    );
  return lines.join('\n').slice(0, length);
}

const ZH_VISIT = '电话回访：客户询问报价，约下周再联系。第';
const EN_VISIT = 'call back: asked for a quote, follow up next week. Visit';

function longestCell(sheets: readonly { values: CellValue[][] }[]): number {
  let longest = 0;
  for (const s of sheets)
    for (const row of s.values) for (const v of row) if (typeof v === 'string') longest = Math.max(longest, v.length);
  return longest;
}

describe('merging rows with long notes', () => {
  test('keeps the kept row its own note and says so when the joined 备注 would pass 32,767 characters', () => {
    const first = callLog(20_000, ZH_VISIT);
    const second = callLog(20_000, '上门拜访：带了样品，客户很满意。第');
    const snapshot = sheet('客户', [
      ['姓名', '手机', '备注'],
      ['张伟', '13800138000', first],
      ['张伟', '138 0013 8000', second],
      ['李娜', '13900139000', '老客户'],
    ]);
    const { result, workbook, rowAt, helper } = mergeAndApply(
      snapshot,
      [{ rows: [2, 3] }],
      optionsFor(snapshot, 'zh-CN'),
    );
    expect(rowAt(2).备注).toBe(first);
    expect(longestCell(workbook.sheets)).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    const said = result.problems.find((p) => p.code === 'cell.tooLong');
    expect(said).toMatchObject({ severity: 'warning', row: 2, field: 'notes' });
    expect(said!.message).toContain('第 2 行');
    expect(said!.message).toContain('“备注”');
    expect(said!.message).toContain('40,001'); // the two notes and the join's "；"
    expect(said!.message).toContain('合并归档');
    expect(helper('操作日志')[1]![6]).toBe(
      '备注：合并后会有 40,001 个字符，超过 Excel 单元格的上限，保留原值（每一行的值都在合并归档中）',
    );
    // Both notes, whole, in the archive.
    const archive = helper('合并归档').flat();
    expect(archive).toContain(first);
    expect(archive).toContain(second);
  });

  test('says so in English on an English list, naming the row and the Notes column', () => {
    const first = callLog(25_000, EN_VISIT);
    const second = callLog(9_000, 'visited with samples, happy with them. Visit');
    const snapshot = sheet('Customers', [
      ['Name', 'Phone', 'Notes'],
      ['Mary Smith', '(415) 555-0100', first],
      ['Mary Smith', '415-555-0100', second],
    ]);
    const { result, workbook, rowAt, helper } = mergeAndApply(
      snapshot,
      [{ rows: [2, 3] }],
      optionsFor(snapshot, 'en-US'),
    );
    expect(rowAt(2).Notes).toBe(first);
    expect(longestCell(workbook.sheets)).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    const said = result.problems.find((p) => p.code === 'cell.tooLong');
    expect(helper('Custodian Log')[1]![6]).toBe(
      "Notes: 34,002 characters once merged, more than an Excel cell holds; the kept row's own value stays (every row's is in the archive)",
    );
    expect(said?.message).toBe(
      'Group 1: "Notes" on row 2 would hold 34,002 characters once merged, more than the 32,767 an Excel cell holds, so the row keeps its own; every row\'s value is in the archive',
    );
  });

  test('still joins notes that fit in one cell', () => {
    const first = callLog(15_000, ZH_VISIT);
    const second = callLog(15_000, '上门拜访：第');
    const snapshot = sheet('客户', [
      ['姓名', '手机', '备注'],
      ['张伟', '13800138000', first],
      ['张伟', '13800138000', second],
    ]);
    const { result, rowAt } = mergeAndApply(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, 'zh-CN'));
    expect(rowAt(2).备注).toBe(`${first}; ${second}`);
    expect(result.problems.filter((p) => p.code === 'cell.tooLong')).toEqual([]);
  });

  test.each([
    ['zh-CN', '客户', ['姓名', '手机', '备注'], '已缩短', '合并归档'],
    ['en-US', 'Customers', ['Name', 'Phone', 'Notes'], 'shortened', 'Custodian Archive'],
  ] as const)(
    'shortens the %s log cell of a change whose before and after pass the limit, and says where the full text is',
    (locale, name, headers, shortened, archive) => {
      const first = callLog(20_000, ZH_VISIT);
      const second = callLog(12_000, '上门拜访：第');
      const snapshot = sheet(name, [[...headers], ['张伟', '13800138000', first], ['张伟', '13800138000', second]]);
      const options = optionsFor(snapshot, locale);
      const { result, workbook, rowAt, helper } = mergeAndApply(snapshot, [{ rows: [2, 3] }], options);
      // The join fits (32,002 characters), so it is written whole.
      expect(rowAt(2)[headers[2]]).toBe(`${first}; ${second}`);
      expect(longestCell(workbook.sheets)).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
      const log = helper(locale === 'zh-CN' ? '操作日志' : 'Custodian Log');
      const changes = String(log[1]![6]);
      expect(changes.startsWith(`${headers[2]}: ${first.slice(0, 100)}`)).toBe(true);
      expect(changes).toContain(shortened);
      expect(changes).toContain(archive);
      expect(changes).toContain(result.merges[0]!.mergeId);
      expect(changes.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
      // The stored undo's log line too.
      const history = Object.entries(result.plan.meta).find(([k]) => k.includes(result.merges[0]!.mergeId))?.[1];
      expect(history).toBeDefined();
      const undoChanges = (JSON.parse(history!) as { undoChanges: string }).undoChanges;
      expect(undoChanges.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    },
  );
});
