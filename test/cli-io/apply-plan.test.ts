import ExcelJS from 'exceljs';
import { emptyPlan, type Plan } from '../../shared/plan/plan';
import { PlanApplyError } from '../../shared/plan/apply-plan';
import { applyPlanToWorkbook } from '../../cli/io/apply-plan-to-workbook';
import { readSnapshot, readWorkbookFile } from '../../cli/io/read-workbook';
import { writeWorkbookFile } from '../../cli/io/write-workbook';
import { newWorkbook } from '../../cli/io/new-workbook';
import { toCellValue } from '../../shared/files/exceljs-cells';
import { customersWorkbook, openWorkbook, saveWorkbook, tempDir, utc } from './fixtures';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

type Validations = {
  model: Record<
    string,
    | {
        type: string;
        formulae: string[];
        allowBlank?: boolean;
        showErrorMessage?: boolean;
        errorStyle?: string;
        prompt?: string;
      }
    | undefined
  >;
};
const validationsOf = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: Validations }).dataValidations.model;
const formatsOf = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;

/** Customers (A Name, B Phone, C Joined, D Amount, E Double = D*2, F Site) plus a Level column G. */
async function loadCustomers(name: string) {
  const workbook = customersWorkbook();
  const sheet = workbook.getWorksheet('Customers')!;
  sheet.getCell('G1').value = 'Level';
  sheet.addRow(['Zhao Liu', '13600136000', utc(2021, 6, 1), 40, { formula: 'D5*2', result: 80 }, null, 'VIP']);
  sheet.getCell('H2').value = { formula: 'SUM($D$2:$D$5)', result: 100 };
  workbook.addWorksheet('Archive').addRow(['Name', 'Phone']);
  workbook.addWorksheet('Summary').getCell('A1').value = { formula: 'Customers!D4+Customers!D5', result: 70 };
  return readWorkbookFile(await saveWorkbook(workbook, tmp.file(name)));
}

function fullPlan(): Plan {
  return {
    ...emptyPlan('Customers'),
    sheets: [
      { name: '_custodian_lists', hidden: true, mode: 'replace', rows: [['VIP'], ['Normal'], ['Lost']] },
      { name: 'Archive', hidden: false, mode: 'append', rows: [['Old Customer', '13500135000']] },
    ],
    insertRows: [
      {
        row: 3,
        values: ['New Person', '13700137000', '2024-05-06', 5, 10, null, 'Normal'],
        formulas: [null, null, null, null, '=D3*2', null, null],
      },
    ],
    edits: [
      { row: 2, col: 2, before: '13800138000', after: '138 0013 8000', reason: 'phone.nonCanonical' },
      { row: 4, col: 3, before: utc(2023, 12, 31), after: '2024-04-01', reason: 'date.nonCanonical' },
      { row: 4, col: 4, before: 20, after: 25 },
    ],
    deleteRows: [
      {
        row: 5,
        values: ['Wang Wu', '+1 415 555 2671', utc(2022, 1, 1), 30, 60, null, null],
        formulas: [null, null, null, null, '=D5*2'],
      },
    ],
    numberFormats: [
      { col: 3, firstRow: 2, lastRow: 1005, format: 'yyyy-mm-dd' },
      { col: 2, firstRow: 2, lastRow: 1_048_576, format: '@' },
    ],
    validations: [
      {
        col: 7,
        firstRow: 2,
        lastRow: 1005,
        source: { kind: 'inline', values: ['VIP', 'Normal'] },
        allowBlank: true,
        strict: true,
        prompt: 'Choose a level',
      },
      {
        col: 6,
        firstRow: 2,
        lastRow: 1_048_576,
        source: {
          kind: 'range',
          sheet: '_custodian_lists',
          range: "'_custodian_lists'!A1:A3",
          values: ['VIP', 'Normal', 'Lost'],
        },
        allowBlank: false,
        strict: false,
      },
    ],
    required: [{ col: 1, firstRow: 2, lastRow: 1005, note: 'Required' }],
    freezeRows: 1,
    filter: { firstRow: 1, firstCol: 1, lastRow: 5, lastCol: 7 },
    meta: { 'template.locale': 'en-US', 'customerId.last.C': '7' },
  };
}

describe('applyPlanToWorkbook', () => {
  test('applies every part of a plan and the written xlsx keeps it', async () => {
    const loaded = await loadCustomers('full.xlsx');
    applyPlanToWorkbook(loaded, fullPlan());
    const out = tmp.file('full-out.xlsx');
    const result = await writeWorkbookFile(loaded, out);
    expect(result).toEqual({ path: out, format: 'xlsx', droppedSheets: [] });

    const book = await openWorkbook(out);
    const sheet = book.getWorksheet('Customers')!;
    // Rows: 1 header, 2 Zhang, 3 New Person (inserted), 4 李四, 5 Wang Wu deleted → Zhao Liu.
    expect(sheet.getColumn(1).values.slice(1, 6).map(toCellValue)).toEqual([
      'Name',
      'Zhang San',
      'New Person',
      '李四',
      'Zhao Liu',
    ]);
    expect(sheet.getCell('A2').value).toMatchObject({ richText: [{ text: 'Zhang ' }, { text: 'San' }] }); // rich text kept
    expect(sheet.getCell('A6').value).toBeNull();
    expect(sheet.getCell('B2').value).toBe('138 0013 8000');
    // Dates: a yyyy-mm-dd edit in a date column becomes a real date; existing dates stay dates.
    expect(sheet.getCell('C4').value).toEqual(utc(2024, 4, 1));
    expect(sheet.getCell('C3').value).toEqual(utc(2024, 5, 6));
    expect(sheet.getCell('C2').value).toEqual(utc(2024, 3, 5));
    expect(sheet.getCell('C5').value).toEqual(utc(2021, 6, 1));
    expect(sheet.getCell('C4').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('B900').numFmt).toBe('@');
    expect(sheet.getCell('B1').numFmt).toBeUndefined();
    expect(sheet.rowCount).toBeLessThan(1100); // formats capped to the data plus a margin

    // Formulas: shared ones made plain, rows renumbered like Excel does.
    expect(sheet.getCell('E2').formula).toBe('D2*2');
    expect(sheet.getCell('E3').formula).toBe('D3*2');
    expect(sheet.getCell('E4').formula).toBe('D4*2');
    expect(sheet.getCell('E5').formula).toBe('D5*2');
    expect(sheet.getCell('H2').formula).toBe('SUM($D$2:$D$5)');
    // D4 (Wang Wu) was deleted; D5 (Zhao Liu) moved up… after first moving down for the insert.
    expect(book.getWorksheet('Summary')!.getCell('A1').formula).toBe('Customers!#REF!+Customers!D5');
    expect(loaded.workbook.calcProperties.fullCalcOnLoad).toBe(true); // exceljs writes it but does not read it back

    // Validations: inline and range lists on capped ranges.
    const validations = validationsOf(sheet);
    expect(validations.G2).toMatchObject({
      type: 'list',
      formulae: ['"VIP,Normal"'],
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: 'stop',
      prompt: 'Choose a level',
    });
    expect(validations.G1005).toBeDefined();
    expect(validations.G1006).toBeUndefined();
    expect(validations.F2).toMatchObject({
      type: 'list',
      formulae: ["'_custodian_lists'!$A$1:$A$3"],
      errorStyle: 'warning',
    });
    expect(validations.F2?.showErrorMessage).toBeFalsy();
    // Capped at 5,000 rows below the data (F reaches the cap, G stops at its own last row).
    expect(Object.keys(validations).length).toBeLessThan(7000);

    // Required: header style and note, blank-highlighting conditional format.
    const header = sheet.getCell('A1');
    // The same marks as Excel and Google Sheets write (shared/host/required-marks.ts).
    expect(header.font).toMatchObject({ bold: true });
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF4CE' } });
    expect(header.note).toBe('Required');
    expect(sheet.getCell('B1').font?.bold).toBeFalsy();
    const blankRule = formatsOf(sheet).find((cf) => cf.ref === 'A2:A1005');
    expect(blankRule?.rules[0]).toMatchObject({
      type: 'expression',
      formulae: ['AND(COUNTA(2:2)>0,LEN(TRIM(A2))=0)'],
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFDE7E9' } } },
    });

    // View, filter, sheets, meta.
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    expect(sheet.autoFilter).toBe('A1:G5');
    expect(book.getWorksheet('_custodian_lists')!.state).toBe('hidden');
    expect(book.getWorksheet('_custodian_lists')!.getColumn(1).values.slice(1)).toEqual(['VIP', 'Normal', 'Lost']);
    expect(book.getWorksheet('Archive')!.getRow(2).values).toEqual([undefined, 'Old Customer', '13500135000']);
    expect(book.getWorksheet('_custodian')!.state).toBe('hidden');

    const again = await readWorkbookFile(out);
    expect(again.sheetName).toBe('Customers');
    expect(again.snapshot.meta).toEqual({ 'template.locale': 'en-US', 'customerId.last.C': '7' });
    expect(again.snapshot.columnFormats?.[2]).toBe('yyyy-mm-dd');
  });

  test('reapplying formatting replaces validations and blank rules instead of stacking them', async () => {
    const loaded = await loadCustomers('twice.xlsx');
    applyPlanToWorkbook(loaded, fullPlan());
    const out = tmp.file('twice-1.xlsx');
    await writeWorkbookFile(loaded, out);
    const reread = await readWorkbookFile(out);
    const formatting = {
      ...emptyPlan('Customers'),
      validations: fullPlan().validations,
      required: fullPlan().required,
    };
    applyPlanToWorkbook(reread, formatting);
    const sheet = reread.workbook.getWorksheet('Customers')!;
    const keys = Object.keys(validationsOf(sheet));
    expect(keys.filter((k) => k.startsWith('G'))).toEqual(['G2:G1005']);
    expect(formatsOf(sheet).filter((cf) => cf.ref.startsWith('A'))).toHaveLength(1);
  });

  test('writes text that looks like a formula as text, keeping the link of a linked cell', async () => {
    const loaded = await loadCustomers('text.xlsx');
    applyPlanToWorkbook(loaded, {
      ...emptyPlan('Customers'),
      edits: [{ row: 2, col: 6, before: 'home', after: '=1+1' }],
    });
    const out = tmp.file('text-out.xlsx');
    await writeWorkbookFile(loaded, out);
    const cell = (await openWorkbook(out)).getWorksheet('Customers')!.getCell('F2');
    // F2 is a linked cell ('home'): the edit changes its text and keeps the link.
    expect(cell.value).toEqual({ text: '=1+1', hyperlink: 'https://example.com' });
    expect(cell.type).toBe(ExcelJS.ValueType.Hyperlink);
  });

  test('refuses to edit a formula cell, naming it', async () => {
    const loaded = await loadCustomers('guard.xlsx');
    const plan = { ...emptyPlan('Customers'), edits: [{ row: 3, col: 5, before: 40, after: 1 }] };
    expect(() => applyPlanToWorkbook(loaded, plan)).toThrow(PlanApplyError);
    expect(() => applyPlanToWorkbook(loaded, plan)).toThrow(
      'The plan edits Customers!E3, which holds the formula =D3*2; Custodian never overwrites formulas',
    );
  });

  test('checks edits against the sheet when asked to verify', async () => {
    const loaded = await loadCustomers('verify.xlsx');
    const plan = { ...emptyPlan('Customers'), edits: [{ row: 2, col: 2, before: 'something else', after: 'x' }] };
    expect(() => applyPlanToWorkbook(loaded, plan, { verify: true })).toThrow(
      /Customers!B2 holds 13800138000, the plan expected something else/,
    );
  });

  test('a plan for a missing sheet is a PlanApplyError', async () => {
    const loaded = await loadCustomers('missing.xlsx');
    expect(() => applyPlanToWorkbook(loaded, { ...emptyPlan('Nope'), freezeRows: 1 })).toThrow(/sheet "Nope"/);
  });

  test('an inline list the core should have put on a sheet is refused', async () => {
    const loaded = await loadCustomers('inline.xlsx');
    const plan = {
      ...emptyPlan('Customers'),
      validations: [
        {
          col: 7,
          firstRow: 2,
          lastRow: 10,
          source: { kind: 'inline' as const, values: ['a,b'] },
          allowBlank: true,
          strict: true,
        },
      ],
    };
    expect(() => applyPlanToWorkbook(loaded, plan)).toThrow(/comma or quote/);
  });

  test('readSnapshot shows the sheet after the plan', async () => {
    const loaded = await loadCustomers('snapshot.xlsx');
    applyPlanToWorkbook(loaded, fullPlan());
    const snapshot = readSnapshot(loaded);
    expect(snapshot.values.map((r) => r[0])).toEqual(['Name', 'Zhang San', 'New Person', '李四', 'Zhao Liu']);
    expect(snapshot.formulas).toContainEqual({ row: 3, col: 5, formula: '=D3*2' });
    expect(snapshot.meta).toMatchObject({ 'customerId.last.C': '7' });
    expect(loaded.snapshot.values).toHaveLength(5); // the snapshot as read is left alone
  });

  test('meta merges with what the workbook holds, and an empty value removes a key', async () => {
    const loaded = await loadCustomers('meta.xlsx');
    applyPlanToWorkbook(loaded, { ...emptyPlan('Customers'), meta: { a: '1', b: '2' } });
    applyPlanToWorkbook(loaded, { ...emptyPlan('Customers'), meta: { a: '', c: 'x'.repeat(40_000) } });
    const out = tmp.file('meta-out.xlsx');
    await writeWorkbookFile(loaded, out);
    const meta = (await readWorkbookFile(out)).snapshot.meta;
    expect(Object.keys(meta ?? {})).toEqual(['b', 'c']);
    expect(meta?.c).toHaveLength(40_000);
  });

  test('builds a template from an empty workbook', async () => {
    const loaded = newWorkbook('客户');
    expect(loaded.snapshot).toMatchObject({ name: '客户', values: [] });
    applyPlanToWorkbook(loaded, {
      ...emptyPlan('客户'),
      edits: [
        { row: 1, col: 1, before: null, after: '姓名' },
        { row: 1, col: 2, before: null, after: '入职日期' },
      ],
      numberFormats: [{ col: 2, firstRow: 2, lastRow: 1001, format: 'yyyy-mm-dd' }],
      required: [{ col: 1, firstRow: 2, lastRow: 1001, note: '必填' }],
      freezeRows: 1,
    });
    const out = tmp.file('template.xlsx');
    await writeWorkbookFile(loaded, out);
    const again = await readWorkbookFile(out);
    expect(again.snapshot.values).toEqual([['姓名', '入职日期']]);
    expect(again.snapshot.columnFormats).toEqual([null, 'yyyy-mm-dd']);
  });
});

describe('applyPlanToWorkbook on a CSV input', () => {
  test('applies values and rows; formatting reaches an .xlsx output only', async () => {
    const { writeFileSync } = await import('node:fs');
    const input = tmp.file('people.csv');
    writeFileSync(input, 'Name;Joined;Amount\nAnna;05/03/2024;12\nBo;;-3\nCleo;2024-01-02;1\n');
    const loaded = await readWorkbookFile(input);
    applyPlanToWorkbook(loaded, {
      ...emptyPlan('people'),
      edits: [
        { row: 2, col: 2, before: '05/03/2024', after: '2024-03-05' },
        { row: 2, col: 3, before: '12', after: 12 },
      ],
      deleteRows: [{ row: 4, values: ['Cleo', '2024-01-02', '1'] }],
      numberFormats: [{ col: 2, firstRow: 2, lastRow: 100, format: 'yyyy-mm-dd' }],
      freezeRows: 1,
    });
    expect(readSnapshot(loaded)).toEqual({
      name: 'people',
      values: [
        ['Name', 'Joined', 'Amount'],
        ['Anna', '2024-03-05', '12'],
        ['Bo', null, '-3'],
      ],
      textOnly: true,
    });

    const xlsx = tmp.file('people.xlsx');
    await writeWorkbookFile(loaded, xlsx);
    const book = await openWorkbook(xlsx);
    const sheet = book.getWorksheet('people')!;
    expect(sheet.getCell('B2').value).toEqual(utc(2024, 3, 5));
    expect(sheet.getCell('C2').value).toBe(12);
    expect(sheet.getCell('C3').value).toBe('-3');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const csv = tmp.file('people-clean.csv');
    const result = await writeWorkbookFile(loaded, csv);
    expect(result.droppedSheets).toEqual([]);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(csv, 'utf8')).toBe('\uFEFFName;Joined;Amount\nAnna;2024-03-05;12\nBo;;-3\n');
  });
});

describe('a workbook written by saveWorkbook', () => {
  test('keeps hidden sheets hidden through a read and write', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Customers').addRows([['Name'], ['A']]);
    workbook.addWorksheet('Secret', { state: 'hidden' }).addRow(['x']);
    const loaded = await readWorkbookFile(await saveWorkbook(workbook, tmp.file('hidden-in.xlsx')));
    await writeWorkbookFile(loaded, tmp.file('hidden-out.xlsx'));
    expect((await openWorkbook(tmp.file('hidden-out.xlsx'))).getWorksheet('Secret')!.state).toBe('hidden');
  });
});

describe('with the core operations', () => {
  test('a setup plan on a new workbook makes a template that reads back cleanly', async () => {
    const { planSetup } = await import('../../shared/operations/setup');
    const loaded = newWorkbook('客户');
    const { plan } = planSetup(loaded.snapshot, { locale: 'zh-CN' });
    applyPlanToWorkbook(loaded, plan);
    const out = tmp.file('template-zh.xlsx');
    await writeWorkbookFile(loaded, out);

    const again = await readWorkbookFile(out);
    expect(again.sheetName).toBe('客户');
    expect(again.snapshot.values[0].length).toBe(plan.edits.filter((e) => e.row === 1).length);
    expect(again.snapshot.meta).toMatchObject({ 'template.locale': 'zh-CN' });
    const sheet = again.workbook.getWorksheet('客户')!;
    const formulae = Object.values(validationsOf(sheet))
      .filter((v) => v?.type === 'list')
      .map((v) => v?.formulae[0]);
    expect(formulae.length).toBeGreaterThan(0);
    expect(formulae.every((f) => typeof f === 'string' && (f.startsWith('"') || f.includes('!$')))).toBe(true);
    for (const write of plan.sheets)
      expect(again.workbook.getWorksheet(write.name)?.state).toBe(write.hidden ? 'hidden' : 'visible');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  test('a clean plan on a CSV round-trips to CSV', async () => {
    const { planClean } = await import('../../shared/operations/clean');
    const { writeFileSync, readFileSync } = await import('node:fs');
    const input = tmp.file('messy.csv');
    writeFileSync(input, '姓名,手机,邮箱\n张三, 138-0013-8000 ,ZHANG@Example.COM\n李四,13900139000,li@example.com\n');
    const loaded = await readWorkbookFile(input);
    const { plan } = planClean(loaded.snapshot, {});
    applyPlanToWorkbook(loaded, plan);
    const out = tmp.file('messy-clean.csv');
    await writeWorkbookFile(loaded, out);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF姓名,手机,邮箱\n')).toBe(true);
    expect(text).toContain('13800138000');
    expect(readSnapshot(loaded).values).toEqual((await readWorkbookFile(out)).snapshot.values);
  });
});
