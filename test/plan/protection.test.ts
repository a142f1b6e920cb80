import { undoOperation } from '../../shared/history/undo-operation';
import { readEntries } from '../../shared/history/operation-entry';
import { planSetup } from '../../shared/operations/setup';
import {
  applyPlan,
  findSheet,
  snapshotOf,
  workbookFromSnapshot,
  type MemoryWorkbook,
} from '../../shared/plan/apply-plan';
import { invertPlan } from '../../shared/plan/invert-plan';
import { emptyPlan } from '../../shared/plan/plan';
import { currentProtection, isLocked, protectionMetaKey } from '../../shared/plan/protection';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';

const NOW = new Date(Date.UTC(2025, 2, 3, 9, 0, 0));

/** A Chinese sales team's list: the ID in column C, between the name and the phone. */
function chineseSheet(): SheetSnapshot {
  return {
    name: '客户',
    values: [
      ['姓名', '手机', '客户编号', '城市'],
      ['张伟', '13800138000', 'C000001', '北京'],
      ['李娜', '13900139000', null, '上海'],
    ],
  };
}

/** A Western team's list: the ID first, as most CRM exports put it. */
function englishSheet(): SheetSnapshot {
  return {
    name: 'Customers',
    values: [
      ['Customer ID', 'Name', 'Email', 'City'],
      ['C000001', 'Ada Lovelace', 'ada@example.com', 'London'],
    ],
  };
}

function setUp(snapshot: SheetSnapshot, protect?: boolean): MemoryWorkbook {
  const plan = planSetup(snapshot, { now: NOW, ...(protect === undefined ? {} : { protect }) }).plan;
  return applyPlan(workbookFromSnapshot(snapshot), plan, { verify: true });
}

describe('protection', () => {
  test('locks the header row and the customer-ID column when a Chinese sheet is set up', () => {
    const workbook = setUp(chineseSheet());
    const sheet = findSheet(workbook, '客户')!;
    expect(sheet.protection).toEqual({ headerRows: 1, cols: [3] });
    expect(currentProtection(workbook.meta, '客户')).toEqual({ headerRows: 1, cols: [3] });
    expect(isLocked(sheet.protection!, 1, 1)).toBe(true);
    expect(isLocked(sheet.protection!, 5, 3)).toBe(true);
    expect(isLocked(sheet.protection!, 2, 4)).toBe(false);
  });

  test('locks the first column when an English sheet keeps its ID there', () => {
    const workbook = setUp(englishSheet());
    expect(findSheet(workbook, 'Customers')!.protection).toEqual({ headerRows: 1, cols: [1] });
  });

  test('plans no protection when the setting is off, and removes its own when it is turned off later', () => {
    expect(planSetup(chineseSheet(), { now: NOW, protect: false }).plan.protection).toBeUndefined();
    const template = { ...DEFAULT_TEMPLATE, protect: false };
    expect(planSetup(englishSheet(), { now: NOW, template }).plan.protection).toBeUndefined();

    const protectedBook = setUp(chineseSheet());
    const again = planSetup(snapshotOf(protectedBook, '客户'), { now: NOW, protect: false }).plan;
    expect(again.protection).toEqual({ remove: true, previous: { headerRows: 1, cols: [3] } });
    const after = applyPlan(protectedBook, again);
    expect(findSheet(after, '客户')!.protection).toBeUndefined();
    expect(after.meta[protectionMetaKey('客户')]).toBeUndefined();
  });

  test('a second setup replaces its protection and knows what it replaced when the sheet was set up before', () => {
    const first = setUp(englishSheet());
    const plan = planSetup(snapshotOf(first, 'Customers'), { now: NOW }).plan;
    expect(plan.protection).toEqual({ headerRows: 1, cols: [1], previous: { headerRows: 1, cols: [1] } });
  });

  test('inverts a protection to what it replaced, or removes it when there was none', () => {
    const added = { ...emptyPlan('客户'), protection: { headerRows: 1, cols: [3] } };
    expect(invertPlan(added).protection).toEqual({ remove: true, previous: { headerRows: 1, cols: [3] } });
    expect(invertPlan(added).meta).toEqual({ [protectionMetaKey('客户')]: '' });
    const replaced = {
      ...emptyPlan('Customers'),
      protection: { headerRows: 1, cols: [2], previous: { headerRows: 1, cols: [1] } },
    };
    expect(invertPlan(replaced).protection).toEqual({
      headerRows: 1,
      cols: [1],
      previous: { headerRows: 1, cols: [2] },
    });
  });

  test.each([
    ['zh-CN', chineseSheet],
    ['en-US', englishSheet],
  ])('undo of setup (%s) from the workbook history removes the protection it added', async (_locale, make) => {
    const snapshot = make();
    let current = setUp(snapshot);
    const setup = readEntries(current.meta).entries.find((e) => e.kind === 'setup')!;
    expect(setup.undo).toMatchObject({ kind: 'plan', protection: { headerRows: 1 } });
    const result = await undoOperation(
      {
        meta: () => ({ ...current.meta }),
        read: (name) => (findSheet(current, name) ? snapshotOf(current, name) : undefined),
        apply: (plan) => (current = applyPlan(current, plan, { verify: true })),
      },
      setup.id,
      NOW,
    );
    expect(result.ok).toBe(true);
    expect(findSheet(current, snapshot.name)!.protection).toBeUndefined();
    expect(current.meta[protectionMetaKey(snapshot.name)]).toBeUndefined();
  });
});
