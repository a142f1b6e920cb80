import { planDuplicateAction } from '../../shared/operations/duplicate-actions';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import type { SpreadsheetHost } from '../../shared/host/host';
import type { MergeCluster } from '../../shared/merge/types';
import { ExcelEmulator } from './excel-emulator';
import { hostFor, planFor } from './helpers';

/** A Chinese team's list with the same customer typed three times and another twice. */
const start: SheetSnapshot = {
  name: '客户',
  values: [
    ['客户编号', '姓名', '手机', '消费金额', '公司'],
    ['C000001', '张伟', '13800138000', 1200, '北京星辰科技有限公司'],
    ['C000002', '李娜', '13912345678', 800, '上海海鲸贸易有限公司'],
    ['C000003', '张 伟', '138-0013-8000', 1500, '星辰科技'],
    ['C000004', '王芳', '13700137000', 500, '杭州西湖茶业'],
    ['C000005', '李娜', '139 1234 5678', 80, ''],
    ['C000006', '张伟', '+86 138 0013 8000', 120, '北京星辰科技有限公司'],
  ],
  meta: {},
};
const GROUPS: MergeCluster[] = [{ rows: [2, 4, 7] }, { rows: [3, 6] }];

async function act(host: SpreadsheetHost, action: 'highlight' | 'unhighlight', clusters = GROUPS) {
  const snapshot = await host.readSnapshot();
  const { plan } = planDuplicateAction(snapshot, {
    action,
    clusters,
    template: DEFAULT_TEMPLATE,
    mapping: mapHeaders(snapshot.values[0]!, DEFAULT_TEMPLATE),
    locale: 'zh-CN',
    now: new Date('2024-06-01T08:00:00Z'),
  });
  return host.applyPlan(plan);
}

/** The user's own rule: big spenders in yellow. */
async function addUserRule(excel: ExcelEmulator): Promise<void> {
  await excel.run(async (context) => {
    const format = context.workbook.worksheets.getItem('客户').getRange('D2:D7').conditionalFormats.add('Custom');
    format.custom.rule.formula = '=$D2>1000';
    format.custom.format.fill.color = '#FFFF00';
    await context.sync();
  });
}

const userRule = { type: 'Custom', address: 'D2:D7', formula: '=$D2>1000', fill: '#FFFF00' };

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
        address: 'A2:E7',
        areas: ['A2:E2', 'A4:E4', 'A7:E7'],
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
      'D2:D7',
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
