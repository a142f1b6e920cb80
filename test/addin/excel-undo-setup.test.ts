import { ExcelEmulator } from './excel-emulator';
import { hostFor } from './helpers';
import { emptyPlan } from '../../shared/plan/plan';
import { caseSnapshot, setUpThenUndo, SETUP_CASES } from '../history/setup-undo-fixtures';

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
