import { createMemoryHost, type MemoryHost } from '../../shared/host/memory-host';
import { emptySheet, findSheet, type MemoryWorkbook } from '../../shared/plan/apply-plan';
import type { CellValue } from '../../shared/sheet/cell-value';
import { runCoreOp } from '../../shared/ui/tasks/core-ops';
import { storedOverrides, storedTemplate } from '../../shared/ui/views/workbook-settings';

const NOW = new Date(Date.UTC(2026, 0, 5, 9, 30));

// A 企业微信 contact 10086 and a 有赞 member 10086 are two different people.
const WECOM: CellValue[][] = [
  ['客户ID', '客户名称', '手机号', '企业', '添加人'],
  [10086, '张伟', '13800138000', '杭州西湖茶业有限公司', '王磊'],
  [10087, '李娜', '13900139000', '上海明远贸易有限公司', '王磊'],
];
const YOUZAN: CellValue[][] = [
  ['会员编号', '会员昵称', '姓名', '手机号', '累计消费金额(元)'],
  [10086, '小周', '周杰', '13500135000', 268],
  [20311, '茶友张', '赵磊', '13600136000', 1520.5],
];

// HubSpot's record 7002 and Shopify's customer 7002 are two different people.
const HUBSPOT: CellValue[][] = [
  ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number'],
  ['7002', 'Jane', 'Doe', 'jane@blue.com', '212-555-0188'],
];
const SHOPIFY: CellValue[][] = [
  ['Customer ID', 'First Name', 'Last Name', 'Email', 'Phone'],
  ['7002', 'Kim', 'Nguyen', 'kim@nguyen.me', '+16175550100'],
];

function hostOf(sheets: Record<string, CellValue[][]>, meta: Record<string, string> = {}): MemoryHost {
  const workbook: MemoryWorkbook = {
    sheets: Object.entries(sheets).map(([name, values]) => ({ ...emptySheet(name), values })),
    meta,
  };
  return createMemoryHost(workbook);
}

function valuesOf(host: MemoryHost, sheet: string): CellValue[][] {
  return findSheet(host.state().workbook, sheet)!.values;
}

function column(values: readonly CellValue[][], header: string): CellValue[] {
  const col = values[0]!.indexOf(header);
  if (col < 0) throw new Error(`no column ${header} in ${values[0]!.join(', ')}`);
  return values.slice(1).map((row) => row[col] ?? null);
}

/** What the sidebar's Combine does: every visible sheet read by name, planned by the core, applied. */
async function combine(host: MemoryHost): Promise<string> {
  const names = await host.sheetNames();
  const [first, ...others] = await Promise.all(names.map((sheet) => host.readSnapshot({ sheet })));
  const planned = runCoreOp('planCombineSheets', first!, { others, sheetNames: names, now: NOW });
  await host.applyPlan(planned.plan);
  return planned.sheet;
}

/** What the sidebar's Set up does: the stored template and corrections, then the plan applied. */
async function setUp(host: MemoryHost, sheet: string): Promise<void> {
  const snapshot = await host.readSnapshot({ sheet });
  const protect = storedTemplate(snapshot).protect ?? true;
  const { plan } = runCoreOp('planSetup', snapshot, { overrides: storedOverrides(snapshot), protect, now: NOW });
  await host.applyPlan(plan);
}

async function idIssues(host: MemoryHost, sheet: string) {
  const result = runCoreOp('checkSheet', await host.readSnapshot({ sheet }), { now: NOW });
  return { result, ids: result.issues.filter((i) => i.code.startsWith('id.')) };
}

describe('combine-ops IDs of several systems', () => {
  test('keeps 客户ID and 会员编号 as they are and gives every row a fresh 客户编号 when the combined sheet is set up', async () => {
    const host = hostOf({ 企微客户: WECOM, 有赞会员: YOUZAN });
    const sheet = await combine(host);
    expect(sheet).toBe('合并名单');
    const combined = valuesOf(host, sheet).map((row) => [...row]);
    expect(combined[0]!.slice(0, 2)).toEqual(['客户ID（企微客户）', '会员编号（有赞会员）']);
    expect(combined[0]).not.toContain('客户编号');

    const before = await idIssues(host, sheet);
    expect(before.result.mapping.byField['customerId']).toBeUndefined();
    expect(before.ids).toEqual([]);

    await setUp(host, sheet);
    const values = valuesOf(host, sheet);
    expect(column(values, '客户ID（企微客户）')).toEqual(column(combined, '客户ID（企微客户）'));
    expect(column(values, '会员编号（有赞会员）')).toEqual(column(combined, '会员编号（有赞会员）'));
    expect(column(combined, '客户ID（企微客户）')).toEqual([10086, 10087, null, null]);
    expect(column(combined, '会员编号（有赞会员）')).toEqual([null, null, 10086, 20311]);
    const fresh = column(values, '客户编号');
    expect(new Set(fresh).size).toBe(4);
    for (const id of fresh) expect(id).toMatch(/^C\d+$/);

    const after = await idIssues(host, sheet);
    expect(after.ids).toEqual([]);
    expect(values[0]![after.result.mapping.byField['customerId']! - 1]).toBe('客户编号');
  });

  test('keeps Record ID and Customer ID apart when a HubSpot and a Shopify export both use 7002', async () => {
    const host = hostOf({ HubSpot: HUBSPOT, Shopify: SHOPIFY });
    const sheet = await combine(host);
    expect(sheet).toBe('Combined list');
    expect(valuesOf(host, sheet)[0]!.slice(0, 2)).toEqual(['Record ID (HubSpot)', 'Customer ID (Shopify)']);
    expect((await idIssues(host, sheet)).ids).toEqual([]);

    await setUp(host, sheet);
    const values = valuesOf(host, sheet);
    expect(column(values, 'Record ID (HubSpot)')).toEqual(['7002', null]);
    expect(column(values, 'Customer ID (Shopify)')).toEqual([null, '7002']);
    const fresh = column(values, 'Customer ID');
    expect(fresh).toHaveLength(2);
    expect(fresh[0]).not.toBe(fresh[1]);
    for (const id of fresh) expect(id).toMatch(/^C\d+$/);
    expect((await idIssues(host, sheet)).ids).toEqual([]);
  });

  test('finds a 有赞 member new when only a 企业微信 contact shares its 10086, and the status column reads as nothing', async () => {
    const host = hostOf({ 企微客户: WECOM, 有赞会员: YOUZAN });
    const [a, b] = await Promise.all(['企微客户', '有赞会员'].map((sheet) => host.readSnapshot({ sheet })));
    const planned = runCoreOp('planCompareSheets', b!, { a: a! });
    expect(planned.counts).toEqual({ existing: 0, possible: 0, new: 2 });
    // Compare adds a column to list B, no sheet: B's own IDs stay its customer ID column.
    expect(planned.plan.sheets).toEqual([]);
    expect(planned.plan.meta).toEqual({});
    await host.applyPlan(planned.plan);
    const { result, ids } = await idIssues(host, '有赞会员');
    expect(ids).toEqual([]);
    expect(result.mapping.columns.map((c) => [c.header, c.field])).toEqual(
      expect.arrayContaining([
        ['会员编号', 'customerId'],
        ['对比结果', null],
      ]),
    );
  });

  test('keeps the corrections the workbook already stores when it stores the combined sheet’s', async () => {
    const host = hostOf(
      { 企微客户: WECOM, 有赞会员: YOUZAN },
      { 'template.overrides': JSON.stringify({ 添加人: null }) },
    );
    await combine(host);
    const stored = JSON.parse(host.state().workbook.meta['template.overrides']!) as Record<string, string | null>;
    expect(stored).toMatchObject({ 添加人: null, '客户ID（企微客户）': null, '会员编号（有赞会员）': null });
  });

  test('puts back the corrections the workbook held, or none, when the combine is undone', async () => {
    const held: Record<string, string>[] = [{ 'template.overrides': JSON.stringify({ 添加人: null }) }, {}];
    for (const before of held) {
      const host = hostOf({ 企微客户: WECOM, 有赞会员: YOUZAN }, { ...before });
      const names = await host.sheetNames();
      const [first, ...others] = await Promise.all(names.map((sheet) => host.readSnapshot({ sheet })));
      const planned = runCoreOp('planCombineSheets', first!, { others, sheetNames: names, now: NOW });
      await host.applyPlan(planned.plan);
      expect(await host.sheetNames()).toContain(planned.sheet);
      await host.applyPlan(planned.undo);
      expect(await host.sheetNames()).toEqual(['企微客户', '有赞会员']);
      expect(host.state().workbook.meta).toEqual(before);
    }
  });
});
