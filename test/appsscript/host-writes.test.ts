/**
 * The Google Sheets host's rules for writing, through the built Code.js: formulas are never
 * overwritten (and a plan sent in several calls is checked whole first), values keep their type
 * (quote prefix, dates in the spreadsheet's time zone), long meta values are split over cells,
 * and setting up twice does not pile up rules, protections or filters.
 */
import { planSetup } from '../../shared/operations/setup';
import { planClean } from '../../shared/operations/clean';
import { emptyPlan, type CellEdit, type Plan } from '../../shared/plan/plan';
import { expectSameSheets } from './compare';
import { buildGas, readDist } from './gas-runtime';
import { dateSerial } from './emulator/time-zone';
import { messyList, SHEET } from './fixtures';
import { startSession } from './pipeline';
import { Reference } from './reference';
import { client } from './sidebar-modules';

let code = '';
beforeAll(() => {
  buildGas({ sidebar: false });
  code = readDist('Code.js');
});

function messySession(rows: number, options: { maxCellsPerCall?: number; timeZone?: string } = {}) {
  const { values, formulas } = messyList(rows);
  return startSession(code, (e) => e.addSheet(SHEET, values, { formulas }), options);
}

function plan(parts: Partial<Plan>): Plan {
  return { ...emptyPlan(SHEET), ...parts };
}

describe('formulas', () => {
  test('an edit of a formula cell is refused before anything is written', async () => {
    const session = messySession(5);
    const edits = [
      { row: 2, col: 2, before: '张 伟', after: '张伟' },
      { row: 3, col: 10, before: 10, after: 99 },
    ];
    await expect(session.host.applyPlan(plan({ edits }))).rejects.toMatchObject({
      name: 'HostError',
      step: 'writing cell values',
      message: expect.stringContaining(`${SHEET}!J3 holds the formula =LEN(B3)*10`),
    });
    expect(session.emulator.valuesOf(SHEET)[1]![1]).toBe('张 伟');
  });

  test('a plan sent in several calls is checked whole before its first write', async () => {
    const session = messySession(40, { maxCellsPerCall: 10 });
    const edits: CellEdit[] = Array.from({ length: 30 }, (_, i) => ({
      row: i + 2,
      col: 9,
      before: `x-${i}`,
      after: `y-${i}`,
    }));
    edits.push({ row: 41, col: 10, before: 0, after: 1 });
    await expect(session.measure('apply', () => session.host.applyPlan(plan({ edits })))).rejects.toMatchObject({
      step: 'writing cell values',
    });
    expect(session.stats.calls.map((c) => c.name)).toEqual(['checkEdits', 'checkEdits', 'checkEdits', 'checkEdits']);
    expect(session.emulator.valuesOf(SHEET)[1]![8]).toBe('x-0');
  });

  test('a sheet to delete travels by name in one small piece, however many rows it held', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [1, i + 2, `客户${i}`]);
    const undo: Plan = { ...emptyPlan(SHEET), deleteSheets: [{ name: '重复客户', hidden: false, rows }] };
    expect(client.splitPlan(undo, 50)).toEqual([
      { ...emptyPlan(SHEET), deleteSheets: [{ name: '重复客户', hidden: false, rows: [] }] },
    ]);
  });

  test('what deleting rows took goes back after every insert of an undo in pieces, in one piece of its own', () => {
    const kept = { sheet: SHEET, address: 'D8', before: '=SUM(D2:D7)', predicted: '=SUM(D2:D6)' };
    const footprint = { sheet: SHEET, rows: [6, 7], formulas: [kept], names: [] };
    const undo: Plan = {
      ...emptyPlan(SHEET),
      insertRows: [6, 7].map((row) => ({ row, values: ['C00000' + row, '客户', 100] })),
      footprints: [footprint],
      meta: { 'rows.4': '' },
    };
    const pieces = client.splitPlan(undo, 3);
    expect(pieces.map((p) => [p.insertRows.map((r) => r.row), p.footprints?.length ?? 0, p.meta])).toEqual([
      [[6], 0, {}],
      [[7], 0, {}],
      [[], 1, {}],
      [[], 0, { 'rows.4': '' }],
    ]);
    expect(pieces[2]!.footprints).toEqual([footprint]);
  });

  test('a big plan in pieces gives the same sheet as in one call, with progress per call', async () => {
    const single = messySession(60);
    const pieces = messySession(60, { maxCellsPerCall: 50 });
    const snapshot = await single.host.readSnapshot();
    const cleanPlan = planClean(snapshot).plan;
    expect(client.splitPlan(cleanPlan, 50).length).toBeGreaterThan(3);
    const progress: number[] = [];
    await single.host.applyPlan(cleanPlan);
    await pieces.measure('clean', () =>
      pieces.host.applyPlan(cleanPlan, { onProgress: (p) => progress.push(p.done / p.total) }),
    );
    expect(pieces.calls.clean!.serverCalls).toBe(
      Math.ceil(cleanPlan.edits.length / 50) + client.splitPlan(cleanPlan, 50).length,
    );
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
    const reference = new Reference(snapshot);
    reference.apply(cleanPlan);
    expectSameSheets(pieces.emulator, reference.workbook);
    expect(pieces.emulator.valuesOf(SHEET)).toEqual(single.emulator.valuesOf(SHEET));
  });
});

describe('values', () => {
  test('text that Sheets would reparse is written as text; dates follow the column', async () => {
    const session = startSession(
      code,
      (e) =>
        e.addSheet(SHEET, [
          ['Code', 'Phone', 'Joined', 'Note'],
          ['a', 'b', new Date('2024-01-02T00:00:00Z'), 'c'],
        ]),
      { timeZone: 'America/Los_Angeles' },
    );
    const edits = [
      { row: 2, col: 1, before: 'a', after: '00123' },
      { row: 2, col: 2, before: 'b', after: '+86 138 0013 8000' },
      { row: 2, col: 3, before: new Date('2024-01-02T00:00:00Z'), after: '2024-07-01' },
      { row: 2, col: 4, before: 'c', after: new Date('2024-03-05T00:00:00Z') },
      { row: 3, col: 1, before: null, after: '=1+1' },
      { row: 3, col: 2, before: null, after: 'TRUE' },
    ];
    await session.host.applyPlan(plan({ edits }));
    expect(session.emulator.valuesOf(SHEET).slice(1)).toEqual([
      ['00123', '+86 138 0013 8000', '2024-07-01', '2024-03-05'],
      ['=1+1', 'TRUE', null, null],
    ]);
    expect(session.emulator.formulasOf(SHEET)).toEqual({});
    expect(session.emulator.book.sheet(SHEET)!.cell(2, 4)!.format).toBe('yyyy-mm-dd');
    const snapshot = await session.host.readSnapshot();
    expect(snapshot.values[1]).toEqual([
      '00123',
      '+86 138 0013 8000',
      new Date('2024-07-01T00:00:00Z'),
      new Date('2024-03-05T00:00:00Z'),
    ]);
  });

  test.each(['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Auckland'])(
    'a date cell reads as UTC midnight of the date shown in %s; times stay serials',
    async (timeZone) => {
      const session = startSession(
        code,
        (e) => {
          const model = e.addSheet(SHEET, [
            ['Date', 'At', 'Time'],
            [null, null, null],
          ]);
          Object.assign(model.at(2, 1), { value: dateSerial(2024, 3, 10), format: 'yyyy-mm-dd' });
          Object.assign(model.at(2, 2), { value: dateSerial(2024, 3, 10) + 0.75, format: 'M/d/yyyy H:mm:ss' });
          Object.assign(model.at(2, 3), { value: 0.5, format: 'h:mm am/pm' });
        },
        { timeZone },
      );
      const snapshot = await session.host.readSnapshot();
      expect(snapshot.values[1]).toEqual([new Date('2024-03-10T00:00:00Z'), new Date('2024-03-10T00:00:00Z'), 0.5]);
      expect(snapshot.columnFormats).toEqual(['yyyy-mm-dd', 'M/d/yyyy H:mm:ss', 'h:mm am/pm']);
    },
  );

  test('a meta value longer than a cell holds is split over cells and read back whole; "" removes it', async () => {
    const session = messySession(3);
    const long = 'x'.repeat(120_000);
    await session.host.applyPlan(plan({ meta: { 'history.big': long, small: '007' } }));
    const metaSheet = session.emulator.book.sheet('_custodian')!;
    expect(metaSheet.hidden).toBe(true);
    expect(metaSheet.lastColumn()).toBe(4);
    expect((await session.host.readSnapshot()).meta).toEqual({ 'history.big': long, small: '007' });
    await session.host.applyPlan(plan({ meta: { 'history.big': '' } }));
    expect((await session.host.readSnapshot()).meta).toEqual({ small: '007' });
  });
});

describe('formatting', () => {
  test('long option lists become a range rule on the hidden lists sheet', async () => {
    const session = messySession(3);
    const options = Array.from({ length: 40 }, (_, i) => `选项${i}`);
    await session.host.applyPlan(
      plan({
        sheets: [{ name: '_custodian_lists', hidden: true, mode: 'replace', rows: options.map((o) => [o]) }],
        validations: [
          {
            col: 6,
            firstRow: 2,
            lastRow: 50,
            source: {
              kind: 'range',
              sheet: '_custodian_lists',
              range: "'_custodian_lists'!$A$1:$A$40",
              values: options,
            },
            allowBlank: true,
            strict: false,
            prompt: '请选择',
          },
        ],
      }),
    );
    expect(session.emulator.book.sheet('_custodian_lists')!.hidden).toBe(true);
    expect(session.emulator.book.active?.name).toBe(SHEET);
    expect(session.emulator.book.sheet(SHEET)!.cell(50, 6)!.validation).toEqual({
      criteria: 'VALUE_IN_RANGE',
      values: [],
      range: '_custodian_lists!A1:A40',
      showDropdown: true,
      allowInvalid: true,
      helpText: '请选择',
    });
  });

  test('setting up twice leaves one highlight rule per column, one protection per area and one filter', async () => {
    const session = messySession(20);
    const setup = planSetup(await session.host.readSnapshot()).plan;
    await session.host.applyPlan(setup);
    const sheet = session.emulator.book.sheet(SHEET)!;
    const rules = sheet.rules.length;
    expect(rules).toBe(setup.required.length);
    await session.host.applyPlan(setup);
    expect(sheet.rules).toHaveLength(rules);
    // The header row and each ID column.
    const areas = setup.protection && !('remove' in setup.protection) ? 1 + setup.protection.cols.length : 0;
    expect(areas).toBeGreaterThan(0);
    expect(sheet.protections).toHaveLength(areas);
    expect(sheet.filter).not.toBeNull();
    expect(sheet.cell(1, setup.required[0]!.col)).toMatchObject({ bold: true, background: '#FFF4CE', note: '必填' });
  });
});

describe('calls', () => {
  test('reads big sheets in chunks with progress; a cancelled read stops before the next call', async () => {
    const session = messySession(99, { maxCellsPerCall: 100 });
    const progress: Array<[number, number]> = [];
    const snapshot = await session.measure('read', () =>
      session.host.readSnapshot({ onProgress: (p) => progress.push([p.done, p.total]) }),
    );
    expect(snapshot.values).toHaveLength(100);
    expect(session.calls.read!.serverCalls).toBe(10);
    expect(progress.at(-1)).toEqual([100, 100]);
    const controller = new AbortController();
    controller.abort();
    await expect(session.host.readSnapshot({ signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  test('a server function the project lacks is a HostError naming the push to make', async () => {
    const session = messySession(1);
    delete (session.server.context as Record<string, unknown>).applyPlan;
    await expect(session.host.applyPlan(plan({ meta: { a: 'b' } }))).rejects.toMatchObject({
      name: 'HostError',
      step: 'talking to Google Sheets',
      message: expect.stringContaining('npm run push:gas'),
    });
  });
});
