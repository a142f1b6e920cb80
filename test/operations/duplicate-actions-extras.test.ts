/**
 * What a copy, move or delete of duplicates carries besides values, for every host: the copied cells'
 * links, notes and number formats (a date needs its format to stay a date on the new sheet), and each
 * removed cell's look where the host read looks, so undo gives the row back as it looked.
 */
import { planDuplicateAction, type DuplicateActionOptions } from '../../shared/operations/duplicate-actions';
import { undoOperation, type UndoTarget } from '../../shared/history';
import {
  applyPlan,
  findSheet,
  snapshotOf,
  workbookFromSnapshot,
  type MemoryWorkbook,
} from '../../shared/plan/apply-plan';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import type { CellLook } from '../../shared/sheet/cell-look';

const NOW = new Date('2024-06-01T08:30:00.000Z');
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const YELLOW: CellLook = {
  fill: '#FFFF00',
  font: { bold: true, color: '#FF0000' },
  border: { bottom: { style: 'thin' } },
};
const BORDERED: CellLook = { border: { bottom: { style: 'thin' } } };

/** 张伟 twice (row 4 linked, noted, a date format of its own, yellow), 李娜 between, 注册日期 as real dates. */
function list(looks: boolean): SheetSnapshot {
  return {
    name: '客户',
    values: [
      ['姓名', '手机', '邮箱', '注册日期'],
      ['张伟', '13800138000', 'zw@example.com', day('2024-01-05')],
      ['李娜', '13912345678', 'ln@example.com', day('2024-02-01')],
      ['张伟', '13800138000', null, day('2024-02-01')],
    ],
    columnFormats: [null, null, null, 'yyyy-mm-dd'],
    extras: [
      { row: 4, col: 1, link: 'https://crm.example.com/c/2', note: '展会名单', ...(looks ? { look: YELLOW } : {}) },
      { row: 4, col: 4, format: 'yyyy"年"m"月"d"日"' },
      ...(looks ? [{ row: 4, col: 3, look: YELLOW }] : []),
    ],
    ...(looks ? { columnLooks: [null, null, null, BORDERED] } : {}),
    meta: {},
  };
}

function options(snapshot: SheetSnapshot, action: DuplicateActionOptions['action']): DuplicateActionOptions {
  return {
    action,
    template: DEFAULT_TEMPLATE,
    mapping: mapHeaders(snapshot.values[0] ?? [], DEFAULT_TEMPLATE),
    locale: 'zh-CN',
    now: NOW,
    keep: 'first',
    clusters: [{ rows: [2, 4], confidence: 0.99 }],
    sheetNames: ['客户'],
  };
}

/** Undoes the last operation as History does after a reload (meta through JSON). */
async function undoLast(workbook: MemoryWorkbook): Promise<MemoryWorkbook> {
  let current = workbook;
  const meta = () => JSON.parse(JSON.stringify(current.meta)) as Record<string, string>;
  const target: UndoTarget = {
    meta,
    read: (name) => (findSheet(current, name) ? { ...snapshotOf(current, name), meta: meta() } : undefined),
    apply: (plan) => (current = applyPlan(current, plan, { verify: true })),
  };
  const result = await undoOperation(target, '1', NOW, 'zh-CN');
  if (!result.ok) throw new Error(result.refusal.message);
  return current;
}

describe('planDuplicateAction: what rows carry besides values', () => {
  test.each(['copy', 'move'] as const)(
    '%s: each copied cell keeps its link, note and number format (its own, else its column’s)',
    (action) => {
      const snapshot = list(false);
      const { plan } = planDuplicateAction(snapshot, options(snapshot, action));
      const copy = plan.sheets.find((s) => s.name === '重复客户')!;
      expect(copy.rows[1]).toEqual([1, 2, '张伟', '13800138000', 'zw@example.com', day('2024-01-05')]);
      expect(copy.extras).toEqual([
        null,
        [null, null, null, null, null, { format: 'yyyy-mm-dd' }],
        [
          null,
          null,
          { link: 'https://crm.example.com/c/2', note: '展会名单' },
          null,
          null,
          { format: 'yyyy"年"m"月"d"日"' },
        ],
      ]);
    },
  );

  test('delete: a removed row carries every cell’s look (its own, a filled cell’s column’s, else plain) and undo gives it back', async () => {
    const snapshot = list(true);
    const workbook = workbookFromSnapshot(snapshot);
    const { plan } = planDuplicateAction(snapshot, options(snapshot, 'delete'));
    expect(plan.deleteRows).toHaveLength(1);
    expect(plan.deleteRows[0]!.extras!.map((e) => e?.look)).toEqual([YELLOW, {}, YELLOW, BORDERED]);
    const undone = findSheet(await undoLast(applyPlan(workbook, plan, { verify: true })), '客户')!;
    const before = findSheet(workbook, '客户')!;
    expect(undone.values).toEqual(before.values);
    // Spelt out where the sheet had them by its column (the reference host keeps no column looks).
    const row4 = ['A4', 'B4', 'C4', 'D4'].map((address) => undone.extras?.[address]);
    expect(row4.map((e) => e?.look)).toEqual([YELLOW, {}, YELLOW, BORDERED]);
    expect(row4.map((e) => [e?.link, e?.note, e?.format])).toEqual(
      ['A4', 'B4', 'C4', 'D4'].map((address) => {
        const e = before.extras?.[address];
        return [e?.link, e?.note, e?.format];
      }),
    );
  });
});
