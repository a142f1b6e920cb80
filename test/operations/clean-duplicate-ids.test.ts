import { planClean } from '../../shared/operations/clean';
import { checkSheet } from '../../shared/check/check-sheet';
import { planCustomerIds } from '../../shared/operations/customer-ids';
import { invertPlan } from '../../shared/plan/invert-plan';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { Plan } from '../../shared/plan/plan';
import { after } from './apply';
import { sheet, TODAY } from './fixtures';

/** The reasons cell of the log row a plan appends (the last column of the log sheet). */
function logReasons(plan: Plan, logSheet: string): string {
  const write = plan.sheets.find((s) => s.name === logSheet);
  const row = write?.rows[write.rows.length - 1] ?? [];
  return String(row[8] ?? ''); // the reasons column
}

/** A Chinese store's list: two clerks typed C000012 (row 3 and row 6), a blank ID between them. */
function chineseList(): CellValue[][] {
  return [
    ['客户编号', '姓名', '手机号', '所在城市'],
    ['C000011', '刘洋', '13800138011', '北京'],
    ['C000012', '陈静', '13800138012', '上海'],
    [null, '杨帆', '13800138013', '广州'],
    ['C000013', '赵磊', '13800138014', '深圳'],
    ['c000012 ', '陈静', '13800138012', '上海'],
  ];
}

/** A Western team's CRM export: the same ID on three rows, typed three ways. */
function westernList(): CellValue[][] {
  return [
    ['Customer ID', 'Name', 'Phone', 'City'],
    ['C000105', 'Alice Martin', '+1 415 555 0101', 'San Francisco'],
    ['C000107', 'Bob Chen', '+1 415 555 0102', 'Oakland'],
    ['C000105', 'Carol Diaz', '+1 415 555 0103', 'San Jose'],
    ['C000106', 'Dan Wu', '+1 415 555 0104', 'Berkeley'],
    ['C000107 ', 'Bob Chen', '+1 415 555 0102', 'Oakland'],
  ];
}

describe('planClean', () => {
  test('renumbers the later holder of a duplicate ID after the counter when a zh-CN sheet has one twice', () => {
    const snapshot = sheet(chineseList(), { meta: { 'customerId.last.C': '40' } });
    const { plan, summary } = planClean(snapshot, { now: TODAY, locale: 'zh-CN' });
    const ids = plan.edits.filter((e) => e.col === 1);
    expect(ids).toEqual([
      { row: 4, col: 1, before: null, after: 'C000041', reason: 'id.missing' },
      { row: 6, col: 1, before: 'c000012 ', after: 'C000042', reason: 'id.duplicate' },
    ]);
    expect(plan.meta['customerId.last.C']).toBe('42');
    expect(summary.byReason['id.duplicate']).toBe(1);
    expect(summary.renumbered).toEqual([{ row: 6, from: 'c000012 ', to: 'C000042', firstRow: 3 }]);
    const cleaned = after(snapshot, plan);
    expect(cleaned.values[2]![0]).toBe('C000012');
    expect(checkSheet(cleaned, { now: TODAY }).issues.filter((i) => i.code === 'id.duplicate')).toEqual([]);
  });

  test('logs the old ID as an alias in the sheet language when a zh-CN sheet is renumbered', () => {
    const { plan } = planClean(sheet(chineseList(), { meta: { 'customerId.last.C': '40' } }), {
      now: TODAY,
      locale: 'zh-CN',
    });
    const reasons = logReasons(plan, '操作日志');
    expect(reasons).toContain('重复编号改新号 1');
    expect(reasons).toContain('c000012 → C000042（原与第 3 行编号重复）');
    expect(reasons).toContain('可用“查找重复”核对');
  });

  test('keeps the topmost holder and renumbers each later one in sheet order when an en-US sheet has an ID three times', () => {
    const rows = westernList();
    rows.push(['C000105', 'Erin Park', '+1 415 555 0105', 'Palo Alto']);
    const snapshot = { ...sheet(rows), name: 'Customers' };
    const { plan, summary } = planClean(snapshot, { now: TODAY, locale: 'en-US' });
    expect(summary.renumbered.map((r) => [r.row, r.from, r.to, r.firstRow])).toEqual([
      [4, 'C000105', 'C000108', 2],
      [6, 'C000107 ', 'C000109', 3],
      [7, 'C000105', 'C000110', 2],
    ]);
    const reasons = logReasons(plan, 'Custodian Log');
    expect(reasons).toContain('duplicate customer IDs renumbered 3');
    expect(reasons).toContain('C000105 → C000108 (was a duplicate of row 2)');
    expect(reasons).toContain('C000107 → C000109 (was a duplicate of row 3)');
    expect(reasons).toContain('Find duplicates shows them');
  });

  test('is undone exactly by the inverse plan when IDs were renumbered', () => {
    const snapshot = { ...sheet(westernList()), name: 'Customers' };
    const { plan } = planClean(snapshot, { now: TODAY, locale: 'en-US' });
    expect(after(after(snapshot, plan), invertPlan(plan)).values).toEqual(snapshot.values);
  });

  test('lists at most twenty renumbered IDs in the log when a sheet has many duplicates', () => {
    const rows: CellValue[][] = [['Customer ID', 'Name']];
    for (let n = 0; n < 30; n++) rows.push(['C000001', `Customer ${n}`]);
    const { plan, summary } = planClean({ ...sheet(rows), name: 'Customers' }, { now: TODAY, locale: 'en-US' });
    expect(summary.renumbered).toHaveLength(29);
    const reasons = logReasons(plan, 'Custodian Log');
    expect(reasons).toContain('C000001 → C000021 (was a duplicate of row 2)');
    expect(reasons).not.toContain('C000022');
    expect(reasons).toContain('and 9 more');
  });
});

describe('planCustomerIds', () => {
  test('leaves duplicate IDs to clean when only assigning missing ones', () => {
    const plan = planCustomerIds(sheet(chineseList()));
    expect(plan.edits.map((e) => [e.row, e.after, e.reason])).toEqual([[4, 'C000014', 'id.missing']]);
  });
});
