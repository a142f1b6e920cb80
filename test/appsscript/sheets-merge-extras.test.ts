/**
 * A merge through the Google Sheets host (the sidebar's host over the built Code.js on an emulated
 * spreadsheet) keeps what a row holds besides its values: the archive holds each merged-away cell's
 * link, note and number format, and undo (from the same sidebar, or from a fresh one after the
 * spreadsheet was opened again) puts them back where they were. Sheets moves named ranges and
 * merged cells with deleted and inserted rows, so they follow the rows a merge takes away and undo
 * brings back.
 */
import fc from 'fast-check';
import { planMerge, planUndo, mergeLabels } from '../../shared/merge';
import type { SpreadsheetHost } from '../../shared/host/host';
import type { Locale } from '../../shared/i18n/locale';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { optionsFor } from '../merge/fixtures';
import { roundTripCaseArb, sheetDifferences } from '../merge/round-trip-arbitraries';
import { DATE_INTO_PLAIN_CELL_CASES, keptText, ROW_TWO_MERGED_AWAY_CASES } from '../merge/date-into-plain-cell';
import { cellAddress } from '../../shared/sheet/a1';
import { formatOrNull } from '../../appsscript/server/sheets-values';
import { seededEmulator } from './contract-host';
import type { Emulator } from './emulator/services';
import { buildGas, loadServer, readDist, scriptRun } from './gas-runtime';
import { client } from './sidebar-modules';
import { startSession, type OperationCalls } from './pipeline';

let code = '';

beforeAll(() => {
  buildGas({ sidebar: false });
  code = readDist('Code.js');
});

/** A sidebar opened on the spreadsheet: a fresh server (Code.js loaded again) and host. */
function openSidebar(emulator: Emulator): SpreadsheetHost {
  const server = loadServer(code, emulator);
  return client.createSheetsHost({ server: client.createServerCall(scriptRun(server).run) });
}

async function undoAll(host: SpreadsheetHost, sheet: string, mergeIds: string[], now: Date): Promise<void> {
  for (const mergeId of [...mergeIds].reverse()) {
    const current = await host.readSnapshot({ sheet });
    const undo = planUndo(current.meta ?? {}, mergeId, now, { current });
    if (!undo.ok) throw new Error(undo.error.message);
    await host.applyPlan(undo.plan);
  }
}

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const YUAN = '¥#,##0.00';
const CN_DATE = 'yyyy"年"m"月"d"日"';

interface Team {
  locale: Locale;
  sheet: SheetSnapshot;
  /** The duplicate pairs: the first row stays, the second is merged away. */
  clusters: number[][];
}

/**
 * A customer list as a team keeps it: a website column of links, notes on the duplicates, spend in
 * yuan and contact dates with their own formats on some cells, and a total formula below the data.
 */
const TEAMS: Team[] = [
  {
    locale: 'zh-CN',
    clusters: [
      [2, 4],
      [3, 5],
    ],
    sheet: {
      name: '客户',
      values: [
        ['客户编号', '姓名', '手机', '官网', '累计消费金额', '最近联系日期', '备注'],
        ['C000001', '张伟', '13800138000', 'yuntu.cn', 1200, day(2024, 3, 5), '老客户'],
        ['C000002', '李娜', '13900139000', 'xinghe.cn', 800, day(2024, 2, 1), ''],
        ['C000003', '张 伟', '138 0013 8000', 'www.yuntu.cn', 3000.5, day(2024, 6, 1), ''],
        ['C000005', '李娜', '+86 139 0013 9000', 'xinghe.cn', 99.9, '下周', '展会认识'],
        ['C000004', '王芳', '13700137000', '', 50, day(2023, 12, 31), ''],
        ['合计', '', '', '', 5150.4, '', ''],
      ],
      formulas: [{ row: 7, col: 5, formula: '=SUM(E2:E6)' }],
      extras: [
        { row: 2, col: 4, link: 'https://yuntu.cn/' },
        { row: 3, col: 4, link: 'https://xinghe.cn/' },
        { row: 4, col: 2, note: '展会后要求回电' },
        { row: 4, col: 4, link: 'https://www.yuntu.cn/', note: '新官网' },
        { row: 4, col: 5, format: YUAN },
        { row: 4, col: 6, format: CN_DATE },
        { row: 5, col: 4, link: 'https://xinghe.cn/about' },
        { row: 5, col: 5, format: YUAN, note: '含退款' },
        { row: 5, col: 7, note: '老客户，优先跟进' },
      ],
      columnFormats: [null, null, '@', null, '#,##0', 'yyyy-mm-dd', null],
      meta: {},
    },
  },
  {
    locale: 'en-US',
    clusters: [[3, 5]],
    sheet: {
      name: 'Customers',
      values: [
        ['Customer ID', 'Name', 'Email', 'Website', 'Total Spend', 'Last Contact'],
        ['C000001', 'Mary Smith', 'mary@example.com', 'acme.com', 1200, day(2024, 1, 15)],
        ['C000002', 'John Doe', 'john@example.com', 'globex.com', 99.5, day(2024, 2, 1)],
        ['C000003', 'Wei Zhang', 'wei@example.com', '', 10, day(2024, 3, 1)],
        ['C000004', 'JOHN DOE', 'John@Example.com ', 'www.globex.com', 300, day(2024, 5, 5)],
      ],
      extras: [
        { row: 2, col: 4, link: 'https://acme.com/' },
        { row: 3, col: 4, link: 'https://globex.com/' },
        { row: 5, col: 2, note: 'Asked for a call back after the trade show' },
        { row: 5, col: 3, link: 'mailto:John@Example.com' },
        { row: 5, col: 4, link: 'https://www.globex.com/' },
        { row: 5, col: 5, format: YUAN },
        { row: 5, col: 6, format: CN_DATE, note: 'Met in Shanghai\n周末勿扰' },
      ],
      columnFormats: [null, null, null, null, '"$"#,##0.00', 'mm/dd/yyyy'],
      meta: {},
    },
  },
];

describe('merge through the Google Sheets host keeps links, notes and number formats', () => {
  test.each(TEAMS.map((t) => [t.locale, t] as const))(
    'archives them and undo after reopening gives them back when the list is %s',
    async (_locale, { locale, sheet, clusters }) => {
      const emulator = seededEmulator(sheet);
      const host = openSidebar(emulator);
      const first = await host.readSnapshot();
      expect(sheetDifferences(sheet, first)).toEqual([]);

      const options = optionsFor(first, locale, {
        masters: Object.fromEntries(clusters.map((rows, i) => [i, rows[0]!])),
      });
      const merge = planMerge(
        first,
        clusters.map((rows) => ({ rows, confidence: 0.95 })),
        options,
      );
      expect(merge.merges.map((m) => m.mergedRows)).toEqual(clusters.map(([, gone]) => [gone]));
      expect(merge.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(merge.merges).toHaveLength(clusters.length);
      await host.applyPlan(merge.plan);
      const merged = await host.readSnapshot();
      expect(merged.values).toHaveLength(sheet.values.length - clusters.length);

      // Every cell of a merged-away row is in the archive with its link, note and format.
      const labels = mergeLabels(locale);
      const archive = await host.readSnapshot({ sheet: labels.archiveSheet });
      const lead = labels.archiveColumns.length;
      for (const [, gone] of clusters) {
        const line = archive.values.findIndex((row) => row[lead - 3] === gone && row[lead - 1] === labels.roleMerged);
        expect(line).toBeGreaterThan(0);
        expect(archive.values[line]!.slice(lead)).toEqual(sheet.values[gone - 1]!.map((v) => (v === '' ? null : v)));
        for (const cell of sheet.extras!.filter((e) => e.row === gone)) {
          const kept = archive.extras?.find((e) => e.row === line + 1 && e.col === lead + cell.col);
          expect(kept).toMatchObject({
            ...(cell.link ? { link: cell.link } : {}),
            ...(cell.note ? { note: cell.note } : {}),
            ...(cell.format ? { format: cell.format } : {}),
          });
        }
      }
      const archived = emulator.book.sheet(labels.archiveSheet)!;
      const yuan = sheet.extras!.find((e) => e.row === clusters[0]![1] && e.format === YUAN)!;
      expect(archived.cells.some((row) => row?.[lead + yuan.col - 1]?.format === YUAN)).toBe(true);

      // The spreadsheet is opened again: a new sidebar undoes from what the workbook stored.
      await undoAll(
        openSidebar(emulator),
        sheet.name,
        merge.merges.map((m) => m.mergeId),
        options.now,
      );
      const after = await openSidebar(emulator).readSnapshot({ sheet: sheet.name });
      expect(sheetDifferences(first, after)).toEqual([]);
      expect(after.extras).toEqual(first.extras);
      // What the spreadsheet itself holds, cell by cell.
      const cells = emulator.book.sheet(sheet.name)!;
      for (const { row, col, link, note, format } of sheet.extras!) {
        const cell = cells.cell(row, col)!;
        expect({ row, col, link: cell.link, note: cell.note }).toEqual({ row, col, link, note });
        if (format) expect({ row, col, format: cell.format }).toEqual({ row, col, format });
      }
    },
  );

  test('undoing every merge, latest first, gives the sheet back exactly: values, formulas, links, notes, formats (property)', async () => {
    await fc.assert(
      fc.asyncProperty(roundTripCaseArb, async ({ snapshot, clusters, options }) => {
        // Sheets' used range ends at the last row with content: a note below it is not read (nor touched).
        const used = snapshot.values.reduce(
          (last, row, i) => (row.some((v) => v !== null && v !== '') ? i + 1 : last),
          0,
        );
        fc.pre((snapshot.extras ?? []).every((e) => e.row <= used));
        const emulator = seededEmulator(snapshot);
        const host = openSidebar(emulator);
        const first = await host.readSnapshot({ sheet: snapshot.name });
        expect(sheetDifferences(snapshot, first)).toEqual([]);
        const { plan, merges } = planMerge(first, clusters, options);
        await host.applyPlan(plan);
        await undoAll(
          openSidebar(emulator),
          snapshot.name,
          merges.map((m) => m.mergeId),
          options.now,
        );
        expect(sheetDifferences(first, await host.readSnapshot({ sheet: snapshot.name }))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});

describe('named ranges and merged cells follow the rows a merge deletes and undo inserts', () => {
  test.each(TEAMS.map((t) => [t.locale, t] as const))(
    'a named range and a merged range below the duplicates move up, and back, when the list is %s',
    async (_locale, { locale, sheet, clusters }) => {
      // Below the list: a notes block over two merged cells and a named range on it.
      const below = sheet.values.length + 2;
      const emulator = seededEmulator({
        ...sheet,
        values: [...sheet.values, [], [locale === 'zh-CN' ? '说明' : 'Notes', '', '']],
      });
      const spreadsheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet();
      const target = spreadsheet.getSheetByName(sheet.name)!;
      target.getRange(below, 1, 1, 3).merge();
      spreadsheet.setNamedRange('Summary', target.getRange(below, 1, 1, 3));
      spreadsheet.setNamedRange('Customers', target.getRange(2, 1, sheet.values.length - 1, 2));
      const where = () => ({
        summary: spreadsheet.getRangeByName('Summary')?.getA1Notation(),
        merges: target
          .getRange(1, 1, target.getMaxRows(), 3)
          .getMergedRanges()
          .map((r) => r.getA1Notation()),
      });
      const before = where();
      expect(before).toEqual({ summary: `A${below}:C${below}`, merges: [`A${below}:C${below}`] });

      const host = openSidebar(emulator);
      const first = await host.readSnapshot();
      const options = optionsFor(first, locale);
      const merge = planMerge(
        first,
        clusters.map((rows) => ({ rows, confidence: 0.95 })),
        options,
      );
      await host.applyPlan(merge.plan);
      const up = below - clusters.length;
      expect(where()).toEqual({ summary: `A${up}:C${up}`, merges: [`A${up}:C${up}`] });
      expect(emulator.valuesOf(sheet.name)[up - 1]![0]).toBe(locale === 'zh-CN' ? '说明' : 'Notes');
      // The named list lost the merged-away rows and still ends on the last customer.
      expect(spreadsheet.getRangeByName('Customers')?.getA1Notation()).toBe(
        `A2:B${sheet.values.length - clusters.length}`,
      );

      await undoAll(
        openSidebar(emulator),
        sheet.name,
        merge.merges.map((m) => m.mergeId),
        options.now,
      );
      expect(where()).toEqual(before);
    },
  );
});

/** A list of `rows` customers, each website linked, every third spend in yuan, every fifth row noted. */
function linkedList(rows: number) {
  const values: unknown[][] = [['客户编号', '姓名', '官网', '累计消费金额']];
  const links: Record<string, string> = {};
  const notes: Record<string, string> = {};
  const formats: Record<string, string> = {};
  for (let row = 2; row <= rows + 1; row++) {
    // Rows 2 and 3 and the last two are two pairs of duplicates; the survivors (2 and the last) have no website.
    const name = row === 2 || row === rows ? '张伟' : row === 3 || row === rows + 1 ? '李娜' : `客户${row}`;
    const site = row === 2 || row === rows + 1 ? '' : `site${row}.cn`;
    values.push([`C${String(row).padStart(6, '0')}`, name, site, row * 10]);
    if (site) links[`C${row}`] = `https://${site}/`;
    if (row % 5 === 0) notes[`B${row}`] = `第${row}行：展会后要求回电`;
    if (row % 3 === 0) formats[`D${row}`] = YUAN;
  }
  return { values, links, notes, formats };
}

describe('Range calls of a merge with links, notes and formats', () => {
  async function mergeAndUndo(rows: number): Promise<Record<string, OperationCalls>> {
    const list = linkedList(rows);
    const session = startSession(code, (e) => e.addSheet('客户', list.values, list));
    const first = await session.host.readSnapshot();
    const clusters = [
      [2, rows],
      [rows + 1, 3],
    ];
    const options = optionsFor(first, 'zh-CN', { masters: { 0: 2, 1: rows + 1 } });
    const merge = planMerge(
      first,
      clusters.map((r) => ({ rows: r, confidence: 0.9 })),
      options,
    );
    await session.measure('merge', () => session.host.applyPlan(merge.plan));
    // The survivors' websites came from their duplicates: every link between them, rewritten with
    // them (setValues drops links), is still there.
    const sheet = session.emulator.book.sheet('客户')!;
    expect([sheet.cell(2, 3)?.value, sheet.cell(rows - 1, 3)?.value]).toEqual([`site${rows}.cn`, 'site3.cn']);
    for (let row = 3; row < rows - 1; row++) expect(sheet.cell(row, 3)?.link).toBe(`https://site${row + 1}.cn/`);
    for (const [index, record] of [...merge.merges].reverse().entries()) {
      const current = await session.host.readSnapshot();
      const undo = planUndo(current.meta ?? {}, record.mergeId, options.now, { current });
      if (!undo.ok) throw new Error(undo.error.message);
      await session.measure(`undo ${index + 1}`, () => session.host.applyPlan(undo.plan));
    }
    expect(sheetDifferences(first, await session.host.readSnapshot())).toEqual([]);
    return session.calls;
  }

  test('do not grow with the rows between the duplicates (links kept by one rich-text write per column span)', async () => {
    const small = await mergeAndUndo(40);
    const large = await mergeAndUndo(4000);
    const counts = (calls: Record<string, OperationCalls>) =>
      Object.fromEntries(Object.entries(calls).map(([op, c]) => [op, [c.reads, c.writes, c.structure]]));
    expect(counts(large)).toEqual(counts(small));
    // The rewritten column span gets its links back in one call; the archive's two linked rows in one each.
    expect(large.merge!.byMethod).toEqual(small.merge!.byMethod);
    expect(large.merge!.byMethod['Range.setRichTextValues']).toBe(3);
  });
});

describe('undo and the number format of a cell a merge wrote a date into (Google Sheets)', () => {
  /** Every cell's own number format ("D3 yyyy-mm-dd"), Automatic and General as none. */
  const formatsOf = (emulator: Emulator, name: string) =>
    emulator.book.sheet(name)!.cells.flatMap((row, r) =>
      (row ?? []).flatMap((cell, c) => {
        const format = formatOrNull(cell?.format);
        return format ? [`${cellAddress(r + 1, c + 1)} ${format}`] : [];
      }),
    );

  test.each(DATE_INTO_PLAIN_CELL_CASES.map((c) => [keptText(c), c] as const))(
    'gives the kept cell its General back, from a sidebar opened again (%s)',
    async (_name, { snapshot, clusters, options, cell }) => {
      const emulator = seededEmulator(snapshot);
      const before = formatsOf(emulator, snapshot.name);
      const host = openSidebar(emulator);
      const { plan, merges } = planMerge(await host.readSnapshot(), clusters, options);
      await host.applyPlan(plan);
      expect(formatsOf(emulator, snapshot.name)).toContain(`${cellAddress(cell.row, cell.col)} yyyy-mm-dd`);
      await undoAll(
        openSidebar(emulator),
        snapshot.name,
        merges.map((m) => m.mergeId),
        options.now,
      );
      expect(formatsOf(emulator, snapshot.name)).toEqual(before);
      const after = await openSidebar(emulator).readSnapshot({ sheet: snapshot.name });
      expect(after.values[cell.row - 1]![cell.col - 1]).toEqual(snapshot.values[cell.row - 1]![cell.col - 1]);
    },
  );

  test.each(ROW_TWO_MERGED_AWAY_CASES.map((c) => [c.locale, c] as const))(
    'gives a merged-away row 2 its own date format back, not the one the kept cell took (%s)',
    async (_locale, { snapshot, clusters, options }) => {
      const emulator = seededEmulator(snapshot);
      const host = openSidebar(emulator);
      const first = await host.readSnapshot({ sheet: snapshot.name });
      const { plan, merges } = planMerge(first, clusters, options);
      await host.applyPlan(plan);
      expect(emulator.valuesOf(snapshot.name)).toHaveLength(2);
      await undoAll(
        openSidebar(emulator),
        snapshot.name,
        merges.map((m) => m.mergeId),
        options.now,
      );
      const after = await openSidebar(emulator).readSnapshot({ sheet: snapshot.name });
      expect(sheetDifferences(first, after)).toEqual([]);
      expect(emulator.book.sheet(snapshot.name)!.cell(2, 4)?.format).toBe('yyyy"年"m"月"d"日"');
    },
  );
});

describe('rows undo inserts take their neighbours formatting in Sheets: the restored cells get their own back', () => {
  test('the emulator: rows inserted before a row take its formats, rows inserted after a row take that one', () => {
    const emulator = seededEmulator({
      name: 'Customers',
      values: [
        ['Customer ID', 'Total Spend'],
        ['C000001', 120],
        ['C000002', 80],
      ],
      extras: [{ row: 3, col: 2, format: YUAN }],
      meta: {},
    });
    const sheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Customers')!;
    sheet.insertRowsBefore(3, 2);
    const cells = emulator.book.sheet('Customers')!;
    expect([3, 4, 5].map((row) => formatOrNull(cells.cell(row, 2)?.format))).toEqual([YUAN, YUAN, YUAN]);
    expect(cells.cell(3, 2)?.value ?? null).toBeNull();
    sheet.insertRowsAfter(1, 1);
    expect(formatOrNull(cells.cell(2, 2)?.format)).toBeNull();
  });

  test.each(TEAMS.map((t) => [t.locale] as const))(
    'a merged-away spend in General above a spend in yuan comes back in General (%s)',
    async (locale) => {
      const zh = locale === 'zh-CN';
      const sheet: SheetSnapshot = {
        name: zh ? '客户' : 'Customers',
        values: [
          zh ? ['客户编号', '姓名', '手机', '累计消费金额'] : ['Customer ID', 'Name', 'Phone', 'Total Spend'],
          ['C000001', zh ? '张伟' : 'Mary Smith', '13800138000', 1200],
          ['C000002', zh ? '张 伟' : 'MARY SMITH', '13800138000', 300],
          ['C000003', zh ? '李娜' : 'John Doe', '13900139000', 99.5],
        ],
        extras: [{ row: 4, col: 4, format: YUAN }],
        meta: {},
      };
      const emulator = seededEmulator(sheet);
      const host = openSidebar(emulator);
      const first = await host.readSnapshot({ sheet: sheet.name });
      const options = optionsFor(first, locale, { masters: { 0: 2 } });
      const { plan, merges } = planMerge(first, [{ rows: [2, 3], confidence: 0.95 }], options);
      await host.applyPlan(plan);
      await undoAll(
        openSidebar(emulator),
        sheet.name,
        merges.map((m) => m.mergeId),
        options.now,
      );
      expect(sheetDifferences(first, await openSidebar(emulator).readSnapshot({ sheet: sheet.name }))).toEqual([]);
      expect(formatOrNull(emulator.book.sheet(sheet.name)!.cell(3, 4)?.format)).toBeNull();
    },
  );
});
