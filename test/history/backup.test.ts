import { BACKUP_META, backupSheetName, listBackups, withBackup, type BackupInfo } from '../../shared/history/backup';
import { planRestore } from '../../shared/history/restore-backup';
import { readEntries } from '../../shared/history/operation-entry';
import { undoOperation } from '../../shared/history/undo-operation';
import { isCustodianSheet } from '../../shared/files/workbook-meta';
import { planClean } from '../../shared/operations/clean';
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

/** A Chinese team's list: full-width digits, spaced phones, a total column of formulas. */
function chineseSheet(): SheetSnapshot {
  return {
    name: '客户',
    values: [
      ['客户编号', '姓名', '手机', '城市', '单价', '数量', '合计'],
      ['C000001', ' 张伟 ', '+86 138 0013 8000', '北京', 120, 2, 240],
      ['C000002', '李娜', '139-0013-9000', '上海', 80, 3, 240],
      ['C000003', '王芳', '13700137000', '广州', 50, 1, 50],
    ],
    formulas: [
      { row: 2, col: 7, formula: '=E2*F2' },
      { row: 3, col: 7, formula: '=E3*F3' },
      { row: 4, col: 7, formula: '=E4*F4' },
    ],
    meta: {},
  };
}

/** A Western team's list: mixed-case emails and US phones typed every way. */
function westernSheet(): SheetSnapshot {
  return {
    name: 'Customers',
    values: [
      ['Customer ID', 'Name', 'Phone', 'Email'],
      ['C000001', 'John Smith', '(415) 555-0100', ' John.Smith@Example.com'],
      ['C000002', 'Mary Jones', '415.555.0101', 'mary@example.com'],
    ],
    meta: {},
  };
}

function oneEdit(sheet: string): Plan {
  const plan = emptyPlan(sheet);
  plan.edits.push({ row: 2, col: 2, before: 'x', after: 'y' });
  return plan;
}

function sheetOf(workbook: MemoryWorkbook, name: string) {
  const sheet = findSheet(workbook, name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Restore through a memory workbook, as the History view does: read both sheets, plan, apply. */
function restoreInMemory(workbook: MemoryWorkbook, info: BackupInfo): MemoryWorkbook {
  const { plan } = planRestore(snapshotOf(workbook, info.name), info, snapshotOf(workbook, info.sheet), {
    at: AT,
    locale: 'zh-CN',
  });
  return applyPlan(workbook, plan, { verify: true });
}

describe('backup', () => {
  test('copies the sheet as it was, formulas included, ahead of the edits when a Chinese sheet is cleaned', () => {
    const snapshot = chineseSheet();
    const { plan, summary } = planClean(snapshot, { locale: 'zh-CN', now: AT });
    expect(summary.backup).toMatchObject({ written: true, info: { slot: 1, rows: 4, columns: 7, before: 'clean' } });
    // A copy the host makes itself, not the sheet's cells carried in the plan.
    expect(plan.backup).toEqual({ name: '_custodian_backup_1' });
    expect(plan.sheets.some((s) => s.name.startsWith('_custodian_backup'))).toBe(false);
    const info = listBackups(plan.meta)[0]!;
    expect(info).toEqual({
      slot: 1,
      seq: 1,
      name: '_custodian_backup_1',
      sheet: '客户',
      rows: 4,
      columns: 7,
      at: AT.toISOString(),
      before: 'clean',
      operationId: '1',
    });

    const cleaned = applyPlan(workbookFromSnapshot(snapshot), plan, { verify: true });
    const backup = sheetOf(cleaned, '_custodian_backup_1');
    expect(backup.hidden).toBe(true);
    expect(backup.values).toEqual(snapshot.values);
    expect(backup.formulas).toEqual({ G2: '=E2*F2', G3: '=E3*F3', G4: '=E4*F4' });
    expect(sheetOf(cleaned, '客户').values[1]![1]).toBe('张伟');
  });

  test('keeps number formats, notes, links and validations when a Western sheet with formats is backed up', () => {
    const snapshot: SheetSnapshot = {
      ...westernSheet(),
      extras: [
        { row: 2, col: 2, note: 'VIP since 2019', link: 'https://crm.example.com/c/1' },
        { row: 3, col: 3, format: '@' },
      ],
      columnFormats: ['@', null, '@', null],
    };
    const workbook = workbookFromSnapshot(snapshot);
    sheetOf(workbook, 'Customers').validations.push({
      col: 4,
      firstRow: 2,
      lastRow: 100,
      kind: 'email',
      formula: '=ISNUMBER(SEARCH("@",D2))',
      allowBlank: true,
      strict: false,
    });
    const plan = emptyPlan('Customers');
    plan.edits.push({ row: 2, col: 4, before: ' John.Smith@Example.com', after: 'john.smith@example.com' });
    const { plan: backedUp } = withBackup(plan, snapshot, { before: 'clean', at: AT });
    const after = applyPlan(workbook, backedUp, { verify: true });
    const original = sheetOf(workbook, 'Customers');
    const backup = sheetOf(after, '_custodian_backup_1');
    expect(backup.values[1]![3]).toBe(' John.Smith@Example.com');
    expect(backup.extras).toEqual({
      B2: { note: 'VIP since 2019', link: 'https://crm.example.com/c/1' },
      C3: { format: '@' },
    });
    expect(backup.numberFormats).toEqual(original.numberFormats);
    expect(backup.validations).toEqual(original.validations);
    expect(sheetOf(after, 'Customers').values[1]![3]).toBe('john.smith@example.com');
  });

  test('writes no backup and says so when clean finds nothing to change', () => {
    const tidy: SheetSnapshot = {
      name: 'Customers',
      values: [
        ['Customer ID', 'Name'],
        ['C000001', 'Ann Lee'],
      ],
    };
    const { plan, summary } = planClean(tidy, { locale: 'en-US', now: AT });
    expect(summary.backup).toEqual({ written: false, why: 'noChange' });
    expect(plan.backup).toBeUndefined();
  });

  test('keeps the last three and rewrites the oldest slot when a fourth operation runs', () => {
    let workbook = workbookFromSnapshot(westernSheet());
    const slots: number[] = [];
    for (let n = 0; n < 4; n++) {
      const snapshot = snapshotOf(workbook, 'Customers');
      const plan = emptyPlan('Customers');
      plan.edits.push({ row: 2, col: 2, before: snapshot.values[1]![1]!, after: `John Smith ${n}` });
      const { plan: backedUp, backup } = withBackup(plan, snapshot, { before: 'clean', at: AT });
      if (backup.written) slots.push(backup.info.slot);
      workbook = applyPlan(workbook, backedUp, { verify: true });
    }
    expect(slots).toEqual([1, 2, 3, 1]);
    expect(workbook.meta[BACKUP_META.sequence]).toBe('4');
    expect(listBackups(workbook.meta).map((b) => [b.seq, b.slot])).toEqual([
      [4, 1],
      [3, 3],
      [2, 2],
    ]);
    // Slot 1 now holds the sheet before the fourth change, not the first.
    expect(sheetOf(workbook, backupSheetName(1)).values[1]![1]).toBe('John Smith 2');
    expect(workbook.sheets.filter((s) => s.name.startsWith('_custodian_backup_'))).toHaveLength(3);
  });

  test('writes no backup and reports the size when the sheet is over the cell limit', () => {
    const { plan, backup } = withBackup(oneEdit('Customers'), westernSheet(), {
      before: 'merge',
      at: AT,
      cellLimit: 11,
    });
    expect(backup).toEqual({ written: false, why: 'tooLarge', cells: 12, limit: 11 });
    expect(plan.backup).toBeUndefined();
    expect(plan.meta[BACKUP_META.sequence]).toBeUndefined();
  });

  test('skips a damaged description and lists the others when a backup entry was edited by hand', () => {
    const { plan } = withBackup(oneEdit('Customers'), westernSheet(), { before: 'clean', at: AT });
    const meta = { ...plan.meta, [`${BACKUP_META.slot}2`]: '{not json' };
    expect(listBackups(meta).map((b) => b.slot)).toEqual([1]);
  });

  test.each(['_custodian_backup_1', '_Custodian_Backup_3'])('counts %s as Custodian’s own sheet', (name) => {
    expect(isCustodianSheet(name, {})).toBe(true);
  });
});

describe('restore-backup', () => {
  test('makes the sheet equal to the backup when a Chinese sheet was cleaned and then edited by hand', () => {
    const snapshot = chineseSheet();
    const cleaned = applyPlan(workbookFromSnapshot(snapshot), planClean(snapshot, { locale: 'zh-CN', now: AT }).plan);
    // Someone adds a customer, deletes a formula and types over it.
    const edited = applyPlan(cleaned, {
      ...emptyPlan('客户'),
      insertRows: [{ row: 5, values: ['C000004', '赵磊', '13600136000', '深圳', 10, 10, 100] }],
      edits: [{ row: 3, col: 4, before: '上海', after: '杭州' }],
    });
    const [info] = listBackups(edited.meta);
    const restored = restoreInMemory(edited, info!);
    expect(sheetOf(restored, '客户').values).toEqual(snapshot.values);
    expect(sheetOf(restored, '客户').formulas).toEqual({ G2: '=E2*F2', G3: '=E3*F3', G4: '=E4*F4' });
    const { entries } = readEntries(restored.meta);
    expect(entries[entries.length - 1]).toMatchObject({ kind: 'restore', rowsRemoved: 1 });
  });

  test('puts formulas back and adds removed rows when a Western sheet lost rows and a formula', () => {
    const snapshot: SheetSnapshot = {
      name: 'Customers',
      values: [
        ['Customer ID', 'Name', 'Spend', 'Tax'],
        ['C000001', 'John Smith', 100, 8],
        ['C000002', 'Mary Jones', 200, 16],
        ['C000003', 'Ann Lee', 300, 24],
      ],
      formulas: [
        { row: 2, col: 4, formula: '=C2*0.08' },
        { row: 4, col: 4, formula: '=C4*0.08' },
      ],
      meta: {},
    };
    const { plan } = withBackup(oneEdit('Customers'), snapshot, { before: 'merge', at: AT });
    const withBackupSheet = applyPlan(workbookFromSnapshot(snapshot), { ...plan, edits: [] });
    // The list now: row 4 deleted, row 2's formula typed over with a number.
    const changed = applyPlan(
      {
        ...withBackupSheet,
        sheets: withBackupSheet.sheets.map((s) =>
          s.name === 'Customers' ? { ...s, formulas: {}, values: s.values.slice(0, 3) } : s,
        ),
      },
      { ...emptyPlan('Customers'), edits: [{ row: 2, col: 4, before: 8, after: 9 }] },
    );
    const restored = restoreInMemory(changed, listBackups(changed.meta)[0]!);
    expect(sheetOf(restored, 'Customers').values).toEqual(snapshot.values);
    expect(sheetOf(restored, 'Customers').formulas).toEqual({ D2: '=C2*0.08', D4: '=C4*0.08' });
  });

  test('is undone like any operation when the user changes their mind after a restore', async () => {
    const snapshot = westernSheet();
    const cleaned = applyPlan(workbookFromSnapshot(snapshot), planClean(snapshot, { locale: 'en-US', now: AT }).plan);
    const before = sheetOf(cleaned, 'Customers').values.map((row) => [...row]);
    let current = restoreInMemory(cleaned, listBackups(cleaned.meta)[0]!);
    expect(sheetOf(current, 'Customers').values).toEqual(snapshot.values);
    const restoreId = readEntries(current.meta).entries.find((e) => e.kind === 'restore')!.id;
    const result = await undoOperation(
      {
        meta: () => ({ ...current.meta }),
        read: (name) => (findSheet(current, name) ? snapshotOf(current, name) : undefined),
        apply: (plan) => (current = applyPlan(current, plan, { verify: true })),
      },
      restoreId,
      AT,
      'en-US',
    );
    expect(result.ok).toBe(true);
    expect(sheetOf(current, 'Customers').values).toEqual(before);
  });

  test('changes nothing and records nothing when the sheet already equals the backup', () => {
    const snapshot = westernSheet();
    const { plan } = withBackup(oneEdit('Customers'), snapshot, { before: 'clean', at: AT });
    const workbook = applyPlan(workbookFromSnapshot(snapshot), { ...plan, edits: [] });
    const info = listBackups(workbook.meta)[0]!;
    const result = planRestore(snapshotOf(workbook, info.name), info, snapshotOf(workbook, 'Customers'), {
      at: AT,
      locale: 'en-US',
    });
    expect(result).toMatchObject({ cells: 0, rowsAdded: 0, rowsRemoved: 0 });
    expect(readEntries(result.plan.meta).entries).toEqual([]);
  });
});
