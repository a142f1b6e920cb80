/**
 * A merge through the Excel host keeps what a merged-away row carries besides its values (links,
 * notes, own number formats) in the archive, and undo puts them back where they were, also from a
 * fresh host after a reload; Excel's defined names and merged areas follow the rows that move.
 */
import fc from 'fast-check';
import { planMerge } from '../../shared/merge/plan-merge';
import { isDateFormat } from '../../shared/sheet/excel-dates';
import { planUndo } from '../../shared/merge/plan-undo';
import type { SpreadsheetHost } from '../../shared/host/host';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import type { Locale } from '../../shared/i18n/locale';
import type { MergeOptions } from '../../shared/merge/types';
import { optionsFor } from '../merge/fixtures';
import { roundTripCaseArb, sheetDifferences } from '../merge/round-trip-arbitraries';
import { DATE_INTO_PLAIN_CELL_CASES, keptText, ROW_TWO_MERGED_AWAY_CASES } from '../merge/date-into-plain-cell';
import { ExcelEmulator } from './excel-emulator';
import { customerWorkbook, hostFor } from './helpers';

const YUAN = '¥#,##0.00';
const CN_DATE = 'yyyy"年"m"月"d"日"';
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A team's customer list: row 4 is row 2's customer again, with its own site, notes and formats. */
function customerSheet(locale: Locale): SheetSnapshot {
  const zh = locale === 'zh-CN';
  return {
    name: zh ? '客户' : 'Customers',
    values: [
      zh
        ? ['客户编号', '姓名', '手机', '官网', '累计消费金额', '最近购买日期', '备注']
        : ['Customer ID', 'Name', 'Phone', 'Website', 'Total Spend', 'Last Purchase', 'Notes'],
      ['C000001', '张伟', '13800138000', 'zhangwei.cn', 1200.5, day('2024-03-05'), '老客户'],
      ['C000002', 'Mary Smith', '(415) 555-0100', 'marysmith.com', 80, day('2024-01-20'), 'Referral'],
      ['C000003', '张伟', '13800138000', 'www.zhangwei.cn', 300, day('2024-05-01'), '展会上认识'],
      ['C000004', '李娜', '13900139000', 'lina.cn', 45.5, day('2023-12-31'), ''],
    ],
    formulas: [{ row: 5, col: 7, formula: '=E2+E5' }],
    columnFormats: [null, null, '@', null, '#,##0.00', 'yyyy-mm-dd', null],
    extras: [
      { row: 2, col: 4, link: 'https://zhangwei.cn/' },
      { row: 3, col: 4, link: 'https://marysmith.com/' },
      { row: 4, col: 2, note: zh ? '展会上认识，喜欢绿茶' : 'Met at the trade show' },
      { row: 4, col: 3, note: 'Call after 6pm\n晚上联系' },
      { row: 4, col: 4, link: 'https://www.zhangwei.cn/' },
      { row: 4, col: 5, format: YUAN },
      { row: 4, col: 6, format: CN_DATE },
      { row: 5, col: 4, link: 'https://lina.cn/' },
      { row: 5, col: 7, note: 'Spend of rows 2 and 5' },
    ],
    meta: {},
  };
}

function mergeOptions(snapshot: SheetSnapshot, locale: Locale): MergeOptions {
  return optionsFor(snapshot, locale, { masters: { 0: 2 } });
}

async function undoAll(host: SpreadsheetHost, sheet: string, mergeIds: string[], options: MergeOptions) {
  for (const id of [...mergeIds].reverse()) {
    const current = await host.readSnapshot({ sheet });
    const undo = planUndo(current.meta ?? {}, id, options.now, { current });
    if (!undo.ok) throw new Error(undo.error.message);
    await host.applyPlan(undo.plan);
  }
}

describe.each<Locale>(['zh-CN', 'en-US'])('merging through the Excel host (%s)', (locale) => {
  const start = customerSheet(locale);
  const archive = locale === 'zh-CN' ? '合并归档' : 'Custodian Archive';

  test('reads links, notes and own formats in two syncs, and the merge archives them with the row', async () => {
    const excel = ExcelEmulator.fromSnapshot(start, { apiVersion: 1.18 });
    const host = hostFor(excel);
    const read = await host.readSnapshot();
    // One batch for the cells (links come with them), one for where the notes are.
    expect(excel.syncCount).toBe(2);
    expect(sheetDifferences(start, read)).toEqual([]);
    expect(read.extras).toEqual(expect.arrayContaining(start.extras!));

    const options = mergeOptions(read, locale);
    const { plan, merges } = planMerge(read, [{ rows: [2, 4], confidence: 0.95 }], options);
    expect(merges.map((m) => [m.survivorRow, m.mergedRows])).toEqual([[2, [4]]]);
    const result = await host.applyPlan(plan);
    expect(result.skipped).toEqual([]);

    // The archive row of row 4 (its third row: header, the kept row 2, then row 4) keeps all it had;
    // its sheet columns start at H.
    const archived = excel.cellExtras(archive);
    const rowOf4 = excel.grid(archive).findIndex((r) => r[4] === 4 && r[6] !== '') + 1;
    expect(rowOf4).toBeGreaterThan(1);
    expect(archived[`I${rowOf4}`]).toMatchObject({ note: start.extras!.find((e) => e.col === 2)!.note });
    expect(archived[`J${rowOf4}`]).toMatchObject({ note: 'Call after 6pm\n晚上联系', format: '@' });
    expect(archived[`K${rowOf4}`]).toMatchObject({ link: 'https://www.zhangwei.cn/' });
    expect(archived[`L${rowOf4}`]).toMatchObject({ format: YUAN });
    expect(archived[`M${rowOf4}`]).toMatchObject({ format: CN_DATE });
    expect(excel.grid(archive)[rowOf4 - 1]!.slice(7)).toEqual(start.values[3]);

    // Row 5 moved up to row 4 with its link and note; its formula follows the rows it adds up.
    const sheet = excel.cellExtras(start.name);
    expect(sheet.D4).toMatchObject({ link: 'https://lina.cn/' });
    expect(sheet.G4).toMatchObject({ note: 'Spend of rows 2 and 5' });
    expect(excel.formulas(start.name).G4).toBe('=E2+E4');
    expect(sheet.B4).toBeUndefined();
  });

  test('undo restores values, links, notes and formats exactly where they were, also after a reload', async () => {
    for (const reload of [false, true]) {
      const excel = ExcelEmulator.fromSnapshot(start, { apiVersion: 1.18 });
      const before = excel.cellExtras(start.name);
      let host = hostFor(excel);
      const read = await host.readSnapshot();
      const options = mergeOptions(read, locale);
      const { plan, merges } = planMerge(read, [{ rows: [2, 4], confidence: 0.95 }], options);
      await host.applyPlan(plan);
      if (reload) host = hostFor(excel); // a new task pane: nothing but the workbook is left
      await undoAll(
        host,
        start.name,
        merges.map((m) => m.mergeId),
        options,
      );
      expect(sheetDifferences(read, await host.readSnapshot({ sheet: start.name }))).toEqual([]);
      expect(excel.cellExtras(start.name)).toEqual(before);
      expect(excel.formulas(start.name)).toEqual({ G5: '=E2+E5' });
    }
  });

  test('a defined name and a merged area below the merged-away row move with their rows, and back on undo', async () => {
    const excel = ExcelEmulator.fromSnapshot(start, { apiVersion: 1.18 });
    excel.sheet(start.name).merged = [{ r0: 5, c0: 7, r1: 6, c1: 7 }];
    excel.addName(locale === 'zh-CN' ? '重点客户' : 'KeyAccounts', `=${start.name}!$A$5:$G$5`);
    const host = hostFor(excel);
    const read = await host.readSnapshot();
    const options = mergeOptions(read, locale);
    const { plan, merges } = planMerge(read, [{ rows: [2, 4], confidence: 0.95 }], options);
    await host.applyPlan(plan);
    expect(excel.names.map((n) => n.formula)).toEqual([`=${start.name}!$A$4:$G$4`]);
    expect(excel.merged(start.name)).toEqual(['G4:G5']);
    await undoAll(
      host,
      start.name,
      merges.map((m) => m.mergeId),
      options,
    );
    expect(excel.names.map((n) => n.formula)).toEqual([`=${start.name}!$A$5:$G$5`]);
    expect(excel.merged(start.name)).toEqual(['G5:G6']);
  });

  test('an Excel without notes or cell properties merges all the same and says what it could not keep', async () => {
    for (const [apiVersion, skipped] of [
      [1.9, ['notes', 'footprints']],
      [1.8, ['links', 'notes', 'footprints']],
    ] as const) {
      const excel = ExcelEmulator.fromSnapshot(start, { apiVersion });
      const host = hostFor(excel);
      const read = await host.readSnapshot();
      expect(read.extras?.some((e) => e.note)).toBe(false);
      expect(read.extras?.some((e) => e.link)).toBe(apiVersion >= 1.9);
      const { plan } = planMerge(read, [{ rows: [2, 4], confidence: 0.95 }], mergeOptions(read, locale));
      expect((await host.applyPlan(plan)).skipped).toEqual(skipped);
      // Formats need nothing newer: the archived row still shows its own.
      expect(Object.values(excel.cellExtras(archive)).map((e) => e.format)).toEqual(
        expect.arrayContaining([YUAN, CN_DATE]),
      );
    }
  });
});

describe('reading links and notes through the Excel host', () => {
  test('reads them with a sheet read in chunks: links in the same syncs as the cells, notes in one more', async () => {
    const syncs = async (withNotes: boolean) => {
      const excel = customerWorkbook(3_000);
      excel.apiVersion = 1.18;
      const model = excel.sheet('Customers');
      model.setCell(1_500, 2, { ...model.cell(1_500, 2)!, link: 'https://example.com/c1499' });
      model.setCell(2_999, 5, { ...model.cell(2_999, 5)!, link: '#Customers!A2' });
      if (withNotes) {
        model.setCell(10, 2, { ...model.cell(10, 2)!, note: '老客户，优先跟进' });
        model.setCell(3_001, 7, { value: null, note: 'A note past the last column' });
      }
      const host = hostFor(excel, { requestByteBudget: 50_000 });
      await host.readSnapshot(); // measures the sheet: the next read goes in chunks of 50 kB
      excel.resetCounters();
      const snapshot = await host.readSnapshot();
      expect(excel.syncLog.every((s) => s.requestBytes < 50_000 * 2 && s.responseBytes < 50_000 * 2)).toBe(true);
      const found = snapshot.extras!.filter((e) => e.link || e.note);
      expect(found).toEqual([
        ...(withNotes ? [{ row: 10, col: 2, note: '老客户，优先跟进' }] : []),
        { row: 1_500, col: 2, link: 'https://example.com/c1499' },
        { row: 2_999, col: 5, link: '#Customers!A2' },
        ...(withNotes ? [{ row: 3_001, col: 7, note: 'A note past the last column' }] : []),
      ]);
      return excel.syncCount;
    };
    const without = await syncs(false);
    expect(without).toBeGreaterThan(3);
    expect(await syncs(true)).toBe(without + 1);
  });
});

describe('merge → undo through the Excel host', () => {
  test('undoing every merge, latest first, gives back the sheet exactly: values, formulas, links, notes, formats (property)', async () => {
    await fc.assert(
      fc.asyncProperty(roundTripCaseArb, async ({ snapshot, clusters, options }) => {
        // Left out, as Excel works: text that begins with "=" reads back from
        // Range.formulas as a formula; a column's format is read from row 2, so a row 2 formatted unlike
        // its column, or a merge that takes row 2 away, changes what the other cells are read to show.
        fc.pre(!snapshot.values.some((row) => row.some((v) => typeof v === 'string' && v.startsWith('='))));
        fc.pre(!snapshot.extras?.some((e) => e.row === 2 && e.format) && !clusters.some((c) => c.rows.includes(2)));
        const excel = ExcelEmulator.fromSnapshot(snapshot, { apiVersion: 1.18 });
        const host = hostFor(excel);
        const first = await host.readSnapshot({ sheet: snapshot.name });
        expect(sheetDifferences(snapshot, first)).toEqual([]);
        const { plan, merges } = planMerge(first, clusters, options);
        await host.applyPlan(plan);
        await undoAll(
          hostFor(excel),
          snapshot.name,
          merges.map((m) => m.mergeId),
          options,
        );
        expect(sheetDifferences(first, await host.readSnapshot({ sheet: snapshot.name }))).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});

describe('undo and the number format of a cell a merge wrote a date into (Excel)', () => {
  test.each(DATE_INTO_PLAIN_CELL_CASES.map((c) => [keptText(c), c] as const))(
    'gives the kept cell its General back, also after a reload (%s)',
    async (_name, { snapshot, clusters, options, cell }) => {
      const excel = ExcelEmulator.fromSnapshot(snapshot, { apiVersion: 1.18 });
      const before = excel.cellExtras(snapshot.name);
      const host = hostFor(excel);
      const { plan, merges } = planMerge(await host.readSnapshot(), clusters, options);
      await host.applyPlan(plan);
      const format = excel.sheet(snapshot.name).cell(cell.row, cell.col)?.format;
      expect(isDateFormat(format)).toBe(true);
      await undoAll(
        hostFor(excel),
        snapshot.name,
        merges.map((m) => m.mergeId),
        options,
      );
      expect(excel.cellExtras(snapshot.name)).toEqual(before);
      expect(excel.grid(snapshot.name)[cell.row - 1]![cell.col - 1]).toEqual(
        snapshot.values[cell.row - 1]![cell.col - 1],
      );
    },
  );

  test.each(ROW_TWO_MERGED_AWAY_CASES.map((c) => [c.locale, c] as const))(
    'gives a merged-away row 2 its own date format back, not the one the kept cell took (%s)',
    async (_locale, { snapshot, clusters, options }) => {
      const excel = ExcelEmulator.fromSnapshot(snapshot, { apiVersion: 1.18 });
      const host = hostFor(excel);
      const first = await host.readSnapshot();
      const { plan, merges } = planMerge(first, clusters, options);
      await host.applyPlan(plan);
      expect(excel.grid(snapshot.name)).toHaveLength(2);
      await undoAll(
        hostFor(excel),
        snapshot.name,
        merges.map((m) => m.mergeId),
        options,
      );
      expect(sheetDifferences(first, await hostFor(excel).readSnapshot({ sheet: snapshot.name }))).toEqual([]);
      expect(excel.sheet(snapshot.name).cell(2, 4)?.format).toBe('yyyy"年"m"月"d"日"');
    },
  );
});
