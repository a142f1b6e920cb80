/**
 * The host contract for combining sheets: every host lists the visible sheets (its own hidden
 * sheets left out) and reads a sheet by name, with the workbook's meta, as the in-memory reference does.
 */
import { HostError } from '../../shared/host/host';
import { emptyPlan, type Plan } from '../../shared/plan/plan';
import { cellText } from '../../shared/sheet/cell-value';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { sheetsHost } from '../appsscript/contract-host';
import { excelHost, fileHost, memoryHost, type HostFactory } from './hosts';

const SALES: SheetSnapshot = {
  name: '销售A',
  values: [
    ['客户名称', '手机', '首次购买'],
    ['张伟', '13800138000', '2024-03-05'],
    ['李娜', '13912345678', '2024-04-02'],
  ],
};

/** A second salesperson's sheet (an English export), a hidden helper sheet, and a meta key. */
function morePlan(): Plan {
  const plan = emptyPlan(SALES.name);
  plan.sheets.push({
    name: 'Trade show',
    hidden: false,
    mode: 'create',
    rows: [
      ['Name', 'Mobile', 'Met on'],
      ['Zhang Wei', '+86 138 0013 8000', new Date(Date.UTC(2024, 2, 5))],
    ],
  });
  plan.sheets.push({ name: 'Lists', hidden: true, mode: 'create', rows: [['A'], ['B']] });
  plan.meta['locale'] = 'zh-CN';
  return plan;
}

const HOSTS: [string, HostFactory][] = [
  ['in memory', memoryHost],
  ['Excel (emulated Office.js)', excelHost],
  ['file (exceljs)', fileHost],
  ['Google Sheets (built Code.js, emulated SpreadsheetApp)', sheetsHost],
];

const asText = (snapshot: SheetSnapshot) => snapshot.values.map((row) => row.map(cellText));

describe.each(HOSTS)('host sheets: %s', (_name, factory) => {
  test('lists the visible sheets in tab order when the workbook has hidden helper sheets and meta', async () => {
    const { host } = factory(SALES);
    await host.applyPlan(morePlan());
    expect(await host.sheetNames()).toEqual(['销售A', 'Trade show']);
  });

  test('reads a named sheet that is not the active one, with its date and the workbook meta', async () => {
    const { host } = factory(SALES);
    await host.applyPlan(morePlan());
    const other = await host.readSnapshot({ sheet: 'Trade show' });
    expect(other.name).toBe('Trade show');
    expect(asText(other)).toEqual([
      ['Name', 'Mobile', 'Met on'],
      ['Zhang Wei', '+86 138 0013 8000', '2024-03-05'],
    ]);
    expect(other.values[1]![2]).toBeInstanceOf(Date);
    expect(other.meta).toMatchObject({ locale: 'zh-CN' });
    // The active sheet is read as before.
    const active = await host.readSnapshot();
    expect(active.name).toBe('销售A');
    expect(asText(active)).toEqual(SALES.values);
  });

  test('fails with a HostError naming the sheet when no sheet has that name', async () => {
    const { host } = factory(SALES);
    const read = host.readSnapshot({ sheet: '展会名单' });
    await expect(read).rejects.toBeInstanceOf(HostError);
    await expect(read).rejects.toMatchObject({ message: expect.stringContaining('展会名单') });
  });
});
