import { ExcelEmulator } from './excel-emulator';
import { hostFor } from './helpers';
import { emptyPlan } from '../../shared/plan/plan';
import { caseSnapshot, setUpThenUndo, SETUP_CASES, TEAM_RULES } from '../history/setup-undo-fixtures';
import { excelValidation } from '../../shared/host/excel-rules';
import { formatAddress } from './emulator-model';

describe('excel undo of set up', () => {
  test.each(SETUP_CASES)(
    'takes away the rules, required marks, freeze and filter and gives back the column formats when set up is undone ($locale)',
    async (setupCase) => {
      const excel = ExcelEmulator.fromSnapshot(caseSnapshot(setupCase));
      const host = hostFor(excel);
      await setUpThenUndo(host, setupCase.locale, () => {
        const governed = excel.state(setupCase.sheet);
        expect(governed.validations.length).toBeGreaterThan(0);
        expect(governed.conditionalFormats.length).toBeGreaterThan(0);
        expect(Object.keys(governed.notes).length).toBeGreaterThan(0);
        expect(governed).toMatchObject({ freezeRows: 1, filter: expect.any(Object) });
      });

      const state = excel.state(setupCase.sheet);
      expect(state.validations).toEqual([]);
      expect(state.conditionalFormats).toEqual([]);
      expect(state.notes).toEqual({});
      expect(Object.values(state.styles).map((style) => style.fill)).toEqual(
        Object.values(state.styles).map(() => undefined),
      );
      expect(state.freezeRows).toBe(0);
      expect(state.filter).toBeNull();
      const after = await host.readSnapshot();
      expect(after.columnFormats?.slice(0, setupCase.formats.length)).toEqual(setupCase.formats);
      expect(after.values.map((row) => row.slice(0, setupCase.rows[0]!.length))).toEqual(setupCase.rows);
    },
  );
});

describe('excel undo of set up on a sheet the team had frozen and filtered', () => {
  test.each(SETUP_CASES)(
    'freezes their rows and puts their filter and header look back ($locale)',
    async (setupCase) => {
      const excel = ExcelEmulator.fromSnapshot(caseSnapshot(setupCase));
      const rows = setupCase.rows.length;
      excel.sheet(setupCase.sheet).frozenRows = 2;
      excel.sheet(setupCase.sheet).autoFilter = { r0: 1, c0: 1, r1: rows, c1: 2 };
      // Their header row is yellow, its first cell bold.
      const width = setupCase.rows[0]!.length;
      const look = (col: number) => excel.sheet(setupCase.sheet).styles.get(`${String.fromCharCode(64 + col)}1`);
      for (let col = 1; col <= width; col++)
        excel
          .sheet(setupCase.sheet)
          .styles.set(`${String.fromCharCode(64 + col)}1`, { fill: '#FFFF00', bold: col === 1 });
      const host = hostFor(excel);
      expect((await host.readSnapshot()).view).toMatchObject({
        freezeRows: 2,
        filter: { firstRow: 1, firstCol: 1, lastRow: rows, lastCol: 2 },
      });
      await setUpThenUndo(host, setupCase.locale, () => {
        expect(excel.state(setupCase.sheet).freezeRows).toBe(1);
        expect(excel.sheet(setupCase.sheet).autoFilter).not.toEqual({ r0: 1, c0: 1, r1: rows, c1: 2 });
      });
      expect(excel.state(setupCase.sheet).freezeRows).toBe(2);
      expect(excel.sheet(setupCase.sheet).autoFilter).toEqual({ r0: 1, c0: 1, r1: rows, c1: 2 });
      const header = Array.from({ length: width }, (_, i) => look(i + 1));
      expect(header.map((style) => [style?.fill, !!style?.bold])).toEqual(header.map((_, i) => ['#FFFF00', i === 0]));
    },
  );

  test('reads no frozen rows and no filter on a sheet with neither, and its plain header', async () => {
    const [setupCase] = SETUP_CASES;
    const excel = ExcelEmulator.fromSnapshot(caseSnapshot(setupCase!));
    const view = (await hostFor(excel).readSnapshot()).view;
    expect(view).toMatchObject({ freezeRows: 0, filter: null });
    expect(view?.header?.every((look) => look?.fill === null && look.bold === false)).toBe(true);
  });
});

describe('excel undo of set up on a sheet with rules at entry of its own', () => {
  test.each(SETUP_CASES)(
    'reads the team dropdown, date and whole-number rules and gives them back exactly ($locale)',
    async (setupCase) => {
      const excel = ExcelEmulator.fromSnapshot(caseSnapshot(setupCase));
      const sheet = excel.sheet(setupCase.sheet);
      // Their rules as Excel holds them (Range.dataValidation: rule, ignoreBlanks, errorAlert, prompt).
      for (const rule of TEAM_RULES[setupCase.locale]) {
        const { rule: excelRule, ignoreBlanks, errorAlert, prompt } = excelValidation({ ...rule, kind: 'own' });
        const rect = { r0: rule.firstRow, c0: rule.col, r1: rule.lastRow, c1: rule.col };
        sheet.validations.push({
          rect,
          rule: { ...excelRule },
          ignoreBlanks,
          errorAlert,
          ...(prompt ? { prompt } : {}),
        });
      }
      const theirs = JSON.stringify(sheet.validations);
      const host = hostFor(excel);
      const before = await host.readSnapshot();
      expect([...(before.rules ?? [])].sort((a, b) => a.col - b.col)).toEqual(TEAM_RULES[setupCase.locale]);

      await setUpThenUndo(host, setupCase.locale, () => expect(JSON.stringify(sheet.validations)).not.toBe(theirs));
      const after = await host.readSnapshot();
      expect([...(after.rules ?? [])].sort((a, b) => a.col - b.col)).toEqual(TEAM_RULES[setupCase.locale]);
      const byColumn = (list: typeof sheet.validations) => [...list].sort((a, b) => a.rect.c0 - b.rect.c0);
      expect(byColumn(sheet.validations)).toEqual(byColumn(JSON.parse(theirs)));
    },
  );

  test('in Excel 2019 (no ExcelApi 1.9) gives back a whole-column rule and names the partial one it could not read', async () => {
    const setupCase = SETUP_CASES[0];
    const excel = ExcelEmulator.fromSnapshot(caseSnapshot(setupCase), { apiVersion: 1.8 });
    const sheet = excel.sheet(setupCase.sheet);
    for (const rule of TEAM_RULES['zh-CN'].slice(0, 2)) {
      const { rule: excelRule, ignoreBlanks, errorAlert } = excelValidation({ ...rule, kind: 'own' });
      sheet.validations.push({
        rect: { r0: rule.firstRow, c0: rule.col, r1: rule.lastRow, c1: rule.col },
        rule: { ...excelRule },
        ignoreBlanks,
        errorAlert,
      });
    }
    const notKept = await setUpThenUndo(hostFor(excel), 'zh-CN', () => undefined);
    // The date window covers the whole column: read and given back. The dropdown stops at row 500: reported.
    expect(sheet.validations.map((v) => formatAddress(v.rect))).toEqual(['F2:F1048576']);
    expect(notKept).toEqual([expect.stringContaining('E 列第 2– 行原有的数据验证（各行规则不同）')]);
  });

  test('reads each run of a column whose rows have rules of their own', async () => {
    const setupCase = SETUP_CASES[0];
    const excel = ExcelEmulator.fromSnapshot(caseSnapshot(setupCase));
    const list = (source: string) => ({ list: { inCellDropDown: true, source } });
    excel
      .sheet(setupCase.sheet)
      .validations.push(
        { rect: { r0: 2, c0: 5, r1: 2, c1: 5 }, rule: list('VIP'), ignoreBlanks: true },
        { rect: { r0: 3, c0: 5, r1: 3, c1: 5 }, rule: list('A级,B级'), ignoreBlanks: true },
      );
    const rules = (await hostFor(excel).readSnapshot()).rules ?? [];
    expect(rules.filter((r) => r.col === 5)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ values: ['VIP'] }),
        expect.objectContaining({ values: ['A级', 'B级'] }),
      ]),
    );
  });
});

describe('excel set up and its undo on a sheet with its first column frozen (客户名称 / Company)', () => {
  test.each(SETUP_CASES.flatMap((c) => [0, 2].map((rows) => [c.locale, rows, c] as const)))(
    'keeps the column frozen with the header, and undo freezes their rows again (%s, %i rows frozen)',
    async (_locale, rows, setupCase) => {
      const excel = ExcelEmulator.fromSnapshot(caseSnapshot(setupCase));
      Object.assign(excel.sheet(setupCase.sheet), { frozenRows: rows, frozenColumns: 1 });
      const host = hostFor(excel);
      expect((await host.readSnapshot()).view).toMatchObject({ freezeRows: rows, freezeColumns: 1 });
      await setUpThenUndo(host, setupCase.locale, () => {
        expect(excel.state(setupCase.sheet)).toMatchObject({ freezeRows: 1, freezeColumns: 1 });
      });
      expect(excel.sheet(setupCase.sheet)).toMatchObject({ frozenRows: rows, frozenColumns: 1 });
    },
  );

  test('a plan saved before frozen columns were read freezes rows as Excel does, unfreezing the column', async () => {
    const [setupCase] = SETUP_CASES;
    const excel = ExcelEmulator.fromSnapshot(caseSnapshot(setupCase!));
    Object.assign(excel.sheet(setupCase!.sheet), { frozenRows: 0, frozenColumns: 1 });
    await hostFor(excel).applyPlan({ ...emptyPlan(setupCase!.sheet), freezeRows: 1 });
    expect(excel.sheet(setupCase!.sheet)).toMatchObject({ frozenRows: 1, frozenColumns: 0 });
  });
});
