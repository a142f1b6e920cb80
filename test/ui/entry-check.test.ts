import { createMemoryHost, type MemoryHost } from '../../shared/host/memory-host';
import { findSheet, workbookFromSnapshot, type MemorySheet } from '../../shared/plan/apply-plan';
import { planSetup } from '../../shared/operations/setup';
import { emptyPlan } from '../../shared/plan/plan';
import { AUTO_GOVERN_KEY, AUTO_GOVERN_SHEET_KEY } from '../../shared/operations/entry';
import { commitEntry, entryAlert, promptAt, typedValue } from '../../shared/ui/demo/entry-check';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';

const FALLBACK = { title: 'Custodian', message: 'The value does not match the rule.' };

const ZH: SheetSnapshot = {
  name: '客户',
  values: [
    ['客户编号', '姓名', '手机号', '邮箱', '客户等级', '最近联系时间', '累计消费'],
    ['C000001', '张伟', '13800138000', 'zhang.wei@example.com', 'VIP', '2024-06-01', 1200],
    ['C000002', '李娜', '13900139000', 'li.na@example.cn', 'A级', '2024-06-05', 300],
  ],
};
const EN: SheetSnapshot = {
  name: 'Customers',
  values: [
    ['Customer ID', 'Name', 'Phone', 'Email', 'Tier', 'Last Contact', 'Total Spend'],
    ['C000001', 'Ada Lovelace', '+44 20 7946 0958', 'ada@example.com', 'VIP', '2024-06-01', 1200],
  ],
};

/** The sheet as setup leaves it (its real rules at entry), in a memory host. */
async function setUp(snapshot: SheetSnapshot): Promise<{ host: MemoryHost; sheet: () => MemorySheet }> {
  const host = createMemoryHost(workbookFromSnapshot(snapshot));
  await host.applyPlan(planSetup(snapshot).plan);
  const sheet = () => findSheet(host.state().workbook, snapshot.name)!;
  return { host, sheet };
}

/** A column by the header the sheet had before setup (setup renames headers to the template's labels in place). */
function col(snapshot: SheetSnapshot, header: string): number {
  return snapshot.values[0]!.indexOf(header) + 1;
}

function headerOf(sheet: MemorySheet, column: number): string {
  return String(sheet.values[0]![column - 1]);
}

describe('entry-check', () => {
  test('refuses a bad email and a duplicate customer ID with the Chinese stop alert when typed in a set-up sheet', async () => {
    const { host, sheet } = await setUp(ZH);
    const meta = host.state().workbook.meta;
    const email = entryAlert(sheet(), meta, 4, col(ZH, '邮箱'), typedValue('wang@'), FALLBACK);
    expect(email).toMatchObject({ style: 'stop', title: headerOf(sheet(), col(ZH, '邮箱')) });
    expect(email!.message).toMatch(/邮箱/);
    expect(entryAlert(sheet(), meta, 4, col(ZH, '邮箱'), 'wang@example.com', FALLBACK)).toBeUndefined();
    expect(entryAlert(sheet(), meta, 4, 1, 'C000002', FALLBACK)).toMatchObject({ style: 'stop' });
    expect(entryAlert(sheet(), meta, 4, 1, 'C000003', FALLBACK)).toBeUndefined();
    // Re-typing a row's own ID is not a duplicate.
    expect(entryAlert(sheet(), meta, 3, 1, 'C000002', FALLBACK)).toBeUndefined();
  });

  test('keeps a mistyped phone with a warning when the phone rule is soft, in Chinese', async () => {
    const { host, sheet } = await setUp(ZH);
    const alert = entryAlert(sheet(), host.state().workbook.meta, 4, col(ZH, '手机号'), '138-0013-800O', FALLBACK);
    expect(alert).toMatchObject({ style: 'warning', title: headerOf(sheet(), col(ZH, '手机号')) });
    expect(alert!.message).toMatch(/13800138000/);
  });

  test('checks dropdowns, dates and amounts when English values are typed', async () => {
    const { host, sheet } = await setUp(EN);
    const meta = host.state().workbook.meta;
    const s = sheet();
    expect(entryAlert(s, meta, 3, col(EN, 'Tier'), 'Gold', FALLBACK)).toMatchObject({
      style: 'stop',
      title: headerOf(s, col(EN, 'Tier')),
    });
    expect(entryAlert(s, meta, 3, col(EN, 'Tier'), 'vip', FALLBACK)).toBeUndefined();
    expect(entryAlert(s, meta, 3, col(EN, 'Last Contact'), 'next Tuesday', FALLBACK)).toMatchObject({ style: 'stop' });
    expect(entryAlert(s, meta, 3, col(EN, 'Last Contact'), '2024/6/5', FALLBACK)).toBeUndefined();
    expect(entryAlert(s, meta, 3, col(EN, 'Total Spend'), '-5', FALLBACK)).toMatchObject({ style: 'stop' });
    expect(entryAlert(s, meta, 3, col(EN, 'Total Spend'), '12.5', FALLBACK)).toBeUndefined();
    expect(entryAlert(s, meta, 3, col(EN, 'Name'), 'anything', FALLBACK)).toBeUndefined();
  });

  test("shows the rule's input message when a governed cell is selected", async () => {
    const { sheet } = await setUp(EN);
    expect(promptAt(sheet(), 5, col(EN, 'Email'))).toMatchObject({
      title: headerOf(sheet(), col(EN, 'Email')),
      text: expect.stringMatching(/@/),
    });
    expect(promptAt(sheet(), 1, col(EN, 'Email'))).toBeUndefined();
  });

  test('gives a typed new row the next ID and tidies the typed cell when auto-govern is on', async () => {
    const { host, sheet } = await setUp(ZH);
    await commitEntry(host, '客户', 4, 2, ' 王芳 ');
    expect(sheet().values[3]!.slice(0, 2)).toEqual([null, ' 王芳 ']);

    await host.applyPlan({
      ...emptyPlan('客户'),
      meta: { [AUTO_GOVERN_KEY]: 'on', [AUTO_GOVERN_SHEET_KEY]: '客户' },
    });
    await commitEntry(host, '客户', 5, 2, ' 赵敏 ');
    await commitEntry(host, '客户', 5, 3, '139 0013 9001');
    expect(sheet().values[4]!.slice(0, 3)).toEqual(['C000003', '赵敏', '13900139001']);
    expect(host.state().workbook.meta['customerId.last.C']).toBe('3');
  });
});
