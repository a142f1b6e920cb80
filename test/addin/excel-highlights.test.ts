import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import type { SpreadsheetHost } from '../../shared/host/host';
import type { MergeCluster } from '../../shared/merge/types';
import { duplicateActionPlan, TEAM_GROUPS, TEAM_LIST } from '../support/duplicate-list';
import { ExcelEmulator } from './excel-emulator';
import { hostFor, planFor } from './helpers';

const start: SheetSnapshot = { name: '客户', values: TEAM_LIST, meta: {} };

async function act(host: SpreadsheetHost, action: 'highlight' | 'unhighlight', clusters: MergeCluster[] = TEAM_GROUPS) {
  return host.applyPlan(duplicateActionPlan(await host.readSnapshot(), action, clusters));
}

/** The user's own rule: big spenders in yellow. */
async function addUserRule(excel: ExcelEmulator): Promise<void> {
  await excel.run(async (context) => {
    const format = context.workbook.worksheets.getItem('客户').getRange('D2:D6').conditionalFormats.add('Custom');
    format.custom.rule.formula = '=$D2>1000';
    format.custom.format.fill.color = '#FFFF00';
    await context.sync();
  });
}

const userRule = { type: 'Custom', address: 'D2:D6', formula: '=$D2>1000', fill: '#FFFF00' };

describe('excel-highlights', () => {
  test('paints each parity of groups with one rule over its rows’ areas and keeps the user’s own rule', async () => {
    const excel = ExcelEmulator.fromSnapshot(start);
    await addUserRule(excel);
    const host = hostFor(excel);
    expect(await act(host, 'highlight')).toEqual({ skipped: [] });
    expect(excel.state('客户').conditionalFormats).toEqual([
      userRule,
      {
        type: 'Custom',
        address: 'A2:E4',
        areas: ['A2:E2', 'A4:E4'],
        formula: '=ISTEXT("Custodian highlight: duplicates-odd")',
        fill: '#FCE4D6',
      },
      {
        type: 'Custom',
        address: 'A3:E6',
        areas: ['A3:E3', 'A6:E6'],
        formula: '=ISTEXT("Custodian highlight: duplicates-even")',
        fill: '#DDEBF7',
      },
    ]);
    expect(excel.grid('客户')).toEqual(start.values);
  });

  test('replaces its own rules when run again and removes only them, the user’s rule staying', async () => {
    const excel = ExcelEmulator.fromSnapshot(start);
    await addUserRule(excel);
    const host = hostFor(excel);
    await act(host, 'highlight');
    await act(host, 'highlight', [{ rows: [3, 6] }]);
    expect(excel.state('客户').conditionalFormats.map((f) => f.areas ?? f.address)).toEqual([
      'D2:D6',
      ['A3:E3', 'A6:E6'],
    ]);
    await act(host, 'unhighlight', []);
    expect(excel.state('客户').conditionalFormats).toEqual([userRule]);
  });

  test('splits a highlight over thousands of scattered rows into rules under Excel’s address limit', async () => {
    const excel = ExcelEmulator.fromSnapshot(start);
    const host = hostFor(excel);
    const ranges = Array.from({ length: 3000 }, (_, i) => `A${i * 2 + 2}:E${i * 2 + 2}`);
    await host.applyPlan(planFor('客户', { highlights: [{ id: 'duplicates-odd', ranges, color: '#FCE4D6' }] }));
    const formats = excel.state('客户').conditionalFormats;
    expect(formats.length).toBeGreaterThan(1);
    expect(formats.flatMap((f) => f.areas)).toEqual(ranges);
    await host.applyPlan(planFor('客户', { highlights: [{ id: 'duplicates-odd', remove: true }] }));
    expect(excel.state('客户').conditionalFormats).toEqual([]);
  });

  test('skips the highlight and says so in Excel 2019 (ExcelApi 1.8, no RangeAreas)', async () => {
    const excel = ExcelEmulator.fromSnapshot(start, { apiVersion: 1.8 });
    expect(await act(hostFor(excel), 'highlight')).toEqual({ skipped: ['highlights'] });
    expect(excel.state('客户').conditionalFormats).toEqual([]);
    expect(excel.callsOf('conditionalFormats.add')).toEqual([]);
  });
});
