import { planCustomerIds } from '../../shared/operations/customer-ids';
import { idSchemeOf } from '../../shared/operations/id-scheme';
import { planClean } from '../../shared/operations/clean';
import { planSetup } from '../../shared/operations/setup';
import { checkSheet } from '../../shared/check/check-sheet';
import { planAutoGovern } from '../../shared/operations/auto-govern';
import { highestIdNumber, planEntry } from '../../shared/operations/entry';
import { undoOperation, type UndoTarget } from '../../shared/history/undo-operation';
import { readEntries } from '../../shared/history/operation-entry';
import {
  applyPlan,
  findSheet,
  snapshotOf,
  workbookFromSnapshot,
  type MemoryWorkbook,
} from '../../shared/plan/apply-plan';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { sheet, TODAY } from './fixtures';

const TEMPLATE = { idPrefix: 'C', idDigits: 6 };

/** A B2B list as a Chinese sales team keeps it: its own IDs KH001…KH010, and a new company still without one. */
function zhB2b(extra: CellValue[][] = []): SheetSnapshot {
  return sheet([
    ['客户编号', '客户名称', '联系人', '手机', '邮箱', '所属行业', '负责人'],
    ['KH001', '上海华信科技有限公司', '王伟', '138 0013 8000', 'wangwei@huaxin.com.cn', '软件', '李娜'],
    ['KH002', '北京中联物流有限公司', '张丽', '+86 139-1234-5678', 'zhangli@zl-logistics.cn', '物流', '李娜'],
    ['KH003', '深圳星辰电子', '陈明', '13812345678', 'chenming@xingchen.com', '电子制造', '赵强'],
    ['KH004', '杭州云帆网络科技有限公司', '', '15900001111', 'contact@yunfan.com', '互联网', '赵强'],
    ['KH005', '广州恒达贸易有限公司', '刘洋', '020-88886666', 'liuyang@hengda.com', '贸易', ''],
    ['KH006', '成都天府医疗器械有限公司', '周杰', '18600001234', 'zhoujie@tianfu-med.com', '医疗', '李娜'],
    ['KH007', '苏州工业园区新材料股份有限公司', '吴芳', '137-0000-9999', 'wufang@sz-nm.com', '新材料', '赵强'],
    ['KH008', '宁波港通物流有限公司', '孙磊', '13705741234', 'sunlei@gangtong.cn', '物流', '李娜'],
    ['KH009', '南京紫金软件有限公司', '郑爽', '13951234567', 'zhengs@zijin-soft.com', '软件', '赵强'],
    ['KH010', '武汉长江光电有限公司', '冯凯', '13871234567', 'fengkai@cj-gd.com', '光电', '李娜'],
    ...extra,
  ]);
}

/** An English CRM export numbering its accounts CUST-0001…. */
function enCrm(ids: string[], extra: CellValue[][] = []): SheetSnapshot {
  const names = ['Acme Corp', 'Globex LLC', 'Initech Inc', 'Umbrella Co', 'Stark Industries'];
  return sheet([
    ['Customer ID', 'Company', 'Name', 'Phone', 'Email'],
    ...ids.map((id, i) => [
      id,
      names[i % names.length]!,
      `Contact ${i + 1}`,
      `(617) 555-01${String(10 + i)}`,
      `c${i + 1}@example.com`,
    ]),
    ...extra,
  ]);
}

const NEW_ZH_ROW: CellValue[] = [
  null,
  '合肥科大讯联有限公司',
  '何静',
  '13956781234',
  'hejing@kdxl.com',
  '软件',
  '李娜',
];
const NEW_EN_ROW: CellValue[] = [null, 'Wayne Enterprises', 'Bruce Wayne', '(617) 555-0188', 'bruce@wayne.example'];

function memoryTarget(start: MemoryWorkbook): UndoTarget & { workbook: () => MemoryWorkbook } {
  let workbook = start;
  return {
    workbook: () => workbook,
    meta: () => ({ ...workbook.meta }),
    read: (name) => (findSheet(workbook, name) ? snapshotOf(workbook, name) : undefined),
    apply: (plan) => void (workbook = applyPlan(workbook, plan)),
  };
}

describe('idSchemeOf', () => {
  test.each([
    { ids: ['KH001', 'KH002', 'KH010'], scheme: { idPrefix: 'KH', idDigits: 3, own: true } },
    { ids: ['CUST-0001', 'CUST-0042'], scheme: { idPrefix: 'CUST-', idDigits: 4, own: true } },
    { ids: ['2024-0007', '2024-0012'], scheme: { idPrefix: '2024-', idDigits: 4, own: true } },
    { ids: ['00123', '00124'], scheme: { idPrefix: '', idDigits: 5, own: true } },
    // A number past the width belongs (KH1000 after KH999): the width stays 3.
    { ids: ['KH998', 'KH999', 'KH1000'], scheme: { idPrefix: 'KH', idDigits: 3, own: true } },
    // Typed in another case or width, still the one scheme; written as the first ID writes it.
    { ids: ['KH001', 'kh002', 'ＫＨ003'], scheme: { idPrefix: 'KH', idDigits: 3, own: true } },
  ])('reads the list’s own scheme from $ids', ({ ids, scheme }) => {
    expect(idSchemeOf(ids, TEMPLATE)).toEqual(scheme);
  });

  test.each([
    { why: 'no IDs', ids: [null, ''] },
    { why: 'the template’s IDs', ids: ['C000001', 'C000002'] },
    { why: 'the template’s and the list’s IDs', ids: ['KH001', 'C000002'] },
    { why: 'the template’s IDs first', ids: ['C000001', 'KH002'] },
    { why: 'two prefixes', ids: ['KH001', 'VIP-002'] },
    { why: 'two paddings', ids: ['KH01', 'KH002'] },
    { why: 'an ID without a number', ids: ['KH001', 'ABC'] },
  ])('keeps the template’s scheme for $why', ({ ids }) => {
    expect(idSchemeOf(ids, TEMPLATE)).toEqual({ ...TEMPLATE, own: false });
  });
});

describe('new IDs in the list’s own scheme', () => {
  test('clean gives a new company of a KH### list KH011 and says it follows the list’s scheme', () => {
    const { plan, summary } = planClean(zhB2b([NEW_ZH_ROW]), { now: TODAY });
    expect(plan.edits.filter((e) => e.reason === 'id.missing')).toEqual([
      { row: 12, col: 1, before: null, after: 'KH011', reason: 'id.missing' },
    ]);
    expect(summary.newIds).toEqual({ first: 'KH011', own: true });
    expect(plan.meta['customerId.last.KH']).toBe('11');
    expect(plan.meta['customerId.last.C']).toBeUndefined();
  });

  test('check accepts the list’s own IDs and suggests the next one in its scheme', () => {
    const { issues } = checkSheet(zhB2b([NEW_ZH_ROW]), { now: TODAY });
    const idIssues = issues.filter((i) => i.column === '客户编号');
    expect(idIssues).toHaveLength(1);
    expect(idIssues[0]).toMatchObject({ row: 12, suggestion: 'KH011' });
  });

  test('an English CRM list continues CUST-0043 and widens only past CUST-9999', () => {
    const ids = Array.from({ length: 42 }, (_, i) => `CUST-${String(i + 1).padStart(4, '0')}`);
    expect(planClean(enCrm(ids, [NEW_EN_ROW]), { now: TODAY }).summary.newIds).toEqual({
      first: 'CUST-0043',
      own: true,
    });
    const full = planClean(enCrm(['CUST-9998', 'CUST-9999'], [NEW_EN_ROW, NEW_EN_ROW]), { now: TODAY });
    expect(full.plan.edits.filter((e) => e.reason === 'id.missing').map((e) => e.after)).toEqual([
      'CUST-10000',
      'CUST-10001',
    ]);
  });

  test('a list typing its prefix in lower case continues in lower case, numbered after its highest', () => {
    const snapshot = enCrm(['cust-0007', 'CUST-0009'], [NEW_EN_ROW]);
    expect(planCustomerIds(snapshot, { now: TODAY }).edits.map((e) => e.after)).toEqual(['cust-0010']);
  });

  test('a number given before and since deleted is not given again (the counter of the list’s scheme)', () => {
    const snapshot = zhB2b([NEW_ZH_ROW]);
    snapshot.meta = { 'customerId.last.KH': '14' };
    expect(planCustomerIds(snapshot, { now: TODAY }).edits.map((e) => e.after)).toEqual(['KH015']);
  });

  test('a list mixing schemes gets the template’s IDs, as before, and the summary says so', () => {
    const { plan, summary } = planClean(enCrm(['CUST-0001', 'C000007', 'A-17'], [NEW_EN_ROW]), { now: TODAY });
    expect(plan.edits.filter((e) => e.reason === 'id.missing').map((e) => e.after)).toEqual(['C000008']);
    expect(summary.newIds).toEqual({ first: 'C000008', own: false });
  });

  test('auto-govern gives a typed new row of a KH### list KH011, as each host asks', () => {
    const snapshot = zhB2b();
    const meta = planAutoGovern(snapshot, true, { now: TODAY }).meta;
    expect(JSON.parse(meta['customerId.scheme']!)).toEqual({ idPrefix: 'KH', idDigits: 3 });
    const change = { sheet: snapshot.name, header: snapshot.values[0]!, rows: [{ row: 12, values: NEW_ZH_ROW }], meta };
    const first = planEntry(change);
    expect(first.idColumn).toEqual({ col: 1, prefix: 'KH' });
    // The hosts read the ID column for the highest number in the scheme, then plan again.
    const highestId = highestIdNumber(
      snapshot.values.slice(1).map((v) => v[0] ?? null),
      first.idColumn!.prefix,
    );
    expect(highestId).toBe(10);
    const second = planEntry({ ...change, highestId });
    expect(second.plan.edits.find((e) => e.col === 1)).toMatchObject({ row: 12, after: 'KH011' });
    expect(second.plan.meta['customerId.last.KH']).toBe('11');
  });

  test('auto-govern on a template list keeps C000001 and clears a scheme kept before', () => {
    const snapshot = enCrm(['C000001', 'C000002']);
    snapshot.meta = { 'customerId.scheme': JSON.stringify({ idPrefix: 'KH', idDigits: 3 }) };
    expect(planAutoGovern(snapshot, true, { now: TODAY }).meta['customerId.scheme']).toBe('');
  });
});

describe('undo of clean and the ID counter', () => {
  test.each([
    { name: 'a template list', snapshot: enCrm(['C000001', 'C000002'], [NEW_EN_ROW]), id: 'C000003' },
    { name: 'a KH### list', snapshot: zhB2b([NEW_ZH_ROW]), id: 'KH011' },
  ])('an undone clean gives its ID again on the next clean ($name)', async ({ snapshot, id }) => {
    const target = memoryTarget(workbookFromSnapshot(snapshot));
    const first = planClean(snapshot, { now: TODAY });
    target.apply(first.plan);
    const idCol = 1;
    const row = snapshot.values.length;
    expect(findSheet(target.workbook(), snapshot.name)!.values[row - 1]![idCol - 1]).toBe(id);
    const { entries } = readEntries(target.workbook().meta);
    const clean = entries.find((e) => e.kind === 'clean')!;
    expect((await undoOperation(target, clean.id, TODAY, 'zh-CN')).ok).toBe(true);
    expect(findSheet(target.workbook(), snapshot.name)!.values[row - 1]![idCol - 1]).toBeNull();
    const again = planClean(snapshotOf(target.workbook(), snapshot.name), { now: TODAY });
    expect(again.plan.edits.find((e) => e.row === row && e.col === idCol)?.after).toBe(id);
  });

  test('an undone set up gives its IDs back too: set up again numbers from KH011', async () => {
    const snapshot = zhB2b([NEW_ZH_ROW, [...NEW_ZH_ROW]]);
    const target = memoryTarget(workbookFromSnapshot(snapshot));
    const setup = planSetup(snapshot, { now: TODAY });
    expect(setup.plan.edits.filter((e) => e.reason === 'id.missing').map((e) => e.after)).toEqual(['KH011', 'KH012']);
    target.apply(setup.plan);
    expect(target.workbook().meta['customerId.last.KH']).toBe('12');
    const entry = readEntries(target.workbook().meta).entries.find((e) => e.kind === 'setup')!;
    expect((await undoOperation(target, entry.id, TODAY, 'zh-CN')).ok).toBe(true);
    expect(target.workbook().meta['customerId.last.KH']).toBeUndefined();
    const again = planSetup(snapshotOf(target.workbook(), snapshot.name), { now: TODAY });
    expect(again.plan.edits.filter((e) => e.reason === 'id.missing').map((e) => e.after)).toEqual(['KH011', 'KH012']);
  });

  test('an ID still in the sheet after the undo is never given again', async () => {
    // Clean gives C000003; a later new row typed by hand as C000004 stays after the clean is undone.
    const snapshot = enCrm(['C000001', 'C000002'], [NEW_EN_ROW]);
    const target = memoryTarget(workbookFromSnapshot(snapshot));
    target.apply(planClean(snapshot, { now: TODAY }).plan);
    const sheetNow = findSheet(target.workbook(), snapshot.name)!;
    sheetNow.values.push(['C000004', 'Wayne Enterprises', 'Alfred', '(617) 555-0177', 'alfred@wayne.example']);
    const clean = readEntries(target.workbook().meta).entries.find((e) => e.kind === 'clean')!;
    expect((await undoOperation(target, clean.id, TODAY)).ok).toBe(true);
    const again = planClean(snapshotOf(target.workbook(), snapshot.name), { now: TODAY });
    expect(again.plan.edits.filter((e) => e.reason === 'id.missing').map((e) => e.after)).toEqual(['C000005']);
  });
});
