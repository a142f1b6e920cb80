import { planDuplicateAction, type DuplicateActionOptions } from '../../shared/operations/duplicate-actions';
import { undoOperation, readEntries, type UndoTarget } from '../../shared/history';
import {
  applyPlan,
  findSheet,
  snapshotOf,
  workbookFromSnapshot,
  type MemoryWorkbook,
} from '../../shared/plan/apply-plan';
import { invertPlan } from '../../shared/plan/invert-plan';
import { highlightFormula, highlightIdOf, rangeChunks, rowRanges } from '../../shared/plan/highlights';
import { planSchema } from '../../shared/plan/plan';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import type { Locale } from '../../shared/i18n/locale';
import { subtotalList as chineseList } from '../support/duplicate-list';

const NOW = new Date('2024-06-01T08:30:00.000Z');
const LATER = new Date('2024-06-02T09:00:00.000Z');
const ODD = '#FCE4D6';
const EVEN = '#DDEBF7';

/** A Western team's CRM export sorted by name, so one customer's rows sit next to each other. */
function englishList(): SheetSnapshot {
  const values: CellValue[][] = [
    ['Customer ID', 'First Name', 'Last Name', 'Email', 'Phone', 'Company'],
    ['C000102', 'John', 'Brown', 'jb@example.org', '415 555 0199', 'Globex'],
    ['C000131', 'John', 'Brown', 'JB@example.org', '(415) 555-0199', 'Globex Corp.'],
    ['C000101', 'Mary', 'Smith', 'mary.smith@example.com', '(415) 555-0100', 'Acme Inc.'],
    ['C000140', 'Mary', 'Smith', 'MARY.SMITH@example.com', '+1 415 555 0100', 'ACME'],
    ['C000150', 'Wei', 'Zhang', 'wei.zhang@example.cn', '+86 138 0013 8000', 'Xingchen'],
  ];
  return { name: 'Customers', values, meta: {} };
}

const ZH_GROUPS = [{ rows: [2, 4, 7], confidence: 0.97 }, { rows: [3, 6] }];
const EN_GROUPS = [{ rows: [2, 3] }, { rows: [4, 5] }];

function options(snapshot: SheetSnapshot, extra: Partial<DuplicateActionOptions>): DuplicateActionOptions {
  const locale: Locale = snapshot.name === '客户' ? 'zh-CN' : 'en-US';
  return {
    action: 'highlight',
    template: DEFAULT_TEMPLATE,
    mapping: mapHeaders(snapshot.values[0] ?? [], DEFAULT_TEMPLATE),
    locale,
    now: NOW,
    clusters: locale === 'zh-CN' ? ZH_GROUPS : EN_GROUPS,
    ...extra,
  };
}

/** Plans on the workbook as it is now (its meta included, as a host reads it) and applies the plan. */
function run(workbook: MemoryWorkbook, name: string, extra: Partial<DuplicateActionOptions> = {}) {
  const snapshot = snapshotOf(workbook, name);
  const result = planDuplicateAction(snapshot, options(snapshot, extra));
  const after = applyPlan(workbook, result.plan, { verify: true });
  return { result, after, sheet: findSheet(after, name)! };
}

const reloaded = (workbook: MemoryWorkbook) => JSON.parse(JSON.stringify(workbook.meta)) as Record<string, string>;

async function undoLast(workbook: MemoryWorkbook): Promise<MemoryWorkbook> {
  let current = workbook;
  const target: UndoTarget = {
    meta: () => reloaded(current),
    read: (name) => (findSheet(current, name) ? { ...snapshotOf(current, name), meta: reloaded(current) } : undefined),
    apply: (plan) => (current = applyPlan(current, planSchema.parse(JSON.parse(JSON.stringify(plan))))),
  };
  const id = readEntries(reloaded(workbook)).entries.at(-1)!.id;
  const result = await undoOperation(target, id, LATER);
  if (!result.ok) throw new Error(result.refusal.message);
  return current;
}

describe('duplicate-highlight', () => {
  test('fills each group’s rows across the list, odd and even groups in two colours, when the sheet is Chinese', () => {
    const start = workbookFromSnapshot(chineseList());
    const { result, sheet } = run(start, '客户');
    expect(result.summary).toBe('突出显示了 2 组共 5 行重复');
    expect(sheet.highlights).toEqual({
      'duplicates-odd': { ranges: ['A2:G2', 'A4:G4', 'A7:G7'], color: ODD },
      'duplicates-even': { ranges: ['A3:G3', 'A6:G6'], color: EVEN },
    });
    // Only the highlight: no value, formula or row changes.
    expect(result.plan.edits).toEqual([]);
    expect(result.plan.deleteRows).toEqual([]);
    expect(sheet.values).toEqual(findSheet(start, '客户')!.values);
    expect(sheet.formulas).toEqual(findSheet(start, '客户')!.formulas);
  });

  test('paints neighbouring groups of a sorted English list in different colours, one range per run of rows', () => {
    const { result, sheet } = run(workbookFromSnapshot(englishList()), 'Customers');
    expect(result.summary).toBe('Highlighted 4 rows from 2 groups');
    expect(sheet.highlights).toEqual({
      'duplicates-odd': { ranges: ['A2:F3'], color: ODD },
      'duplicates-even': { ranges: ['A4:F5'], color: EVEN },
    });
  });

  test('replaces its own highlight when run again, dropping the colour no group uses any more', () => {
    const first = run(workbookFromSnapshot(chineseList()), '客户').after;
    const { result, sheet, after } = run(first, '客户', { clusters: [{ rows: [3, 6] }] });
    expect(sheet.highlights).toEqual({ 'duplicates-odd': { ranges: ['A3:G3', 'A6:G6'], color: ODD } });
    expect(result.plan.highlights).toEqual([
      {
        id: 'duplicates-odd',
        ranges: ['A3:G3', 'A6:G6'],
        color: ODD,
        previous: { ranges: ['A2:G2', 'A4:G4', 'A7:G7'], color: ODD },
      },
      { id: 'duplicates-even', remove: true, previous: { ranges: ['A3:G3', 'A6:G6'], color: EVEN } },
    ]);
    expect(after.meta['highlight.duplicates-even']).toBeUndefined();
  });

  test('removes only its highlight and says how many rows lost it when the sheet is English', () => {
    const highlighted = run(workbookFromSnapshot(englishList()), 'Customers').after;
    const { result, sheet, after } = run(highlighted, 'Customers', { action: 'unhighlight', clusters: [] });
    expect(result.summary).toBe('Removed the highlight from 4 duplicate rows');
    expect(sheet.highlights).toBeUndefined();
    expect(Object.keys(after.meta).filter((k) => k.startsWith('highlight.'))).toEqual([]);
    expect(sheet.values).toEqual(findSheet(highlighted, 'Customers')!.values);
  });

  test('words the removal in Chinese with the rows it covered', () => {
    const highlighted = run(workbookFromSnapshot(chineseList()), '客户').after;
    expect(run(highlighted, '客户', { action: 'unhighlight', clusters: [] }).result.summary).toBe(
      '取消了 5 行重复的突出显示',
    );
  });

  test('undoes a highlight from History after a reload: no highlight is left', async () => {
    const start = workbookFromSnapshot(chineseList());
    const { after } = run(start, '客户');
    expect(readEntries(reloaded(after)).entries.at(-1)!.kind).toBe('duplicateHighlight');
    const restored = await undoLast(after);
    expect(findSheet(restored, '客户')!.highlights).toBeUndefined();
    expect(findSheet(restored, '客户')!.values).toEqual(findSheet(start, '客户')!.values);
    expect(restored.meta['highlight.duplicates-odd']).toBeUndefined();
  });

  test('undoes a removal from History after a reload: the highlight comes back as it was', async () => {
    const highlighted = run(workbookFromSnapshot(englishList()), 'Customers').after;
    const removed = run(highlighted, 'Customers', { action: 'unhighlight', clusters: [] }).after;
    const restored = await undoLast(removed);
    expect(findSheet(restored, 'Customers')!.highlights).toEqual(findSheet(highlighted, 'Customers')!.highlights);
    // Remembered again, so a later removal knows what it takes away.
    expect(run(restored, 'Customers', { action: 'unhighlight', clusters: [] }).result.rows).toBe(4);
  });

  test('inverts a re-run into the highlight it replaced', () => {
    const first = run(workbookFromSnapshot(chineseList()), '客户').after;
    const { result, after } = run(first, '客户', { clusters: [{ rows: [3, 6] }] });
    const back = applyPlan(after, invertPlan(result.plan));
    expect(findSheet(back, '客户')!.highlights).toEqual(findSheet(first, '客户')!.highlights);
  });
});

describe('highlights', () => {
  test('marks a rule by its id and tells it from a user’s own formula', () => {
    expect(highlightFormula('duplicates-odd')).toBe('=ISTEXT("Custodian highlight: duplicates-odd")');
    expect(highlightIdOf('ISTEXT("Custodian highlight: duplicates-odd")')).toBe('duplicates-odd');
    expect(highlightIdOf('=ISTEXT(A2)')).toBeNull();
    expect(highlightIdOf('=$F2>1000')).toBeNull();
  });

  test('joins consecutive rows into one range and splits long address lists under a limit', () => {
    expect(rowRanges([9, 5, 6, 7, 12], 1, 11)).toEqual(['A5:K7', 'A9:K9', 'A12:K12']);
    const ranges = Array.from({ length: 2000 }, (_, i) => `A${i * 2 + 2}:K${i * 2 + 2}`);
    const chunks = rangeChunks(ranges, 8000);
    expect(chunks.flat()).toEqual(ranges);
    for (const chunk of chunks) expect(chunk.join(',').length).toBeLessThanOrEqual(8000);
    expect(chunks.length).toBeGreaterThan(1);
  });
});
