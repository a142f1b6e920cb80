import { HostError, hostErrorText } from '../../shared/host/host';
import { applyPlan, workbookFromSnapshot, findSheet } from '../../shared/plan/apply-plan';
import type { CellValue } from '../../shared/sheet/cell-value';
import { isoDate } from '../../shared/sheet/cell-value';
import type { Plan } from '../../shared/plan/plan';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { ExcelEmulator } from './excel-emulator';
import { customerRows, customerWorkbook, hostFor, planFor } from './helpers';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Dates as yyyy-mm-dd, so a real date and the canonical date text compare equal; blanks trimmed. */
function comparable(values: CellValue[][], formulaCells: Record<string, string> = {}): unknown[][] {
  const rows = values.map((row, i) =>
    row.map((v, j) =>
      `${String.fromCharCode(65 + j)}${i + 1}` in formulaCells ? '<formula>' : v instanceof Date ? isoDate(v) : v,
    ),
  );
  const width = Math.max(0, ...rows.map((r) => r.reduce<number>((w, v, j) => (v === null ? w : j + 1), 0)));
  const trimmed = rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? null));
  while (trimmed.length > 0 && trimmed[trimmed.length - 1]!.every((v) => v === null)) trimmed.pop();
  return trimmed;
}

const start: SheetSnapshot = {
  name: 'Customers',
  values: [
    ['Name', 'Phone', 'Joined', 'Spend', 'Double', 'Status'],
    ['Ada', '13800138000', d('2024-01-02'), 10, 20, 'Active'],
    ['Bob', null, d('2024-01-03'), 5, 10, 'Lead'],
    ['Cy', '13900139000', d('2024-01-04'), 7, 14, 'Lead'],
    ['Di', '00123', d('2024-01-05'), 1, 2, 'Active'],
  ],
  formulas: [2, 3, 4, 5].map((row) => ({ row, col: 5, formula: `=D${row}*2` })),
  columnFormats: [null, '@', 'yyyy-mm-dd', null, null, null],
  meta: { 'template.locale': 'en-US', 'drop.me': 'x' },
};

/** A plan with every part, in the row numbering plan.ts documents. */
const mixedPlan: Plan = planFor('Customers', {
  sheets: [{ name: 'Lists', hidden: true, mode: 'replace', rows: [['Active'], ['Lead'], ['Lost']] }],
  insertRows: [
    {
      row: 3,
      values: ['Eve', '+86 138 0013 8000', d('2024-02-01'), 3, 6, 'Lead'],
      formulas: [null, null, null, null, '=D3*2', null],
    },
  ],
  edits: [
    { row: 2, col: 2, before: '13800138000', after: '+86 138 0013 8000' },
    { row: 4, col: 2, before: null, after: '=not a formula' },
    { row: 4, col: 3, before: d('2024-01-03'), after: '2024-03-05' },
    { row: 5, col: 4, before: 7, after: 42 },
    { row: 6, col: 1, before: 'Di', after: null },
    { row: 6, col: 6, before: 'Active', after: 'Lost' },
  ],
  deleteRows: [
    {
      row: 5,
      values: ['Cy', '13900139000', d('2024-01-04'), 42, 14, 'Lead'],
      formulas: [null, null, null, null, '=D4*2', null],
    },
  ],
  numberFormats: [{ col: 4, firstRow: 2, lastRow: 5, format: '#,##0.00' }],
  validations: [
    {
      col: 6,
      firstRow: 2,
      lastRow: 5,
      source: { kind: 'range', sheet: 'Lists', range: 'A1:A3', values: ['Active', 'Lead', 'Lost'] },
      allowBlank: true,
      strict: true,
    },
  ],
  required: [{ col: 1, firstRow: 2, lastRow: 5, note: 'Every customer needs a name.' }],
  freezeRows: 1,
  filter: { firstRow: 1, lastRow: 5, firstCol: 1, lastCol: 6 },
  meta: { 'template.locale': 'zh-CN', 'drop.me': '', 'customerId.last.C': '42' },
});

describe('Excel host applyPlan', () => {
  test('gives the same sheet as the in-memory reference host for a plan with every part', async () => {
    const excel = ExcelEmulator.fromSnapshot(start);
    await hostFor(excel).applyPlan(mixedPlan);
    const reference = applyPlan(workbookFromSnapshot(start), mixedPlan);
    const target = findSheet(reference, 'Customers')!;

    // Formulas sit where the reference host has them, with references that followed their rows as in Excel.
    expect(Object.keys(excel.formulas('Customers')).sort()).toEqual(Object.keys(target.formulas).sort());
    expect(excel.formulas('Customers')).toEqual({ E2: '=D2*2', E3: '=D3*2', E4: '=D4*2', E5: '=D5*2' });
    expect(comparable(excel.grid('Customers'), target.formulas)).toEqual(comparable(target.values, target.formulas));
    expect(excel.grid('Lists')).toEqual(findSheet(reference, 'Lists')!.values);
    expect(excel.state('Lists').hidden).toBe(true);
    expect(excel.meta()).toEqual(reference.meta);

    const state = excel.state('Customers');
    expect(state.freezeRows).toBe(1);
    expect(state.filter).toEqual(mixedPlan.filter);
    expect(state.validations).toEqual([
      { col: 6, firstRow: 2, lastRow: 5, source: '=Lists!$A$1:$A$3', allowBlank: true, strict: true },
    ]);
    expect(state.conditionalFormats).toEqual([
      { type: 'Custom', address: 'A2:A5', formula: '=AND(COUNTA(2:2)>0,LEN(TRIM(A2))=0)', fill: '#FDE7E9' },
    ]);
    expect(state.styles.A1).toEqual({ bold: true, fill: '#FFF4CE' });
    expect(state.notes).toEqual({ A1: 'Every customer needs a name.' });
  });

  test('writes text that Excel would reinterpret as text, and dates as real dates', async () => {
    const excel = ExcelEmulator.fromSnapshot(start);
    await hostFor(excel).applyPlan(mixedPlan);
    expect(excel.cell('Customers', 'B2')).toMatchObject({ value: '+86 138 0013 8000' });
    expect(excel.cell('Customers', 'B2')?.formula).toBeUndefined();
    expect(excel.cell('Customers', 'B4')).toMatchObject({ value: '=not a formula' });
    expect(excel.cell('Customers', 'B4')?.formula).toBeUndefined();
    expect(excel.grid('Customers')[3]![2]).toEqual(d('2024-03-05')); // canonical text in a date column
    expect(excel.cell('Customers', 'D4')).toMatchObject({ value: 5, format: '#,##0.00' }); // Bob, moved down by the insert
    expect(excel.grid('Customers')[4]![1]).toBe('00123'); // untouched text stays text
  });

  test('makes the same number of syncs for 10 rows and 10,000 rows', async () => {
    const counts: number[] = [];
    for (const n of [10, 10_000]) {
      const excel = customerWorkbook(n, { meta: { 'template.locale': 'en-US' } });
      excel.addSheet('Archive', [['Customer ID', 'Name']]);
      const plan = planFor('Customers', {
        sheets: [{ name: 'Archive', hidden: false, mode: 'append', rows: [['C-00002', 'Customer 2']] }],
        insertRows: [{ row: 3, values: ['C-99999', 'New', '13900000000', d('2024-05-01'), 'Lead'] }],
        edits: Array.from({ length: n }, (_, i) => ({
          row: i + 2,
          col: 5,
          before: null,
          after: i % 3 ? 'Active' : 'Lost',
        })),
        deleteRows: Array.from({ length: Math.floor(n / 2) }, (_, i) => ({ row: 2 * i + 4, values: [] })),
        numberFormats: [{ col: 4, firstRow: 2, lastRow: n + 2, format: 'yyyy-mm-dd' }],
        validations: [
          {
            col: 5,
            firstRow: 2,
            lastRow: n + 2,
            source: { kind: 'inline', values: ['Active', 'Lead', 'Lost'] },
            allowBlank: true,
            strict: false,
          },
        ],
        required: [{ col: 2, firstRow: 2, lastRow: n + 2, note: 'Name is required.' }],
        freezeRows: 1,
        filter: { firstRow: 1, lastRow: n + 2, firstCol: 1, lastCol: 5 },
        meta: { 'customerId.last.C': String(n) },
      });
      await hostFor(excel).applyPlan(plan);
      expect(excel.grid('Customers')).toHaveLength(n + 2 - Math.floor(n / 2));
      counts.push(excel.syncCount);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBe(12); // 2 to prepare + 10 steps
  });

  test('never overwrites a formula, even when the plan asks to', async () => {
    const excel = ExcelEmulator.fromSnapshot(start);
    const plan = planFor('Customers', {
      edits: [
        { row: 2, col: 1, before: 'Ada', after: 'Ada L.' },
        { row: 3, col: 5, before: 10, after: 11 },
      ],
    });
    const apply = hostFor(excel).applyPlan(plan);
    await expect(apply).rejects.toBeInstanceOf(HostError);
    await expect(apply).rejects.toMatchObject({
      step: 'writing cell values',
      message: expect.stringContaining('Customers!E3 holds the formula =D3*2'),
    });
    expect(excel.cell('Customers', 'A2')?.value).toBe('Ada'); // nothing written: the check runs before any write
    expect(excel.syncCount).toBe(1);
  });

  test('refuses an edit of an inserted row where the plan restores a formula', async () => {
    const excel = ExcelEmulator.fromSnapshot(start);
    const plan = planFor('Customers', {
      insertRows: [
        { row: 3, values: ['Eve', null, null, 3, 6, null], formulas: [null, null, null, null, '=D3*2', null] },
      ],
      edits: [{ row: 3, col: 5, before: 6, after: 7 }],
    });
    await expect(hostFor(excel).applyPlan(plan)).rejects.toMatchObject({
      step: 'writing cell values',
      message: expect.stringContaining('E3'),
    });
  });

  test('turns an Office failure into a HostError that names the step and the column', async () => {
    const excel = ExcelEmulator.fromSnapshot(start).failOn({
      member: 'dataValidation.rule',
      address: 'F2:F5',
      message: 'The list source is invalid.',
    });
    const plan = planFor('Customers', {
      validations: [
        { col: 2, firstRow: 2, lastRow: 5, source: { kind: 'inline', values: ['a'] }, allowBlank: true, strict: true },
        {
          col: 6,
          firstRow: 2,
          lastRow: 5,
          source: { kind: 'inline', values: ['Active', 'Lead'] },
          allowBlank: true,
          strict: true,
        },
      ],
    });
    const apply = hostFor(excel).applyPlan(plan);
    await expect(apply).rejects.toMatchObject({
      name: 'HostError',
      step: 'applying data validation',
      message:
        'Could not add the dropdown for column F (applying data validation): The list source is invalid. (InvalidArgument)',
    });
  });

  test.each([
    [
      'values',
      'B4:C4',
      'writing cell values',
      'Could not write the changed cells B4:C4 (writing cell values): Boom. (GeneralException)',
    ],
    ['insert', undefined, 'inserting rows', 'Could not insert row 3 (inserting rows): Boom. (GeneralException)'],
    [
      'freezePanes.freezeRows',
      undefined,
      'freezing the header row',
      'Could not freeze the header row (freezing the header row): Boom. (GeneralException)',
    ],
    [
      'worksheets.add',
      undefined,
      'writing helper sheets',
      'Could not write the helper sheet "Lists" (writing helper sheets): Boom. (GeneralException)',
    ],
    [
      'conditionalFormats.add',
      undefined,
      'highlighting required columns',
      'Could not highlight the required column A (highlighting required columns): Boom. (GeneralException)',
    ],
  ])('reports a failing %s as a HostError for its step', async (member, address, step, message) => {
    const excel = ExcelEmulator.fromSnapshot(start).failOn({
      member,
      ...(address ? { address, sheet: 'Customers' } : {}),
      code: 'GeneralException',
      message: 'Boom.',
    });
    const apply = hostFor(excel).applyPlan(mixedPlan);
    await expect(apply).rejects.toMatchObject({ name: 'HostError', step, message });
  });

  test.each([
    ['insert', undefined, '无法插入第 3 行：Boom. (GeneralException)'],
    ['values', 'B4:C4', '无法写入已更改的单元格（B4:C4）：Boom. (GeneralException)'],
    ['worksheets.add', undefined, '无法写入辅助工作表“Lists”：Boom. (GeneralException)'],
    ['conditionalFormats.add', undefined, '无法标记必填的 A 列：Boom. (GeneralException)'],
  ])("words a failing %s in Chinese for the sidebar, keeping Office's message", async (member, address, zh) => {
    const excel = ExcelEmulator.fromSnapshot(start).failOn({
      member,
      ...(address ? { address, sheet: 'Customers' } : {}),
      code: 'GeneralException',
      message: 'Boom.',
    });
    const error = await hostFor(excel)
      .applyPlan(mixedPlan)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(hostErrorText(error as HostError, 'zh-CN')).toBe(zh);
  });

  test('sends a step bigger than one request in several syncs, each under the 5 MB limit', async () => {
    const n = 30_000;
    const excel = customerWorkbook(n);
    const long = (i: number) => `${i} ${'Very long customer note that keeps going. '.repeat(4)}`;
    const plan = planFor('Customers', {
      edits: Array.from({ length: n }, (_, i) => ({ row: i + 2, col: 2, before: null, after: long(i) })),
    });
    const host = hostFor(excel);
    await host.applyPlan(plan);
    expect(excel.syncCount).toBeGreaterThan(2);
    expect(excel.syncLog.every((s) => !s.error && s.requestBytes < 5 * 1024 * 1024)).toBe(true);
    expect(excel.grid('Customers')[n]![1]).toBe(long(n - 1));

    // Editing those long cells again: reading their formulas first is chunked too.
    excel.resetCounters();
    await host.applyPlan(
      planFor('Customers', { edits: plan.edits.map((e) => ({ ...e, before: e.after, after: `${String(e.after)}!` })) }),
    );
    expect(excel.syncLog.every((s) => !s.error && s.responseBytes < 5 * 1024 * 1024)).toBe(true);
    expect(excel.syncLog.filter((s) => s.responseBytes > 0).length).toBeGreaterThan(1);
    expect(excel.grid('Customers')[1]![1]).toBe(`${long(0)}!`);
  });

  test('appends below the rows a helper sheet has, and replaces a sheet entirely', async () => {
    const excel = ExcelEmulator.fromSnapshot(start)
      .addSheet('Archive', [['Name'], ['Old']])
      .addSheet('Lists', [['stale'], ['stale'], ['stale'], ['stale']]);
    const plan = planFor('Customers', {
      sheets: [
        { name: 'Archive', hidden: false, mode: 'append', rows: [['Zed'], [d('2024-01-01')]] },
        { name: 'Lists', hidden: true, mode: 'replace', rows: [['a', 'b']] },
      ],
    });
    await hostFor(excel).applyPlan(plan);
    expect(excel.grid('Archive')).toEqual([['Name'], ['Old'], ['Zed'], [d('2024-01-01')]]);
    expect(excel.grid('Lists')).toEqual([['a', 'b']]);
    expect(excel.state('Lists').hidden).toBe(true);
  });

  test('points a long dropdown list at the lists sheet once when the plan names the range with its sheet, as setup does', async () => {
    const excel = ExcelEmulator.fromSnapshot(start).addSheet('_custodian_lists', [['上海'], ['北京'], ['广州']]);
    const plan = planFor('Customers', {
      validations: [
        {
          col: 6,
          firstRow: 2,
          lastRow: 5,
          source: {
            kind: 'range',
            sheet: '_custodian_lists',
            range: "'_custodian_lists'!$A$1:$A$3",
            values: ['上海', '北京', '广州'],
          },
          allowBlank: true,
          strict: true,
        },
      ],
    });
    await hostFor(excel).applyPlan(plan);
    expect(excel.state('Customers').validations).toEqual([
      { col: 6, firstRow: 2, lastRow: 5, source: '=_custodian_lists!$A$1:$A$3', allowBlank: true, strict: true },
    ]);
  });

  test('replaces its own required-column highlight instead of adding another', async () => {
    const excel = ExcelEmulator.fromSnapshot(start);
    const plan = planFor('Customers', { required: [{ col: 1, firstRow: 2, lastRow: 5, note: 'Name is required.' }] });
    const host = hostFor(excel);
    await host.applyPlan(plan);
    await host.applyPlan(plan);
    expect(excel.state('Customers').conditionalFormats).toHaveLength(1);
    expect(excel.callsOf('conditionalFormats.delete')).toHaveLength(1);
  });

  test('skips the filter where AutoFilter (ExcelApi 1.9) is missing', async () => {
    const excel = ExcelEmulator.fromSnapshot(start, { apiVersion: 1.8 });
    const result = await hostFor(excel).applyPlan(
      planFor('Customers', { filter: { firstRow: 1, lastRow: 5, firstCol: 1, lastCol: 6 }, freezeRows: 1 }),
    );
    expect(result).toEqual({ skipped: ['filter'] });
    expect(excel.state('Customers')).toMatchObject({ filter: null, freezeRows: 1 });
    expect(excel.callsOf('autoFilter.apply')).toEqual([]);
  });

  test('keeps meta in the hidden _custodian sheet: updates, splits long values, removes keys', async () => {
    const excel = ExcelEmulator.fromSnapshot(start);
    const host = hostFor(excel);
    const long = 'h'.repeat(70_000);
    await host.applyPlan(
      planFor('Customers', { meta: { 'history.m1': long, 'template.locale': 'zh-CN', 'drop.me': '' } }),
    );
    expect(excel.meta()).toEqual({ 'template.locale': 'zh-CN', 'history.m1': long });
    expect(excel.state('_custodian').hidden).toBe(true);
    expect((await host.readSnapshot()).meta).toEqual({ 'template.locale': 'zh-CN', 'history.m1': long });
    await host.applyPlan(planFor('Customers', { meta: { 'history.m1': 'short' } }));
    expect(excel.meta()).toEqual({ 'template.locale': 'zh-CN', 'history.m1': 'short' });
  });

  test('creates the meta sheet hidden when the workbook has none', async () => {
    const excel = new ExcelEmulator().addSheet('Customers', customerRows(3));
    await hostFor(excel).applyPlan(planFor('Customers', { meta: { 'customerId.last.C': '00042' } }));
    expect(excel.meta()).toEqual({ 'customerId.last.C': '00042' });
    expect(excel.grid('_custodian')).toEqual([
      ['key', 'value'],
      ['customerId.last.C', '00042'],
    ]); // the file host's layout
    expect(excel.state('_custodian').hidden).toBe(true);
  });

  test('stops before writing anything when cancelled', async () => {
    const excel = ExcelEmulator.fromSnapshot(start);
    const controller = new AbortController();
    controller.abort();
    await expect(hostFor(excel).applyPlan(mixedPlan, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(excel.syncCount).toBe(0);
  });

  test('reports a plan for a sheet that no longer exists', async () => {
    const excel = ExcelEmulator.fromSnapshot(start);
    await expect(hostFor(excel).applyPlan(planFor('Gone', { freezeRows: 1 }))).rejects.toMatchObject({
      step: 'preparing the changes',
      message: expect.stringContaining('"Gone"'),
    });
  });

  test('reports progress once per step', async () => {
    const excel = ExcelEmulator.fromSnapshot(start);
    const progress: string[] = [];
    await hostFor(excel).applyPlan(mixedPlan, { onProgress: (p) => progress.push(`${p.done}/${p.total}`) });
    expect(progress).toEqual(['0/10', '1/10', '2/10', '3/10', '4/10', '5/10', '6/10', '7/10', '8/10', '9/10', '10/10']);
  });
});
