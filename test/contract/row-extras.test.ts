/**
 * The host contract for cell extras (links, notes, own number formats): rows a plan inserts and
 * sheets it writes carry them, they move with their rows, and the host reads them back as it
 * wrote them, the same in the file host as in the in-memory reference.
 */
import { emptyPlan, planSchema, type Plan, type RowContent } from '../../shared/plan/plan';
import { invertPlan } from '../../shared/plan/invert-plan';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { rowContent } from '../../shared/merge/plan-merge';
import { fileHost, memoryHost, type HostFactory } from './hosts';

/** A shared team list (zh-CN headers) and a Western one; each gets back a customer row a merge took away. */
const TEAMS: { name: string; start: SheetSnapshot; restored: RowContent; archive: string }[] = [
  {
    name: 'zh-CN',
    start: {
      name: '客户',
      values: [
        ['公司名称', '官网', '成交金额', '最近联系'],
        ['北京云图科技有限公司', 'yuntu.cn', 12000, new Date(Date.UTC(2024, 5, 1))],
        ['上海星河贸易', 'xinghe.cn', 800, new Date(Date.UTC(2024, 1, 1))],
      ],
    },
    restored: {
      row: 3,
      values: ['云图科技', 'www.yuntu.cn', 3000, new Date(Date.UTC(2024, 5, 5))],
      extras: [{ note: '展会后要求回电' }, { link: 'https://www.yuntu.cn/' }, { format: '"¥"#,##0.00' }, null],
    },
    archive: '合并归档',
  },
  {
    name: 'en-US',
    start: {
      name: 'Customers',
      values: [
        ['Company', 'Website', 'Deal Amount', 'Last Contact'],
        ['Acme Inc.', 'acme.com', 1200, new Date(Date.UTC(2024, 0, 15))],
        ['Globex', 'globex.com', 99.5, new Date(Date.UTC(2024, 1, 1))],
      ],
    },
    restored: {
      row: 3,
      values: ['ACME', 'www.acme.com', 300, new Date(Date.UTC(2024, 4, 5))],
      extras: [
        { note: 'Asked for a call back after the trade show' },
        { link: 'https://www.acme.com/' },
        { format: '"$"#,##0.00' },
        { format: 'mm/dd/yyyy' },
      ],
    },
    archive: 'Custodian Archive',
  },
];

const HOSTS: [string, HostFactory][] = [
  ['in-memory', memoryHost],
  ['file (exceljs)', fileHost],
];

describe.each(HOSTS)('host contract, cell extras: %s', (_host, factory) => {
  test.each(TEAMS.map((t) => [t.name, t] as const))(
    'inserts a row with its note, link and formats, and deleting rows above moves them when the list is %s',
    async (_team, { start, restored }) => {
      const hut = factory(start);
      const insert: Plan = { ...emptyPlan(start.name), insertRows: [restored] };
      await hut.host.applyPlan(insert);
      const inserted = await hut.host.readSnapshot();
      expect(inserted.values[2]).toEqual(restored.values);
      expect(inserted.extras).toEqual(
        restored.extras!.flatMap((more, i) => (more ? [{ row: 3, col: i + 1, ...more }] : [])),
      );
      // Deleting row 2 moves them up with their row; undoing the insert takes them away.
      const removeAbove: Plan = { ...emptyPlan(start.name), deleteRows: [rowContent(inserted, new Map(), 2)] };
      await hut.host.applyPlan(removeAbove);
      // Row 2 is the restored row now; the file host reads the rows below against its formats, so a
      // cell there may report its own (General) format: only row 2's extras are the restored ones.
      const moved = (await hut.host.readSnapshot()).extras ?? [];
      expect(moved.filter((e) => e.row === 2)).toEqual(
        restored.extras!.flatMap((more, i) => (more ? [{ row: 2, col: i + 1, ...more }] : [])),
      );
      expect(moved.filter((e) => e.note || e.link).every((e) => e.row === 2)).toBe(true);
      await hut.host.applyPlan(invertPlan(removeAbove));
      await hut.host.applyPlan(invertPlan(insert));
      expect((await hut.host.readSnapshot()).extras).toBeUndefined();
    },
  );

  test.each(TEAMS.map((t) => [t.name, t] as const))(
    'writes an archive sheet with the links, notes and formats the write carries when the list is %s',
    async (_team, { start, restored, archive }) => {
      const hut = factory(start);
      const write: Plan = {
        ...emptyPlan(start.name),
        sheets: [
          {
            name: archive,
            hidden: false,
            mode: 'append',
            rows: [start.values[0]!, restored.values],
            extras: [null, restored.extras!],
          },
        ],
      };
      await hut.host.applyPlan(write);
      const snapshot = await hut.host.readSnapshot({ sheet: archive });
      expect(snapshot.values[1]).toEqual(restored.values);
      expect(snapshot.extras).toEqual(
        restored.extras!.flatMap((more, i) => (more ? [{ row: 2, col: i + 1, ...more }] : [])),
      );
    },
  );
});

describe('RowContent extras', () => {
  test('reads a plan saved in the history before extras existed when its rows have none', () => {
    const saved = JSON.parse(
      '{"sheet":"客户","deleteRows":[{"row":3,"values":["云图科技","www.yuntu.cn",3000],"formulas":[null,null,"=C2*0.1"]}]}',
    ) as unknown;
    const plan = planSchema.parse(saved);
    expect(plan.deleteRows[0]).toEqual({
      row: 3,
      values: ['云图科技', 'www.yuntu.cn', 3000],
      formulas: [null, null, '=C2*0.1'],
    });
    expect(invertPlan(plan).insertRows[0]!.extras).toBeUndefined();
  });

  test('keeps links, notes and formats through a JSON round trip when a plan is saved in the history', () => {
    const { restored } = TEAMS[1]!;
    const plan: Plan = { ...emptyPlan('Customers'), deleteRows: [restored] };
    const read = planSchema.parse(JSON.parse(JSON.stringify({ ...plan, deleteRows: [{ ...restored, values: [] }] })));
    expect(read.deleteRows[0]!.extras).toEqual(restored.extras);
    expect(invertPlan(plan).insertRows[0]!.extras).toEqual(restored.extras);
  });
});
