import { recordOperation } from '../../shared/history/record-operation';
import { decodeEntry, readEntries, unpackEdits, HISTORY_META } from '../../shared/history/operation-entry';
import { historyStatus } from '../../shared/history/history-status';
import { undoOperation } from '../../shared/history/undo-operation';
import { emptyPlan, type Plan } from '../../shared/plan/plan';
import {
  applyPlan,
  findSheet,
  snapshotOf,
  workbookFromSnapshot,
  type MemoryWorkbook,
} from '../../shared/plan/apply-plan';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';

const AT = new Date('2024-06-01T08:30:00.000Z');
const LATER = new Date('2024-06-02T09:00:00.000Z');

function cleanPlan(sheet: string, rows: number): Plan {
  const plan = emptyPlan(sheet);
  for (let row = 2; row <= rows + 1; row++) {
    plan.edits.push({
      row,
      col: 3,
      before: `+86 138 0013 ${String(row).padStart(4, '0')}`,
      after: `1380013${String(row).padStart(4, '0')}`,
      reason: 'phone.nonCanonical',
    });
  }
  return plan;
}

/** Undo through a memory workbook, as a host would: read, apply. */
async function undoInMemory(
  workbook: MemoryWorkbook,
  sheet: string,
  id: string,
): Promise<{ workbook: MemoryWorkbook; message: string | null }> {
  let current = workbook;
  const result = await undoOperation(
    {
      meta: () => ({ ...current.meta }),
      read: (name) => (findSheet(current, name) ? snapshotOf(current, name) : undefined),
      apply: (plan) => (current = applyPlan(current, plan, { verify: true })),
    },
    id,
    LATER,
    'zh-CN',
  );
  return { workbook: current, message: result.ok ? null : result.refusal.message };
}

describe('recordOperation', () => {
  test('keeps a 100,000-cell clean undoable in a few MB of meta when a large sheet is cleaned', () => {
    const plan = cleanPlan('Customers', 100_000);
    const recorded = recordOperation(plan, {}, { kind: 'clean', at: AT, locale: 'en-US' });
    const text = recorded.meta[`${HISTORY_META.entry}1`]!;
    // About 30 characters a cell: rows are delta-coded, columns written once.
    expect(text.length).toBeLessThan(100_000 * 40);
    const decoded = decodeEntry(text);
    expect(decoded.ok && decoded.entry.undo.kind === 'plan' && unpackEdits(decoded.entry.undo.columns)).toEqual(
      plan.edits.map(({ reason: _reason, ...edit }) => edit),
    );
  });

  test('keeps the counts but no undo data when the undo data would pass the limit', () => {
    const recorded = recordOperation(
      cleanPlan('Customers', 1000),
      {},
      { kind: 'clean', at: AT, locale: 'en-US', undoLimit: 10_000 },
    );
    const { entries } = readEntries(recorded.meta);
    expect(entries[0]).toMatchObject({ cells: 1000, undo: { kind: 'none', why: 'tooLarge' } });
    const [status] = historyStatus(entries, recorded.meta, () => undefined, 'en-US');
    expect(status!.refusal!.message).toBe('Operation 1 changed too much for its undo data to be kept');
  });

  test('leaves a plan that changes nothing without an entry when clean finds nothing to do', () => {
    const plan = emptyPlan('客户');
    expect(recordOperation(plan, {}, { kind: 'clean', at: AT, locale: 'zh-CN' })).toBe(plan);
  });

  test.each([
    [
      'zh-CN',
      '客户',
      '操作日志',
      ['1', AT.toISOString(), '清理', '客户', '', '', '3 个单元格', '', '电话号码统一 3', ''],
    ],
    [
      'en-US',
      'Customers',
      'Custodian Log',
      ['1', AT.toISOString(), 'Clean', 'Customers', '', '', '3 cells', '', 'phone numbers unified 3', ''],
    ],
  ] as const)(
    "logs what, when and how many cells in the sheet's language when %s clean runs",
    (locale, sheet, logSheet, row) => {
      const recorded = recordOperation(cleanPlan(sheet, 3), {}, { kind: 'clean', at: AT, locale });
      expect(recorded.sheets).toEqual([
        { name: logSheet, hidden: false, mode: 'append', rows: [expect.any(Array), row] },
      ]);
    },
  );
});

test('names who ran it in the log where the host can tell (the command line: the OS account)', () => {
  const recorded = recordOperation(
    cleanPlan('客户', 3),
    {},
    { kind: 'clean', at: AT, locale: 'zh-CN', by: 'wang.fang' },
  );
  const log = recorded.sheets.find((s) => s.name === '操作日志')!;
  expect(log.rows[0]!.at(-1)).toBe('操作人');
  expect(log.rows[1]!.at(-1)).toBe('wang.fang');
});

describe('undoOperation', () => {
  const sheet = (): SheetSnapshot => ({
    name: '客户',
    values: [
      ['客户编号', '姓名', '手机'],
      ['C000001', '张伟', '+86 138 0013 0002'],
      ['C000002', '李娜', '+86 138 0013 0003'],
    ],
    meta: {},
  });

  test('restores the cells and marks the entry undone when nobody touched them', async () => {
    const original = workbookFromSnapshot(sheet());
    const cleaned = applyPlan(
      original,
      recordOperation(cleanPlan('客户', 2), {}, { kind: 'clean', at: AT, locale: 'zh-CN' }),
    );
    const { workbook, message } = await undoInMemory(cleaned, '客户', '1');
    expect(message).toBeNull();
    expect(findSheet(workbook, '客户')!.values).toEqual(findSheet(original, '客户')!.values);
    const { entries } = readEntries(workbook.meta);
    expect(entries.map((e) => [e.id, e.kind, e.undoneBy, e.undoes])).toEqual([
      ['1', 'clean', '2', undefined],
      ['2', 'undo', undefined, '1'],
    ]);
    expect((await undoInMemory(workbook, '客户', '1')).message).toBe('操作 1 已撤销（2）');
  });

  test('refuses and names the cell when someone changed a cleaned cell since', async () => {
    const cleaned = applyPlan(
      workbookFromSnapshot(sheet()),
      recordOperation(cleanPlan('客户', 2), {}, { kind: 'clean', at: AT, locale: 'zh-CN' }),
    );
    const edited = applyPlan(cleaned, {
      ...emptyPlan('客户'),
      edits: [{ row: 3, col: 3, before: '13800130003', after: '13999999999' }],
    });
    const { workbook, message } = await undoInMemory(edited, '客户', '1');
    expect(message).toBe('操作 1 之后这些单元格已被修改：C3: 13999999999，撤销会覆盖这些修改');
    expect(workbook).toBe(edited);
  });
});
