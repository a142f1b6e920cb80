/// <reference types="office-js" />
import { ExcelEmulator } from './excel-emulator';

describe('ExcelEmulator', () => {
  test('throws when a property is read before it was loaded and synced', async () => {
    const excel = new ExcelEmulator().addSheet('Sheet1', [['a', 1]]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1:B1');
      expect(() => range.values).toThrow("The property 'values' is not available");
      range.load('values');
      expect(() => range.values).toThrow("The property 'values' is not available"); // loaded, not yet synced
      await context.sync();
      expect(range.values).toEqual([['a', 1]]);
      expect(() => range.formulas).toThrow("The property 'formulas' is not available");
    });
  });

  test('runs queued commands in order on sync and counts syncs', async () => {
    const excel = new ExcelEmulator().addSheet('Sheet1', [['a']]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const before = sheet.getUsedRange(true);
      sheet.getRange('C3').values = [['x']];
      const after = sheet.getUsedRange(true);
      before.load('address');
      after.load('address');
      expect(excel.cell('Sheet1', 'C3')).toBeUndefined();
      await context.sync();
      expect(before.address).toBe('Sheet1!A1');
      expect(after.address).toBe('Sheet1!A1:C3');
    });
    expect(excel.syncCount).toBe(1);
  });

  test('interprets written strings as Excel does with typed input', async () => {
    const excel = new ExcelEmulator().addSheet('S', [[null]]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:F1').values = [
        ["'00123", '00123', '=1+1', '+86 138', '2024-03-05', 'TRUE'],
      ];
      await context.sync();
    });
    expect(excel.grid('S')).toEqual([['00123', 123, null, '#NAME?', new Date('2024-03-05T00:00:00Z'), true]]);
    expect(excel.formulas('S')).toEqual({ C1: '=1+1', D1: '=+86 138' });
  });

  test('leaves a cell alone when its entry in the written array is null', async () => {
    const excel = new ExcelEmulator().addSheet('S', [['keep', 'old']]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:B1').values = [[null, 'new']];
      await context.sync();
    });
    expect(excel.grid('S')).toEqual([['keep', 'new']]);
  });

  test('fails a sync whose request is over the payload limit, like Excel on the web', async () => {
    const excel = new ExcelEmulator({ payloadLimit: 1000 }).addSheet('S', [[null]]);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:A100').values = Array.from({ length: 100 }, () => [
          '0123456789abcdef',
        ]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(excel.grid('S')).toEqual([]);
  });

  test('gives null objects for missing sheets and chains them as configured', async () => {
    for (const chaining of ['propagate', 'throw'] as const) {
      const excel = new ExcelEmulator({ nullObjectChaining: chaining }).addSheet('S', [['a']]);
      const attempt = excel.run(async (context) => {
        const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
        const used = missing.getUsedRange(true);
        used.load('values');
        await context.sync();
        return missing.isNullObject;
      });
      if (chaining === 'propagate') await expect(attempt).resolves.toBe(true);
      else await expect(attempt).rejects.toMatchObject({ code: 'ItemNotFound' });
    }
  });

  test('refuses to end Excel.run with commands never synced', async () => {
    const excel = new ExcelEmulator().addSheet('S', [['a']]);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1').values = [['b']];
      }),
    ).rejects.toThrow('never synced');
  });

  test('records validation, conditional format, pane and filter calls', async () => {
    const excel = new ExcelEmulator().addSheet('S', [['h'], ['x']]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      const range = sheet.getRange('A2:A9');
      range.dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' } };
      range.conditionalFormats.add('Custom').custom.rule.formula = '=LEN(TRIM(A2))=0';
      sheet.freezePanes.freezeRows(1);
      sheet.autoFilter.apply(sheet.getRange('A1:A9'));
      await context.sync();
    });
    expect(excel.calls.map((c) => c.member)).toEqual([
      'dataValidation.rule',
      'conditionalFormats.add',
      'custom.rule.formula',
      'freezePanes.freezeRows',
      'autoFilter.apply',
    ]);
    expect(excel.state('S')).toMatchObject({
      freezeRows: 1,
      filter: { firstRow: 1, lastRow: 9, firstCol: 1, lastCol: 1 },
      validations: [{ col: 1, firstRow: 2, lastRow: 9, source: 'a,b' }],
      conditionalFormats: [{ type: 'Custom', address: 'A2:A9', formula: '=LEN(TRIM(A2))=0' }],
    });
  });

  test('freezes panes as Excel does: each freeze replaces the last, and the location says rows and columns', async () => {
    const excel = new ExcelEmulator().addSheet('S', [['h'], ['x']]);
    const location = () =>
      excel.run(async (context) => {
        const frozen = context.workbook.worksheets.getItem('S').freezePanes.getLocationOrNullObject();
        frozen.load('address');
        await context.sync();
        return frozen.isNullObject ? null : frozen.address;
      });
    const freeze = (how: (panes: Excel.WorksheetFreezePanes) => void) =>
      excel.run(async (context) => {
        how(context.workbook.worksheets.getItem('S').freezePanes);
        await context.sync();
      });
    await freeze((panes) => panes.freezeColumns(1));
    expect(await location()).toBe('S!A:A');
    await freeze((panes) => panes.freezeRows(1));
    expect(excel.sheet('S')).toMatchObject({ frozenRows: 1, frozenColumns: 0 });
    expect(await location()).toBe('S!1:1');
    await freeze((panes) => panes.freezeAt('A1:B2'));
    expect(excel.sheet('S')).toMatchObject({ frozenRows: 2, frozenColumns: 2 });
    expect(await location()).toBe('S!A1:B2');
    await freeze((panes) => panes.unfreeze());
    expect(await location()).toBeNull();
  });

  test('rejects inline dropdown lists over 255 characters, as Excel does', async () => {
    const excel = new ExcelEmulator().addSheet('S', [['h']]);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A2:A3').dataValidation.rule = {
          list: { inCellDropDown: true, source: 'x'.repeat(256) },
        };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
