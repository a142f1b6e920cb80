import { planDuplicateAction, type DuplicateActionOptions } from '../../shared/operations/duplicate-actions';
import { copySheetName } from '../../shared/operations/duplicate-actions/copy-sheet';
import { undoOperation, readEntries, type UndoTarget } from '../../shared/history';
import {
  applyPlan,
  findSheet,
  snapshotOf,
  workbookFromSnapshot,
  emptySheet,
  type MemoryWorkbook,
} from '../../shared/plan/apply-plan';
import { resolveContext } from '../../shared/operations/options';
import { findDuplicates } from '../../shared/dedupe';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import type { Locale } from '../../shared/i18n/locale';
import { subtotalList as chineseList } from '../support/duplicate-list';

const NOW = new Date('2024-06-01T08:30:00.000Z');
const LATER = new Date('2024-06-02T09:00:00.000Z');

/** A Western team's CRM export: first and last name split, one customer twice. */
function englishList(): SheetSnapshot {
  const values: CellValue[][] = [
    ['Customer ID', 'First Name', 'Last Name', 'Email', 'Phone', 'Company'],
    ['C000101', 'Mary', 'Smith', 'mary.smith@example.com', '(415) 555-0100', 'Acme Inc.'],
    ['C000102', 'John', 'Brown', 'jb@example.org', '415 555 0199', 'Globex'],
    ['C000140', 'Mary', 'Smith', 'MARY.SMITH@example.com', '+1 415 555 0100', 'ACME'],
  ];
  return { name: 'Customers', values, meta: {} };
}

const ZH_GROUPS = [{ rows: [2, 4, 7], confidence: 0.97 }, { rows: [3, 6] }];
const EN_GROUPS = [{ rows: [2, 4], confidence: 0.95, reasons: ['Email: same address'] }];

function options(snapshot: SheetSnapshot, extra: Partial<DuplicateActionOptions>): DuplicateActionOptions {
  const locale: Locale = snapshot.name === '客户' ? 'zh-CN' : 'en-US';
  return {
    action: 'status',
    template: DEFAULT_TEMPLATE,
    mapping: mapHeaders(snapshot.values[0] ?? [], DEFAULT_TEMPLATE),
    locale,
    now: NOW,
    clusters: locale === 'zh-CN' ? ZH_GROUPS : EN_GROUPS,
    ...extra,
  };
}

function run(
  snapshot: SheetSnapshot,
  extra: Partial<DuplicateActionOptions>,
  workbook = workbookFromSnapshot(snapshot),
) {
  const result = planDuplicateAction(snapshot, options(snapshot, extra));
  const after = applyPlan(workbook, result.plan, { verify: true });
  return { result, original: workbook, after, sheet: findSheet(after, snapshot.name)! };
}

/** Meta as a host reads it back after a reload (strings through JSON). */
const reloaded = (workbook: MemoryWorkbook) => JSON.parse(JSON.stringify(workbook.meta)) as Record<string, string>;

/** Undoes operation `id` the way History does after a reload; returns the workbook afterwards. */
async function undo(workbook: MemoryWorkbook, sheet: string, id: string, locale?: Locale): Promise<MemoryWorkbook> {
  let current = workbook;
  const target: UndoTarget = {
    meta: () => reloaded(current),
    read: (name) => (findSheet(current, name) ? { ...snapshotOf(current, name), meta: reloaded(current) } : undefined),
    apply: (plan) => (current = applyPlan(current, plan, { verify: true })),
  };
  const result = await undoOperation(target, id, LATER, locale);
  if (!result.ok) throw new Error(result.refusal.message);
  expect(findSheet(current, sheet)).toBeDefined();
  return current;
}

describe('planDuplicateAction', () => {
  test('adds a 重复状态 column with the group of each duplicate row and 唯一 on the others when the sheet is Chinese', () => {
    const { result, sheet } = run(chineseList(), { action: 'status' });
    expect(sheet.values.map((r) => r[7])).toEqual([
      '重复状态',
      '重复（第 1 组）',
      '重复（第 2 组）',
      '重复（第 1 组）',
      '唯一',
      '重复（第 2 组）',
      '重复（第 1 组）',
    ]);
    expect(result.summary).toBe('标记了 2 组共 5 行重复，其余 1 行唯一');
    expect(result).toMatchObject({ groups: 2, rows: 5, remaining: 6 });
  });

  test('gives a totals row, a notes line and a section heading no status, and counts no customer in them', () => {
    const list = chineseList();
    const values: CellValue[][] = [
      list.values[0]!,
      ['一、华北区', null, null, null, null, null, null],
      ...list.values.slice(1),
      ['合计', null, null, null, null, 1400, null],
      ['备注：单价含税', null, null, null, null, null, null],
    ];
    const formulas = list.formulas!.map((f) => ({ ...f, row: f.row + 1 }));
    const snapshot = { ...list, values, formulas };
    const { clusters } = findDuplicates(snapshot, { template: DEFAULT_TEMPLATE });
    const { result, sheet } = run(snapshot, { action: 'status', clusters });
    expect(sheet.values.map((r) => r[7] ?? null)).toEqual([
      '重复状态',
      null,
      '重复（第 1 组）',
      '重复（第 2 组）',
      '重复（第 1 组）',
      '唯一',
      '重复（第 2 组）',
      '重复（第 1 组）',
      null,
      null,
    ]);
    expect(result.summary).toBe('标记了 2 组共 5 行重复，其余 1 行唯一');
    expect(result).toMatchObject({ remaining: 6 });
  });

  test('rewrites the status column in place when run again after the groups changed', () => {
    const first = run(chineseList(), { action: 'status' });
    const again = planDuplicateAction(
      { ...snapshotOf(first.after, '客户'), meta: reloaded(first.after) },
      options(chineseList(), { action: 'status', clusters: [{ rows: [3, 6] }] }),
    );
    const sheet = findSheet(applyPlan(first.after, again.plan, { verify: true }), '客户')!;
    expect(sheet.values[0]).toHaveLength(8);
    expect(sheet.values.map((r) => r[7])).toEqual([
      '重复状态',
      '唯一',
      '重复（第 1 组）',
      '唯一',
      '唯一',
      '重复（第 1 组）',
      '唯一',
    ]);
    // Only the cells that change are written: three rows left group 1, two changed group number.
    expect(again.plan.edits.map((e) => e.row)).toEqual([2, 3, 4, 6, 7]);
  });

  test('finds an English status column when the sheet is worded in Chinese and keeps its header', () => {
    const snapshot = chineseList();
    snapshot.values = snapshot.values.map((r, i) => [...r, i === 0 ? 'Duplicate status' : 'Unique']);
    const { sheet } = run(snapshot, { action: 'status' });
    expect(sheet.values[0]).toHaveLength(8);
    expect(sheet.values[0]![7]).toBe('Duplicate status');
    expect(sheet.values[1]![7]).toBe('重复（第 1 组）');
  });

  test('saves the status header as unmapped so check does not read it as the customer status column', () => {
    const { after } = run(englishList(), { action: 'status' });
    const snapshot = { ...snapshotOf(after, 'Customers'), meta: reloaded(after) };
    const mapped = resolveContext(snapshot).mapping.columns.find((c) => c.header === 'Duplicate status');
    expect(mapped?.field ?? null).toBeNull();
  });

  test('leaves the status column out of the next search for duplicates', () => {
    const { after } = run(chineseList(), { action: 'status' });
    const snapshot = { ...snapshotOf(after, '客户'), meta: reloaded(after) };
    const ctx = resolveContext(snapshot);
    const found = findDuplicates(snapshot, { template: ctx.template, mapping: ctx.mapping });
    expect(found.clusters.map((c) => c.rows)).toEqual(
      findDuplicates(chineseList(), { template: ctx.template, mapping: ctx.mapping }).clusters.map((c) => c.rows),
    );
    expect(found.clusters.length).toBeGreaterThan(0);
    expect(found.clusters.flatMap((c) => c.reasons.map((r) => r.column))).not.toContain('重复状态');
  });

  test('undoes the status column after a reload, back to the original sheet', async () => {
    const { original, after } = run(englishList(), { action: 'status' });
    const id = readEntries(reloaded(after)).entries.at(-1)!.id;
    const restored = await undo(after, 'Customers', id);
    expect(findSheet(restored, 'Customers')!.values.map((r) => r.slice(0, 6))).toEqual(
      findSheet(original, 'Customers')!.values,
    );
    expect(findSheet(restored, 'Customers')!.values[0]![6] ?? null).toBeNull();
  });

  test('deletes every row but each group’s survivor, archives and logs them, and says what is left when the sheet is Chinese', () => {
    const { result, sheet, after } = run(chineseList(), { action: 'delete', survivors: { 0: 7 } });
    // Group 1 keeps row 7 (picked); group 2 keeps the merge stage's choice, row 3 (the more complete).
    expect(sheet.values.map((r) => r[0])).toEqual(['客户编号', 'C000002', 'C000004', 'C000006']);
    expect(sheet.formulas).toEqual({ F2: '=D2*E2', F3: '=D3*E3', F4: '=D4*E4' });
    expect(result.summary).toBe('处理了 2 组，删除 3 行，剩余 3 位客户');
    const archive = findSheet(after, '合并归档')!.values;
    expect(archive[0]!.slice(0, 7)).toEqual([
      '合并编号',
      '合并时间',
      '保留客户编号',
      '保留行',
      '原行号',
      '别名编号',
      '角色',
    ]);
    // A formula cell is archived as its value, with the formula in its note (as the merge archive keeps it).
    const notes = findSheet(after, '合并归档')!.extras ?? {};
    expect(archive.slice(1).map((r, i) => [r[3], r[4], r[5], r[6], r[7 + 5], notes[`M${i + 2}`]?.note])).toEqual([
      [7, 2, 'C000001', '已删除（重复）', 360, '=D2*E2'],
      [7, 4, 'C000003', '已删除（重复）', 240, '=D4*E4'],
      [3, 6, 'C000005', '已删除（重复）', 400, '=D6*E6'],
    ]);
    const log = findSheet(after, '操作日志')!.values;
    expect(log.slice(1).map((r) => r.slice(2, 7))).toEqual([
      ['删除重复', '客户', 'C000006（第7行）', '2, 4', '第 1 组'],
      ['删除重复', '客户', 'C000002（第3行）', '6', '第 2 组'],
    ]);
    expect(log[1]![0]).toBe('1');
  });

  test('undoes a delete from the history after a reload, formulas included', async () => {
    const { original, after } = run(chineseList(), { action: 'delete' });
    const entry = readEntries(reloaded(after)).entries.at(-1)!;
    expect(entry).toMatchObject({ kind: 'duplicateDelete', rowsRemoved: 3 });
    const restored = await undo(after, '客户', entry.id);
    expect(findSheet(restored, '客户')).toEqual(findSheet(original, '客户'));
    expect(findSheet(restored, '操作日志')!.values.at(-1)![2]).toBe('撤销');
  });

  test('deletes only the chosen group and keeps the others when one group is acted on', () => {
    const { result, sheet } = run(chineseList(), { action: 'delete', only: [1] });
    expect(sheet.values.map((r) => r[0])).toEqual(['客户编号', 'C000001', 'C000002', 'C000003', 'C000004', 'C000006']);
    expect(result.summary).toBe('处理了 1 组，删除 1 行，剩余 5 位客户');
  });

  test('copies every row of each group to a new sheet with the group and source row when the sheet is English', () => {
    const { result, sheet, after } = run(englishList(), { action: 'copy', sheetNames: ['Customers'] });
    expect(sheet.values).toHaveLength(4);
    expect(result).toMatchObject({ sheet: 'Duplicates', rows: 2, groups: 1, remaining: 3 });
    expect(result.summary).toBe('Copied 2 rows from 1 group to “Duplicates”');
    expect(findSheet(after, 'Duplicates')!.values).toEqual([
      ['Group', 'Source Row', 'Customer ID', 'First Name', 'Last Name', 'Email', 'Phone', 'Company'],
      [1, 2, 'C000101', 'Mary', 'Smith', 'mary.smith@example.com', '(415) 555-0100', 'Acme Inc.'],
      [1, 4, 'C000140', 'Mary', 'Smith', 'MARY.SMITH@example.com', '+1 415 555 0100', 'ACME'],
    ]);
    const [entry] = readEntries(reloaded(after)).entries;
    expect(entry).toMatchObject({ kind: 'duplicateCopy', sheet: 'Customers', sheets: { added: ['Duplicates'] } });
    expect(findSheet(after, 'Custodian Log')!.values[1]).toContain('0 cells, new sheet "Duplicates"');
  });

  test('undoing a copy after a reload deletes the copy sheet and leaves the list and the user’s own sheet', async () => {
    const snapshot = chineseList();
    const workbook = workbookFromSnapshot(snapshot);
    workbook.sheets.push({ ...emptySheet('重复客户'), values: [['我自己的备注']] });
    const { after } = run(snapshot, { action: 'copy', sheetNames: ['客户', '重复客户'] }, workbook);
    const id = readEntries(reloaded(after)).entries.at(-1)!.id;
    const restored = await undo(after, '客户', id);
    expect(restored.sheets.map((s) => s.name)).not.toContain('重复客户 (2)');
    expect(findSheet(restored, '重复客户')!.values).toEqual([['我自己的备注']]);
    expect(findSheet(restored, '客户')).toEqual(findSheet(workbook, '客户'));
    const undoEntry = readEntries(reloaded(restored)).entries.at(-1)!;
    expect(undoEntry).toMatchObject({ kind: 'undo', undoes: id, sheets: { added: [], removed: ['重复客户 (2)'] } });
    expect(findSheet(restored, '操作日志')!.values.at(-1)).toContain('0 个单元格，删除工作表“重复客户 (2)”');
  });

  test.each([
    [
      'en-US',
      englishList,
      'Duplicates',
      'The sheet "Duplicates" that operation 1 created has changed since (C3: Mary Jones)',
    ],
    [
      'zh-CN',
      chineseList,
      '重复客户',
      '操作 1 新建的工作表“重复客户”之后已被修改（C3: 张伟伟），撤销会连同这些修改一起删除该表',
    ],
  ] as const)(
    'refuses to undo a copy in %s when someone edited the copy sheet since, naming the sheet and cell',
    async (locale, list, name, message) => {
      const { after } = run(list(), { action: 'copy', sheetNames: [list().name] });
      const copy = findSheet(after, name)!;
      copy.values[2]![2] = name === 'Duplicates' ? 'Mary Jones' : '张伟伟';
      await expect(undo(after, list().name, '1', locale)).rejects.toThrow(message);
    },
  );

  test('refuses to undo a copy when rows were added to the copy sheet, and undoes it once the sheet is gone', async () => {
    const { after } = run(englishList(), { action: 'copy', sheetNames: ['Customers'] });
    findSheet(after, 'Duplicates')!.values.push([null, null, 'C000150', 'Ann']);
    await expect(undo(after, 'Customers', '1')).rejects.toThrow('(C4: C000150)');
    const gone = { ...after, sheets: after.sheets.filter((s) => s.name !== 'Duplicates') };
    const restored = await undo(gone, 'Customers', '1');
    expect(readEntries(reloaded(restored)).entries.at(-1)).toMatchObject({ kind: 'undo', undoes: '1' });
    expect(readEntries(reloaded(restored)).entries.at(-1)!.sheets).toBeUndefined();
  });

  test('never overwrites a user’s own sheet of that name: the copy gets a fresh one', () => {
    const snapshot = chineseList();
    const workbook = workbookFromSnapshot(snapshot);
    const mine = { ...emptySheet('重复客户'), values: [['我自己的备注']] };
    workbook.sheets.push(mine);
    const { result, after } = run(snapshot, { action: 'copy', sheetNames: ['客户', '重复客户'] }, workbook);
    expect(result.sheet).toBe('重复客户 (2)');
    expect(findSheet(after, '重复客户')!.values).toEqual([['我自己的备注']]);
    expect(findSheet(after, '重复客户 (2)')!.values.map((r) => r.slice(0, 3))).toEqual([
      ['组号', '原行号', '客户编号'],
      [1, 2, 'C000001'],
      [1, 4, 'C000003'],
      [1, 7, 'C000006'],
      [2, 3, 'C000002'],
      [2, 6, 'C000005'],
    ]);
    // A formula's result is copied, not its text (its references would point at the copy sheet).
    expect(findSheet(after, '重复客户 (2)')!.values[1]![7]).toBe(360);
  });

  test('names the copy by the time when the host lists no sheets, and a second copy differently', () => {
    const first = copySheetName('Duplicates', NOW, {});
    expect(first).toBe('Duplicates 2024-06-01 08.30');
    const { after } = run(englishList(), { action: 'copy' });
    expect(copySheetName('Duplicates', NOW, reloaded(after))).toBe('Duplicates 2024-06-01 08.30 (2)');
  });

  test('moves duplicates: copies each group, deletes the rows but the survivor, archives them, undoable', async () => {
    const { result, sheet, after, original } = run(englishList(), { action: 'move', sheetNames: ['Customers'] });
    expect(result.summary).toBe('Moved 1 row from 1 group to “Duplicates”; 2 customers remain');
    // Rows 2 and 4 are equally complete and undated: the lower row, 2, is kept.
    expect(sheet.values.map((r) => r[0])).toEqual(['Customer ID', 'C000101', 'C000102']);
    expect(findSheet(after, 'Duplicates')!.values).toHaveLength(3);
    const archive = findSheet(after, 'Custodian Archive')!.values;
    expect(archive.slice(1).map((r) => [r[2], r[3], r[4], r[6]])).toEqual([['C000101', 2, 4, 'moved (duplicate)']]);
    const log = findSheet(after, 'Custodian Log')!.values;
    expect(log[1]!.slice(2, 9)).toEqual([
      'move duplicates',
      'Customers',
      'C000101 (row 2)',
      '4',
      'group 1 → Duplicates',
      0.95,
      'Email: same address',
    ]);
    const id = readEntries(reloaded(after)).entries.at(-1)!.id;
    const restored = await undo(after, 'Customers', id);
    expect(findSheet(restored, 'Customers')).toEqual(findSheet(original, 'Customers'));
    // The sheet the move made goes with it; the archive keeps its record.
    expect(findSheet(restored, 'Duplicates')).toBeUndefined();
    expect(findSheet(restored, 'Custodian Archive')!.values).toHaveLength(2);
  });

  test('words counts of one in the singular and thousands with separators in English', () => {
    const snapshot = englishList();
    const rows: CellValue[][] = Array.from({ length: 1204 }, (_, i) => [
      `C${String(200000 + i)}`,
      `Name${i}`,
      'Lee',
      `p${i}@example.com`,
      '',
      '',
    ]);
    snapshot.values = [snapshot.values[0]!, ...rows];
    const { result } = run(snapshot, { action: 'delete', clusters: [{ rows: [2, 3] }] });
    expect(result.summary).toBe('Deleted 1 row from 1 group; 1,203 customers remain');
  });

  test('leaves out a group with a row outside the sheet and reports it', () => {
    const { result, sheet } = run(englishList(), { action: 'delete', clusters: [{ rows: [2, 9] }] });
    expect(sheet.values).toHaveLength(4);
    expect(result.groups).toBe(0);
    expect(result.problems.map((p) => p.code)).toEqual(['cluster.rowOutOfRange']);
  });
});
