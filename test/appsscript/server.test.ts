/**
 * The built Apps Script project (dist/appsscript/Code.js) in a vm over the emulator, driven by the
 * sidebar's Google Sheets host: the bundle's shape, the menu and sidebar, and read → setup → clean
 * → merge → undo on 100 and 10,000 rows, with the cells compared to the reference host and the
 * Range calls per operation counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { planSetup } from '../../shared/operations/setup';
import { planClean } from '../../shared/operations/clean';
import { resolveContext } from '../../shared/operations/options';
import { planMerge, planUndo } from '../../shared/merge';
import { invertPlan } from '../../shared/plan/invert-plan';
import { expectSameSheets } from './compare';
import { Reference } from './reference';
import { buildGas, loadServer, readDist, ROOT } from './gas-runtime';
import { createEmulator } from './emulator/services';
import { messyList, SCORE_COL, SHEET } from './fixtures';
import { startSession, type OperationCalls, type Session } from './pipeline';
import { client } from './sidebar-modules';

const NOW = new Date('2024-07-01T02:00:00.000Z');
const UNDO_CELLS_PER_CALL = 20_000;
const SIDEBAR_TEMPLATE = readFileSync(path.join(ROOT, 'appsscript', 'client', 'Sidebar.html'), 'utf8');
let code = '';

beforeAll(() => {
  buildGas({ sidebar: false });
  code = readDist('Code.js');
});

/** Names the sidebar passes to google.script.run (`server('name', …)` in appsscript/client). */
function namesTheSidebarCalls(): string[] {
  const dir = path.join(ROOT, 'appsscript', 'client');
  const names = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => /\.tsx?$/.test(f))) {
    for (const match of readFileSync(path.join(dir, file), 'utf8').matchAll(/\bserver\('(\w+)'/g)) names.add(match[1]!);
  }
  return [...names].sort();
}

describe('Code.js', () => {
  test('has no module statements left', () => {
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  test('declares a top-level function for every export and every function the sidebar calls', () => {
    const emulator = createEmulator();
    emulator.addSheet(SHEET, [['Name']]);
    const server = loadServer(code, emulator);
    const exports = Object.keys((server.context as { Custodian: object }).Custodian).sort();
    const called = namesTheSidebarCalls();
    expect(called).toEqual(['applyPlan', 'checkEdits', 'environment', 'readSnapshot', 'selectCell', 'sheetNames']);
    for (const name of [...exports, ...called]) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
      expect(server.has(name)).toBe(true);
    }
  });
});

describe('menu and sidebar', () => {
  test('onOpen (and onInstall) adds the Custodian menu; every item calls a top-level function', () => {
    const emulator = createEmulator();
    emulator.addSheet(SHEET, [['Name']]);
    const server = loadServer(code, emulator);
    server.call('onOpen', { authMode: 'LIMITED' });
    expect(emulator.menus).toHaveLength(1);
    const menu = emulator.menus[0]!;
    expect(menu.title).toBe('Custodian');
    const items = menu.items.filter((i) => i !== 'separator');
    expect(items.map((i) => i.caption)).toEqual([
      'Open sidebar',
      'Set up template',
      'Check',
      'Clean',
      'Find duplicates',
    ]);
    for (const item of items) expect(server.has(item.functionName)).toBe(true);
    server.call('onInstall', { authMode: 'FULL' });
    expect(emulator.menus).toHaveLength(2);
    expect(emulator.menus[1]).toEqual(menu);
  });

  test.each([
    ['showSidebar', ''],
    ['openSetup', 'setup'],
    ['openCheck', 'check'],
    ['openClean', 'clean'],
    ['openDuplicates', 'duplicates'],
  ])('%s opens the sidebar on the view "%s"', (fn, view) => {
    const emulator = createEmulator({ files: { Sidebar: SIDEBAR_TEMPLATE } });
    emulator.addSheet(SHEET, [['Name']]);
    loadServer(code, emulator).call(fn);
    expect(emulator.sidebars).toHaveLength(1);
    expect(emulator.sidebars[0]!.title).toBe('Custodian');
    expect(emulator.sidebars[0]!.content).toContain(`<div id="root" data-view="${view}"></div>`);
  });

  test('environment answers the user locale', async () => {
    for (const [userLocale, locale] of [
      ['zh_CN', 'zh-CN'],
      ['en_GB', 'en-US'],
      ['fr', 'en-US'],
    ] as const) {
      const session = startSession(code, (e) => e.addSheet(SHEET, [['Name']]), { userLocale });
      await expect(session.host.environment()).resolves.toEqual({ locale, theme: 'light' });
    }
  });

  test('selectCell activates the sheet and the cell', async () => {
    const session = startSession(code, (e) => {
      e.addSheet(SHEET, [['Name'], ['x']]);
      e.addSheet('Other', [['y']], { active: true });
    });
    await session.host.selectCell(SHEET, 2, 1);
    expect(session.emulator.book.active?.name).toBe(SHEET);
    expect(session.emulator.book.selection).toEqual({ sheet: SHEET, row: 2, col: 1 });
    await expect(session.host.selectCell('Gone', 1, 1)).rejects.toMatchObject({
      name: 'HostError',
      step: 'selecting a cell',
    });
  });
});

interface PipelineResult {
  calls: Record<string, OperationCalls>;
  widthAfterSetup: number;
  undoCleanCalls: { pieces: number; checks: number };
}

function expectSame(session: Session, reference: Reference, step: string): void {
  try {
    expectSameSheets(session.emulator, reference.workbook);
  } catch (error) {
    throw new Error(`after ${step}: ${(error as Error).message}`, { cause: error });
  }
}

async function runPipeline(dataRows: number): Promise<PipelineResult> {
  const { values, formulas } = messyList(dataRows);
  const session = startSession(code, (e) => e.addSheet(SHEET, values, { formulas }));
  const { host, emulator } = session;

  const snapshot = await session.measure('read', () => host.readSnapshot());
  expect(snapshot.values).toHaveLength(dataRows + 1);
  expect(snapshot.values[1]![6]).toEqual(new Date('2024-06-01T00:00:00.000Z'));
  expect(snapshot.formulas).toHaveLength(dataRows);
  const reference = new Reference(snapshot);

  const setup = planSetup(snapshot, { now: NOW });
  await session.measure('setup', () => host.applyPlan(setup.plan));
  reference.apply(setup.plan);
  expectSame(session, reference, 'setup');
  const sheet = emulator.book.sheet(SHEET)!;
  expect(sheet.frozenRows).toBe(1);
  expect(sheet.filter).toMatchObject({ row: 1, col: 1, rows: dataRows + 1 });
  // The header row and the ID column, protected for real (not a warning).
  expect(sheet.protections).toEqual([
    expect.objectContaining({
      description: 'Custodian: header row',
      warningOnly: false,
      range: expect.objectContaining({ row: 1, rows: 1 }),
    }),
    expect.objectContaining({ description: 'Custodian: customer ID column', warningOnly: false }),
  ]);
  expect(sheet.rules.map((r) => r.formula)).toContain('=AND(COUNTA(2:2)>0,LEN(TRIM(B2))=0)');
  expect(sheet.cell(dataRows + 1, 6)?.validation).toMatchObject({ criteria: 'VALUE_IN_LIST', allowInvalid: false });
  expect(emulator.book.sheet('_custodian')?.hidden).toBe(true);

  const afterSetup = await session.measure('read after setup', () => host.readSnapshot());
  expect(afterSetup.meta).toEqual(reference.workbook.meta);
  const clean = planClean(afterSetup, { now: NOW });
  expect(clean.plan.edits.length).toBeGreaterThan(dataRows);
  await session.measure('clean', () => host.applyPlan(clean.plan));
  reference.apply(clean.plan);
  expectSame(session, reference, 'clean');
  expect(emulator.valuesOf(SHEET)[1]!.slice(0, 5)).toEqual([
    'C000001',
    '张伟',
    '男',
    '13800138000',
    'user0@example.com',
  ]);
  expect(emulator.formulasOf(SHEET)[`J${dataRows + 1}`]).toBe(`=LEN(B${dataRows + 1})*10`);

  const beforeMerge = await host.readSnapshot();
  const ctx = resolveContext(beforeMerge);
  const merge = planMerge(beforeMerge, [{ rows: [2, 9] }, { rows: [20, 27, 41] }], {
    template: ctx.template,
    mapping: ctx.mapping,
    locale: ctx.locale,
    now: NOW,
  });
  expect(merge.problems.filter((p) => p.severity === 'error')).toEqual([]);
  await session.measure('merge', () => host.applyPlan(merge.plan));
  reference.apply(merge.plan);
  expectSame(session, reference, 'merge');
  expect(emulator.valuesOf(SHEET)).toHaveLength(dataRows + 1 - 3);
  expect(emulator.book.sheet('合并归档')).toBeDefined();

  // Each merge is undone on its own, latest first, from the sheet as it is then (as the sidebar does).
  for (const [index, record] of [...merge.merges].reverse().entries()) {
    const current = await host.readSnapshot();
    const undo = planUndo(current.meta ?? {}, record.mergeId, NOW, { current });
    if (!undo.ok) throw new Error(undo.error.message);
    await session.measure(`undo merge ${index + 1}`, () => host.applyPlan(undo.plan));
    reference.apply(undo.plan);
  }
  expectSame(session, reference, 'undo merge');
  expect(emulator.valuesOf(SHEET)).toHaveLength(dataRows + 1);

  // The sidebar can select any cell and tell its language, however big the sheet.
  await host.selectCell(SHEET, dataRows + 1, 4);
  expect(emulator.book.selection).toEqual({ sheet: SHEET, row: dataRows + 1, col: 4 });
  await expect(host.environment()).resolves.toEqual({ locale: 'en-US', theme: 'light' });

  // Undoing the clean goes through a host that sends at most UNDO_CELLS_PER_CALL cells per call:
  // on 10,000 rows it checks every edit first (checkEdits), then applies the plan in pieces.
  const undoClean = invertPlan(clean.plan);
  await session.measure('undo clean', () => session.hostWithCallsOf(UNDO_CELLS_PER_CALL).applyPlan(undoClean));
  reference.apply(undoClean);
  expectSame(session, reference, 'undo clean');
  expect(emulator.valuesOf(SHEET)[1]!.slice(0, 5)).toEqual([
    'C000001',
    '张 伟',
    '男',
    '+86 138 0013 8000',
    'User0@Example.com ',
  ]);

  const pieces = client.splitPlan(undoClean, UNDO_CELLS_PER_CALL).length;
  const checks = pieces > 1 ? Math.ceil(undoClean.edits.length / UNDO_CELLS_PER_CALL) : 0;
  expect(session.calls['undo clean']!.serverCalls).toBe(pieces + checks);
  return { calls: session.calls, widthAfterSetup: afterSetup.values[0]!.length, undoCleanCalls: { pieces, checks } };
}

describe('read, set up, clean, merge, undo', () => {
  const results: Record<number, PipelineResult> = {};

  test.each([100, 10_000])("on %d rows gives the reference host's cells", async (rows) => {
    results[rows] = await runPipeline(rows);
  });

  test('Range calls per operation do not grow with the number of rows (reads: per chunk of rows)', () => {
    const small = results[100]!;
    const large = results[10_000]!;
    const summary = Object.fromEntries(
      Object.keys(small.calls).map((op) => [
        op,
        { '100 rows': pick(small.calls[op]!), '10,000 rows': pick(large.calls[op]!) },
      ]),
    );
    console.log(
      `Range calls per operation:\n${JSON.stringify(summary, null, 1)}\nundo clean in calls of ${UNDO_CELLS_PER_CALL} cells: ${JSON.stringify(large.undoCleanCalls)}`,
    );

    // A read is one server call per chunk of MAX_CELLS_PER_CALL cells, five Range reads each (values,
    // formulas, formats, notes, rich text for links; plus one for the meta sheet once it exists):
    // it grows with the sheet, by chunks.
    const chunks = (rows: number, width: number) => Math.ceil(rows / Math.floor(client.MAX_CELLS_PER_CALL / width));
    const widthBefore = messyList(1).values[0]!.length;
    expect(small.calls.read!.serverCalls).toBe(1);
    expect(large.calls.read!.serverCalls).toBe(chunks(10_001, widthBefore));
    expect(large.calls['read after setup']!.serverCalls).toBe(chunks(10_001, large.widthAfterSetup));
    for (const op of ['read', 'read after setup']) {
      expect(large.calls[op]!.reads - small.calls[op]!.reads).toBe(
        5 * (large.calls[op]!.serverCalls - small.calls[op]!.serverCalls),
      );
    }

    // Writes: one server call per plan that fits one, the same Range calls at both sizes.
    for (const op of ['setup', 'clean', 'merge', 'undo merge 1', 'undo merge 2']) {
      expect({ op, ...pick(large.calls[op]!) }).toEqual({ op, ...pick(small.calls[op]!) });
    }
    // A plan in pieces: at most what one piece makes at the small size, per piece (and per check).
    const { pieces, checks } = large.undoCleanCalls;
    expect(small.undoCleanCalls).toEqual({ pieces: 1, checks: 0 });
    expect(pieces).toBeGreaterThan(1);
    const one = small.calls['undo clean']!;
    const many = large.calls['undo clean']!;
    expect(many.writes).toBeLessThanOrEqual(pieces * one.writes);
    expect(many.reads).toBeLessThanOrEqual((pieces + checks) * one.reads);
    expect(many.structure).toBe(0);
  });
});

function pick(calls: OperationCalls) {
  return { reads: calls.reads, writes: calls.writes, structure: calls.structure, serverCalls: calls.serverCalls };
}

void SCORE_COL;
