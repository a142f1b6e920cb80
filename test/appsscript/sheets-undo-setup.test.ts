import { buildGas, readDist } from './gas-runtime';
import { startSession } from './pipeline';
import { caseSnapshot, setUpThenUndo, SETUP_CASES, TEAM_RULES } from '../history/setup-undo-fixtures';
import { emptyPlan } from '../../shared/plan/plan';

let code = '';
beforeAll(() => {
  buildGas({ sidebar: false });
  code = readDist('Code.js');
});

describe('sheets undo of set up', () => {
  test.each(SETUP_CASES)(
    'takes away the rules, required marks, freeze and filter and gives back the column formats when set up is undone ($locale)',
    async (setupCase) => {
      const start = caseSnapshot(setupCase);
      const session = startSession(code, (e) =>
        e.addSheet(start.name, start.values, { columnFormats: start.columnFormats }),
      );
      const sheet = () => session.emulator.book.sheet(setupCase.sheet)!;
      const cells = () => sheet().cells.flatMap((row) => row.filter((cell) => cell !== undefined));
      const header = () => (sheet().cells[0] ?? []).filter((cell) => cell !== undefined);
      await setUpThenUndo(session.host, setupCase.locale, () => {
        expect(sheet()).toMatchObject({ frozenRows: 1, filter: expect.any(Object) });
        expect(sheet().rules.length).toBeGreaterThan(0);
        expect(cells().some((cell) => cell.validation)).toBe(true);
        expect(header().some((cell) => cell.note)).toBe(true);
      });

      expect(sheet()).toMatchObject({ frozenRows: 0, filter: null, rules: [] });
      expect(cells().filter((cell) => cell.validation)).toEqual([]);
      expect(header().filter((cell) => cell.note || cell.background)).toEqual([]);
      const after = await session.host.readSnapshot();
      expect(after.columnFormats?.slice(0, setupCase.formats.length)).toEqual(setupCase.formats);
      expect(after.values.map((row) => row.slice(0, setupCase.rows[0]!.length))).toEqual(setupCase.rows);
    },
  );
});

describe('sheets undo of set up on a sheet the team had frozen and filtered', () => {
  test.each(SETUP_CASES)(
    'freezes their rows and puts their filter and header look back ($locale)',
    async (setupCase) => {
      const start = caseSnapshot(setupCase);
      const session = startSession(code, (e) =>
        e.addSheet(start.name, start.values, { columnFormats: start.columnFormats }),
      );
      const sheet = () => session.emulator.book.sheet(setupCase.sheet)!;
      const theirs = { sheet: sheet(), row: 1, col: 1, rows: setupCase.rows.length, cols: 2 };
      sheet().frozenRows = 2;
      sheet().filter = theirs;
      // Their header row is yellow, its first cell bold.
      sheet().cells[0]!.forEach((cell, i) => cell && Object.assign(cell, { background: '#FFFF00', bold: i === 0 }));
      expect((await session.host.readSnapshot()).view).toMatchObject({
        freezeRows: 2,
        filter: { firstRow: 1, firstCol: 1, lastRow: setupCase.rows.length, lastCol: 2 },
      });
      await setUpThenUndo(session.host, setupCase.locale, () => {
        expect(sheet().frozenRows).toBe(1);
        // A required column's header wears Custodian's mark instead of their yellow.
        expect(sheet().cells[0]!.some((cell) => cell?.note && cell.background !== '#FFFF00')).toBe(true);
        expect(sheet().filter).not.toMatchObject({ cols: 2 });
      });
      expect(sheet()).toMatchObject({
        frozenRows: 2,
        filter: { row: 1, col: 1, rows: setupCase.rows.length, cols: 2 },
      });
      const header = sheet().cells[0]!.slice(0, setupCase.rows[0]!.length);
      expect(header.map((cell) => [cell?.background, !!cell?.bold])).toEqual(
        header.map((_, i) => ['#FFFF00', i === 0]),
      );
    },
  );
});

describe('sheets undo of set up on a sheet with rules at entry of its own', () => {
  test.each(SETUP_CASES)(
    'gives the team their dropdown and date rules back, and the whole-number rule as the formula Sheets keeps ($locale)',
    async (setupCase) => {
      const start = caseSnapshot(setupCase);
      const session = startSession(code, (e) =>
        e.addSheet(start.name, start.values, { columnFormats: start.columnFormats }),
      );
      const sheet = () => session.emulator.book.sheet(setupCase.sheet)!;
      // Their rules, written by SpreadsheetApp's builder (a list, a date window, a number rule).
      const theirs = TEAM_RULES[setupCase.locale].map((rule) => ({ ...rule, kind: 'own' as const }));
      await session.host.applyPlan({ ...emptyPlan(start.name), validations: theirs });
      // The team's columns cell by cell, over the rows the sheet had (set up may grow it).
      const height = sheet().cells.length;
      const columnRules = () =>
        JSON.stringify(
          sheet()
            .cells.slice(0, height)
            .map((row) => theirs.map((rule) => row?.[rule.col - 1]?.validation ?? null)),
        );
      const before = await session.host.readSnapshot();
      const cellsBefore = columnRules();
      const list = TEAM_RULES[setupCase.locale].find((r) => r.type === 'list')!;
      expect(before.rules).toContainEqual({
        col: list.col,
        firstRow: 2,
        lastRow: list.lastRow,
        type: 'list',
        formulas: [],
        values: list.values,
        allowBlank: true,
        alert: 'stop',
      });
      expect(before.rules?.some((r) => 'type' in r && r.type === 'date' && r.formulas.length > 0)).toBe(true);

      await setUpThenUndo(session.host, setupCase.locale, () => expect(columnRules()).not.toEqual(cellsBefore));
      expect((await session.host.readSnapshot()).rules).toEqual(before.rules);
      expect(columnRules()).toEqual(cellsBefore);
    },
  );
});

describe('sheets set up and its undo on a sheet with its first column frozen (客户名称 / Company)', () => {
  test.each(SETUP_CASES.flatMap((c) => [0, 2].map((rows) => [c.locale, rows, c] as const)))(
    'keeps the column frozen with the header (setFrozenRows leaves columns), and undo freezes their rows again (%s, %i rows frozen)',
    async (_locale, rows, setupCase) => {
      const start = caseSnapshot(setupCase);
      const session = startSession(code, (e) =>
        e.addSheet(start.name, start.values, { columnFormats: start.columnFormats }),
      );
      const sheet = () => session.emulator.book.sheet(setupCase.sheet)!;
      Object.assign(sheet(), { frozenRows: rows, frozenColumns: 1 });
      expect((await session.host.readSnapshot()).view).toMatchObject({ freezeRows: rows, freezeColumns: 1 });
      await setUpThenUndo(session.host, setupCase.locale, () => {
        expect(sheet()).toMatchObject({ frozenRows: 1, frozenColumns: 1 });
      });
      expect(sheet()).toMatchObject({ frozenRows: rows, frozenColumns: 1 });
    },
  );
});
