import { ExcelEmulator } from './excel-emulator';
import { hostFor } from './helpers';
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
