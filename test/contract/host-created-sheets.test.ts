/**
 * The host contract for sheets an operation creates: every host deletes them when the operation is
 * undone (from the workbook's history, as the History view does after a reload), refuses when such a
 * sheet changed since, and leaves the customer sheet as it was before the operation.
 */
import { historyStatus, readEntries } from '../../shared/history';
import type { Locale } from '../../shared/i18n/locale';
import { emptyPlan } from '../../shared/plan/plan';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { readSheet, undoSavedOperation } from '../../shared/ui/history/undo-entry';
import type { TaskControl } from '../../shared/ui/tasks/use-task';
import { sheetsHost } from '../appsscript/contract-host';
import { duplicateActionPlan, TEAM_LIST } from '../support/duplicate-list';
import { excelHost, fileHost, memoryHost, type HostFactory, type HostUnderTest } from './hosts';

const LIST: SheetSnapshot = { name: '客户', values: TEAM_LIST, meta: {} };
const COPY_SHEET = '重复客户 2024-06-01 08.00';

const HOSTS: [string, HostFactory][] = [
  ['in memory', memoryHost],
  ['Excel (emulated Office.js)', excelHost],
  ['file (exceljs)', fileHost],
  ['Google Sheets (built Code.js, emulated SpreadsheetApp)', sheetsHost],
];

const control: TaskControl = {
  signal: new AbortController().signal,
  onProgress: () => undefined,
  step: () => undefined,
};

/** Runs a duplicate action on the host as the sidebar does: planned on the sheet it reads, applied whole. */
async function act(under: HostUnderTest, action: 'copy' | 'move'): Promise<string> {
  const snapshot = await under.host.readSnapshot();
  await under.host.applyPlan(duplicateActionPlan(snapshot, action));
  return readEntries((await under.host.readSnapshot()).meta ?? {}).entries.at(-1)!.id;
}

/** The history as the History view lists it: the sheets operations created read by name. */
async function statuses(under: HostUnderTest, locale: Locale) {
  const snapshot = await under.host.readSnapshot();
  const meta = snapshot.meta ?? {};
  const copy = await readSheet(under.host, COPY_SHEET);
  return historyStatus(
    readEntries(meta).entries,
    meta,
    (name) => (name === snapshot.name ? snapshot : name === COPY_SHEET ? copy : undefined),
    locale,
  );
}

describe.each(HOSTS)('sheets an operation created: %s', (_name, factory) => {
  test('undoing a copy to a new sheet deletes that sheet and leaves the list as it was', async () => {
    const under = factory(LIST);
    const before = under.sheet('客户');
    const id = await act(under, 'copy');
    expect(
      under
        .sheet(COPY_SHEET)!
        .values.slice(1)
        .map((r) => r.slice(0, 4)),
    ).toEqual([
      ['1', '2', 'C000001', '张伟'],
      ['1', '4', 'C000003', '张 伟'],
      ['2', '3', 'C000002', '李娜'],
      ['2', '6', 'C000005', '李娜'],
    ]);
    const [status] = await statuses(under, 'zh-CN');
    expect(status).toMatchObject({ undoable: true, entry: { kind: 'duplicateCopy', sheets: { added: [COPY_SHEET] } } });

    await undoSavedOperation(under.host, id, control, 'zh-CN');
    expect(under.sheet(COPY_SHEET)).toBeUndefined();
    expect(under.sheet('客户')).toEqual(before);
    expect(await under.host.sheetNames()).toEqual(['客户', '操作日志']);
  });

  test('undoing a copy whose sheet is the active one deletes it and the workbook can be read again', async () => {
    const under = factory(LIST);
    const id = await act(under, 'copy');
    // The sidebar shows the new sheet after a copy.
    await under.host.selectCell(COPY_SHEET, 1, 1);
    await undoSavedOperation(under.host, id, control, 'en-US');
    expect(under.sheet(COPY_SHEET)).toBeUndefined();
    // The host shows another sheet (Excel and Sheets their neighbour): reading it works.
    expect(await under.host.sheetNames()).toContain((await under.host.readSnapshot()).name);
  });

  test('undoing a move puts the rows back and deletes the sheet they were moved to', async () => {
    const under = factory(LIST);
    const before = under.sheet('客户');
    const id = await act(under, 'move');
    expect(under.sheet('客户')!.values).toHaveLength(4);
    await undoSavedOperation(under.host, id, control, 'zh-CN');
    expect(under.sheet('客户')).toEqual(before);
    expect(under.sheet(COPY_SHEET)).toBeUndefined();
  });

  test.each([
    ['zh-CN', `新建的工作表“${COPY_SHEET}”之后已被修改（D3: 张伟伟）`],
    ['en-US', `The sheet "${COPY_SHEET}" that operation 1 created has changed since (D3: 张伟伟)`],
  ] as const)(
    'refuses in %s to undo a copy whose sheet someone edited since, and keeps the sheet',
    async (locale, message) => {
      const under = factory(LIST);
      const id = await act(under, 'copy');
      const edit = emptyPlan(COPY_SHEET);
      edit.edits.push({ row: 3, col: 4, before: '张 伟', after: '张伟伟' });
      await under.host.applyPlan(edit);

      const [status] = await statuses(under, locale);
      expect(status).toMatchObject({ undoable: false, refusal: { code: 'sheetChanged', sheet: COPY_SHEET } });
      expect(status!.refusal!.message).toContain(message);
      await expect(undoSavedOperation(under.host, id, control, locale)).rejects.toThrow(message);
      expect(under.sheet(COPY_SHEET)!.values[2]![3]).toBe('张伟伟');
    },
  );

  test('undoes a copy whose sheet the user deleted already: there is nothing left to delete', async () => {
    const under = factory(LIST);
    const id = await act(under, 'copy');
    await under.host.applyPlan({ ...emptyPlan('客户'), deleteSheets: [{ name: COPY_SHEET, hidden: false, rows: [] }] });
    expect(under.sheet(COPY_SHEET)).toBeUndefined();
    await undoSavedOperation(under.host, id, control, 'zh-CN');
    const meta = (await under.host.readSnapshot()).meta ?? {};
    expect(readEntries(meta).entries.at(-1)).toMatchObject({ kind: 'undo', undoes: id });
  });
});
