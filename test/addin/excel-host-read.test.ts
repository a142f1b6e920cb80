import { HostError } from '../../shared/host/host';
import { META_CHUNK_CHARS } from '../../shared/host/meta-sheet';
import { ExcelEmulator } from './excel-emulator';
import { customerRows, customerWorkbook, hostFor } from './helpers';

const LIMIT = 5 * 1024 * 1024;

describe('Excel host readSnapshot', () => {
  test('reads values, dates, formulas, column formats and meta in one sync', async () => {
    const longValue = 'x'.repeat(META_CHUNK_CHARS) + 'tail';
    const excel = new ExcelEmulator()
      .addSheet(
        'Customers',
        [
          ['Name', 'Joined', 'Spend', 'Double', 'Note'],
          ['Ada', new Date('2024-03-05T00:00:00Z'), 10, 20, null],
          ['Bob', 45000, 5, 10, 'TRUE'],
        ],
        { formulas: { D2: '=C2*2', D3: '=C3*2' }, columnFormats: [null, 'yyyy-mm-dd', '#,##0.00', null, '@'] },
      )
      .addMeta({ 'template.locale': 'zh-CN', 'history.m1': longValue });
    const snapshot = await hostFor(excel).readSnapshot();
    expect(snapshot).toEqual({
      name: 'Customers',
      values: [
        ['Name', 'Joined', 'Spend', 'Double', 'Note'],
        ['Ada', new Date('2024-03-05T00:00:00Z'), 10, 20, null],
        ['Bob', new Date('2023-03-15T00:00:00Z'), 5, 10, 'TRUE'],
      ],
      formulas: [
        { row: 2, col: 4, formula: '=C2*2' },
        { row: 3, col: 4, formula: '=C3*2' },
      ],
      // No cell has a link, a note or a format other than its column's; the host reads them, so the list is there.
      extras: [],
      columnFormats: [null, 'yyyy-mm-dd', '#,##0.00', null, '@'],
      // Nothing frozen, no filter, a plain header: read in the same sync, for undoing set up.
      view: { freezeRows: 0, filter: null, header: Array(5).fill({ fill: null, bold: false }) },
      meta: { 'template.locale': 'zh-CN', 'history.m1': longValue },
    });
    expect(excel.sheet('_custodian').cell(3, 3)?.value).toBe('tail'); // the long value continues in column C
    expect(excel.syncCount).toBe(1);
  });

  test('reads from A1 when the data starts further down and right', async () => {
    const excel = new ExcelEmulator().addSheet('S', [
      [null, null],
      [null, 'x'],
    ]);
    const snapshot = await hostFor(excel).readSnapshot();
    expect(snapshot.values).toEqual([
      [null, null],
      [null, 'x'],
    ]);
  });

  test('gives an empty sheet as no rows and no meta', async () => {
    const excel = new ExcelEmulator().addSheet('Empty', []);
    expect(await hostFor(excel).readSnapshot()).toEqual({ name: 'Empty', values: [], extras: [], meta: {} });
  });

  test.each(['propagate', 'throw'] as const)(
    'reads a workbook without a meta sheet when Excel chains null objects by %s',
    async (chaining) => {
      const excel = new ExcelEmulator({ nullObjectChaining: chaining }).addSheet('S', [['a']]);
      const snapshot = await hostFor(excel).readSnapshot();
      expect(snapshot).toEqual({
        name: 'S',
        values: [['a']],
        extras: [],
        view: { freezeRows: 0, filter: null, header: [{ fill: null, bold: false }] },
        meta: {},
      });
      expect(excel.syncCount).toBe(chaining === 'propagate' ? 1 : 2);
    },
  );

  test('uses the same number of syncs for 10 rows and 10,000 rows', async () => {
    const counts = [];
    for (const n of [10, 10_000]) {
      const excel = customerWorkbook(n, { meta: { 'template.locale': 'en-US' } });
      const snapshot = await hostFor(excel).readSnapshot();
      expect(snapshot.values).toHaveLength(n + 1);
      counts.push(excel.syncCount);
    }
    expect(counts).toEqual([1, 1]);
  });

  test('reads a sheet too big for one request in chunks under the 5 MB limit', async () => {
    const rows = customerRows(24_000).map((row, i) =>
      i === 0 ? [...row, 'Address'] : [...row, `${i} Long Street Name, Some District, Big City 200000`],
    );
    const excel = new ExcelEmulator().addSheet('Big', rows, {
      columnFormats: [null, null, '@', 'yyyy-mm-dd', null, null],
    });
    const host = hostFor(excel);
    const progress: number[] = [];
    const snapshot = await host.readSnapshot({ onProgress: (p) => progress.push(p.done) });
    expect(snapshot.values).toEqual(excel.grid('Big'));
    expect(excel.syncCount).toBeGreaterThan(2);
    expect(excel.syncLog.filter((s) => !s.error).every((s) => s.responseBytes < LIMIT && s.requestBytes < LIMIT)).toBe(
      true,
    );
    expect(progress[progress.length - 1]).toBe(24_001);

    // The host remembers the sheet is big: the next read chunks from the start, without a refused request.
    excel.resetCounters();
    await host.readSnapshot();
    expect(excel.syncLog.every((s) => !s.error)).toBe(true);
  });

  test('stops between chunks when cancelled', async () => {
    const excel = customerWorkbook(2_000);
    const controller = new AbortController();
    const host = hostFor(excel, { requestByteBudget: 50_000 });
    await host.readSnapshot(); // measures the sheet: the next read goes in chunks of 50 kB
    const read = host.readSnapshot({ signal: controller.signal, onProgress: () => controller.abort() });
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
  });

  test('turns an Office failure into a HostError naming the step', async () => {
    const excel = new ExcelEmulator()
      .addSheet('S', [['a']])
      .failOn({ member: 'load', code: 'GeneralException', message: 'Excel is busy.' });
    const read = hostFor(excel).readSnapshot();
    await expect(read).rejects.toBeInstanceOf(HostError);
    await expect(read).rejects.toMatchObject({
      step: 'reading the sheet',
      message: expect.stringMatching(
        /^Could not read the active sheet \(reading the sheet\): Excel is busy\. \(GeneralException\)$/,
      ),
    });
  });
});
