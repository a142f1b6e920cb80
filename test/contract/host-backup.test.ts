/**
 * The host contract for backups: every host copies the sheet into a hidden backup, reads it back by name,
 * and applying the restore plan leaves the customer sheet as it was (values and formulas), as the
 * in-memory reference does; the restore is then undone like any operation.
 */
import { listBackups, withBackup } from '../../shared/history/backup';
import { planRestore } from '../../shared/history/restore-backup';
import { readEntries } from '../../shared/history/operation-entry';
import { undoOperation } from '../../shared/history/undo-operation';
import { emptyPlan } from '../../shared/plan/plan';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { sheetsHost } from '../appsscript/contract-host';
import { excelHost, fileHost, memoryHost, type HostFactory } from './hosts';

const AT = new Date('2024-06-01T08:30:00.000Z');

/** A Chinese team's order list: a total column of formulas, phones as typed. */
const ORDERS: SheetSnapshot = {
  name: '客户',
  values: [
    ['客户编号', '姓名', '手机', '单价', '数量', '合计'],
    ['C000001', '张伟', '+86 138 0013 8000', 120, 2, 240],
    ['C000002', '李娜', '139-0013-9000', 80, 3, 240],
    ['C000003', '王芳', '13700137000', 50, 1, 50],
  ],
  formulas: [
    { row: 2, col: 6, formula: '=D2*E2' },
    { row: 3, col: 6, formula: '=D3*E3' },
    { row: 4, col: 6, formula: '=D4*E4' },
  ],
  meta: {},
};

const HOSTS: [string, HostFactory][] = [
  ['in memory', memoryHost],
  ['Excel (emulated Office.js)', excelHost],
  ['file (exceljs)', fileHost],
  ['Google Sheets (built Code.js, emulated SpreadsheetApp)', sheetsHost],
];

describe.each(HOSTS)('host backup: %s', (_name, factory) => {
  test('restores the sheet as backed up, and undoes the restore, after an edit and a deleted row', async () => {
    const subject = factory(ORDERS);
    const { host } = subject;
    const before = subject.sheet('客户')!;
    const start = await host.readSnapshot({ sheet: '客户' });
    // The operation: tidy two phones and remove the last customer.
    const plan = emptyPlan('客户');
    plan.edits.push({ row: 2, col: 3, before: '+86 138 0013 8000', after: '13800138000' });
    plan.edits.push({ row: 3, col: 3, before: '139-0013-9000', after: '13900139000' });
    plan.deleteRows.push({
      row: 4,
      values: [...ORDERS.values[3]!],
      formulas: [null, null, null, null, null, '=D4*E4'],
    });
    await host.applyPlan(withBackup(plan, start, { before: 'clean', at: AT }).plan);
    const changed = subject.sheet('客户')!;
    expect(changed).not.toEqual(before);
    expect(await host.sheetNames()).toEqual(['客户']);

    const [info] = listBackups((await host.readSnapshot({ sheet: '客户' })).meta ?? {});
    // The host's own copy, made before the edits: the sheet as it was, formulas included.
    expect(subject.sheet(info!.name)).toEqual(before);
    const backup = await host.readSnapshot({ sheet: info!.name });
    const current = await host.readSnapshot({ sheet: '客户' });
    const restore = planRestore(backup, info!, current, { at: AT, locale: 'zh-CN' });
    expect(restore).toMatchObject({ cells: 2, rowsAdded: 1, rowsRemoved: 0 });
    await host.applyPlan(restore.plan);
    expect(subject.sheet('客户')).toEqual(before);

    const meta = (await host.readSnapshot({ sheet: '客户' })).meta ?? {};
    const id = readEntries(meta).entries.find((e) => e.kind === 'restore')!.id;
    const undone = await undoOperation(
      {
        meta: async () => (await host.readSnapshot({ sheet: '客户' })).meta ?? {},
        read: (sheet) => host.readSnapshot({ sheet }),
        apply: (p) => host.applyPlan(p),
      },
      id,
      AT,
      'zh-CN',
    );
    expect(undone.ok).toBe(true);
    expect(subject.sheet('客户')).toEqual(changed);
  });
});
