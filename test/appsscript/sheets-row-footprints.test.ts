/**
 * Row footprints through the Google Sheets host (appsscript/server/row-footprints.ts): a merge run
 * sent in many pieces (a big list, or a sidebar of few cells per call) reads around every row it
 * deletes once, before the first of them goes, and keeps the footprint in the spreadsheet at once;
 * its undo, sent in pieces too, gives the 合计 and the summary sheet back after its last insert. The
 * Range calls do not grow with the list.
 */
import { readEntries, undoOperation } from '../../shared/history';
import { planMerge } from '../../shared/merge';
import type { SpreadsheetHost } from '../../shared/host/host';
import { readSheet } from '../../shared/ui/history/undo-entry';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import { buildGas, readDist } from './gas-runtime';
import { startSession } from './pipeline';

const NOW = new Date(Date.UTC(2024, 5, 1, 8, 0, 0));
let code = '';

beforeAll(() => {
  buildGas({ sidebar: false });
  code = readDist('Code.js');
});

/** `n` customers, every tenth repeating the one before it, the last among them; a 合计 under them and 汇总 reading them. */
function seedTeam(n: number) {
  return (emulator: ReturnType<typeof startSession>['emulator']) => {
    const rows: unknown[][] = [['客户编号', '姓名', '手机', '累计消费金额']];
    for (let i = 1; i <= n; i++) {
      const twin = i % 10 === 0 ? i - 1 : i;
      rows.push([`C${String(i).padStart(6, '0')}`, `客户${twin}`, `139${String(twin).padStart(8, '0')}`, i]);
    }
    rows.push(['合计', '', '', 0]);
    emulator.addSheet('客户', rows, { formulas: { [`D${n + 2}`]: `=SUM(D2:D${n + 1})` } });
    emulator.addSheet('汇总', [[0], ['']], {
      formulas: { A1: `=SUM(客户!D2:D${n + 1})`, A2: `=客户!B${n + 1}` },
      active: false,
    });
  };
}

async function mergeTwins(host: SpreadsheetHost, n: number): Promise<void> {
  const snapshot = await host.readSnapshot({ sheet: '客户' });
  const clusters = Array.from({ length: n / 10 }, (_, k) => ({ rows: [10 * k + 10, 10 * k + 11], confidence: 0.97 }));
  const { plan } = planMerge(snapshot, clusters, {
    template: DEFAULT_TEMPLATE,
    mapping: mapHeaders(snapshot.values[0]!, DEFAULT_TEMPLATE),
    locale: 'zh-CN',
    now: NOW,
    masters: Object.fromEntries(clusters.map((c, i) => [i, c.rows[0]!])),
  });
  await host.applyPlan(plan);
}

async function undoLast(host: SpreadsheetHost): Promise<void> {
  const meta = (await host.readSnapshot({ sheet: '客户' })).meta ?? {};
  const id = readEntries(meta).entries.at(-1)!.id;
  const result = await undoOperation(
    { meta: () => meta, read: (sheet) => readSheet(host, sheet), apply: (plan) => host.applyPlan(plan) },
    id,
    NOW,
    'zh-CN',
  );
  if (!result.ok) throw new Error(result.refusal.message);
}

describe('row footprints through the Google Sheets host', () => {
  test('a merge and its undo sent in pieces keep and give back the 合计 and 汇总', async () => {
    const session = startSession(code, seedTeam(40), { maxCellsPerCall: 3 });
    await mergeTwins(session.host, 40);
    expect(session.emulator.formulasOf('客户')).toEqual({ D38: '=SUM(D2:D37)' });
    expect(session.emulator.formulasOf('汇总')).toEqual({ A1: '=SUM(客户!D2:D37)', A2: '=客户!#REF!' });
    await undoLast(session.host);
    expect(session.emulator.formulasOf('客户')).toEqual({ D42: '=SUM(D2:D41)' });
    expect(session.emulator.formulasOf('汇总')).toEqual({ A1: '=SUM(客户!D2:D41)', A2: '=客户!B41' });
  });

  test('gives the filter its last rows back, unless it hides rows now', async () => {
    for (const filtered of [false, true]) {
      const session = startSession(code, seedTeam(40));
      const list = session.emulator.book.sheet('客户')!;
      list.filter = { sheet: list, row: 1, col: 1, rows: 41, cols: 4 };
      await mergeTwins(session.host, 40);
      expect(list.filter.rows).toBe(37);
      if (filtered) list.filterCriteria = { 2: { hiddenValues: ['客户9'] } }; // someone filters the list meanwhile
      await undoLast(session.host);
      // Rows back inside it widen it; the last, at its edge, does not.
      expect(list.filter.rows).toBe(filtered ? 40 : 41);
    }
  });

  test('reads around the rows and gives them back in Range calls that do not grow with the list', async () => {
    const calls: unknown[] = [];
    for (const n of [40, 400]) {
      const session = startSession(code, seedTeam(n));
      await session.measure('merge', () => mergeTwins(session.host, n));
      await session.measure('undo', () => undoLast(session.host));
      expect(session.emulator.formulasOf('汇总')).toEqual({ A1: `=SUM(客户!D2:D${n + 1})`, A2: `=客户!B${n + 1}` });
      const { merge, undo } = session.calls;
      calls.push({ merge: merge!.reads, undo: undo!.reads, formulas: merge!.byMethod['Range.getFormulas'] });
    }
    expect(calls[1]).toEqual(calls[0]);
  });
});
