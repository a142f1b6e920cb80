/**
 * Excel (emulated Office.js): setup protects the header row and the ID column, Custodian's own later
 * writes lift and restore the protection, undo of setup removes it, and a setup that fails half-way
 * leaves the sheet as it was (the plan driver puts back what it had written).
 */
import { readEntries } from '../../shared/history/operation-entry';
import type { SpreadsheetHost } from '../../shared/host/host';
import { LISTS_SHEET, planSetup } from '../../shared/operations/setup';
import { invertPlan } from '../../shared/plan/invert-plan';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import type { Template } from '../../shared/template/schema';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { ExcelEmulator } from './excel-emulator';
import { isLockedCell } from './emulator-protection';
import { hostFor, planFor } from './helpers';

const NOW = new Date(Date.UTC(2025, 2, 3, 9, 0, 0));

/** A Chinese shop chain's list: the ID third, a store column, one row still without an ID. */
function chineseList(): SheetSnapshot {
  return {
    name: '客户',
    values: [
      ['客户名称', '手机号码', '客户编号', '门店'],
      ['张三', '13800138000', 'C000001', '门店001'],
      ['李四', '13900139000', null, '门店250'],
      ['王五', '13700137000', 'C000002', '门店500'],
    ],
  };
}

/** The built-in template with a store field of 500 options (a list far over Excel's 255 characters). */
function storesTemplate(): Template {
  const options = Array.from({ length: 500 }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    return { key: `store${n}`, labels: { 'zh-CN': `门店${n}`, 'en-US': `Store ${n}` }, synonyms: [] };
  });
  return {
    ...DEFAULT_TEMPLATE,
    fields: [
      ...DEFAULT_TEMPLATE.fields,
      { key: 'store', kind: 'choice', labels: { 'zh-CN': '门店', 'en-US': 'Store' }, synonyms: [], options },
    ] as Template['fields'],
  };
}

async function setUp(host: SpreadsheetHost, template?: Template) {
  const plan = planSetup(await host.readSnapshot(), { now: NOW, ...(template ? { template } : {}) }).plan;
  return { plan, result: await host.applyPlan(plan) };
}

describe('excel protection', () => {
  test('locks the header row and the ID column and allows sorting, filtering, formatting and new rows when a Chinese list is set up', async () => {
    const excel = ExcelEmulator.fromSnapshot(chineseList());
    await setUp(hostFor(excel));
    const sheet = excel.sheet('客户');
    expect(sheet.protection?.options).toMatchObject({
      allowFormatCells: true,
      allowSort: true,
      allowAutoFilter: true,
      allowInsertRows: true,
    });
    expect([isLockedCell(sheet, 1, 1), isLockedCell(sheet, 1, 4), isLockedCell(sheet, 3, 3)]).toEqual([
      true,
      true,
      true,
    ]);
    expect([isLockedCell(sheet, 2, 1), isLockedCell(sheet, 3, 2), isLockedCell(sheet, 5000, 4)]).toEqual([
      false,
      false,
      false,
    ]);
    expect(excel.grid('客户')[2]![2]).toBe('C000003');
  });

  test('writes into the locked ID column and restores the protection with the same options when the sheet is protected', async () => {
    const excel = ExcelEmulator.fromSnapshot(chineseList());
    const sheet = excel.sheet('客户');
    // A sheet the user protected by hand, without sorting: Excel refuses writes to its cells.
    sheet.protection = { options: { allowSort: false, allowFormatCells: true } };
    const plan = planFor('客户', { edits: [{ row: 3, col: 3, before: null, after: 'C000003' }] });
    await hostFor(excel).applyPlan(plan);
    expect(excel.grid('客户')[2]![2]).toBe('C000003');
    expect(sheet.protection).toEqual({ options: { allowSort: false, allowFormatCells: true } });
  });

  test('restores the protection when a write fails on a protected sheet', async () => {
    const excel = ExcelEmulator.fromSnapshot(chineseList()).failOn({ member: 'freezePanes.freezeRows' });
    const sheet = excel.sheet('客户');
    sheet.protection = { options: { allowSort: true } };
    const plan = planFor('客户', { edits: [{ row: 3, col: 3, before: null, after: 'C000003' }], freezeRows: 1 });
    await expect(hostFor(excel).applyPlan(plan)).rejects.toMatchObject({ stepKey: 'freezeRows' });
    expect(excel.grid('客户')[2]![2]).toBeNull();
    expect(sheet.protection).toEqual({ options: { allowSort: true } });
  });

  test('the inverse of setup removes the protection setup added, and a second setup replaces it (en-US)', async () => {
    const excel = ExcelEmulator.fromSnapshot({
      name: 'Customers',
      values: [
        ['Customer ID', 'Name', 'Email'],
        ['C000001', 'Ada Lovelace', 'ada@example.com'],
      ],
    });
    const host = hostFor(excel);
    const { plan } = await setUp(host);
    // Set up again on the protected sheet: lifted, written, protected anew (protect() fails on a protected sheet).
    const again = await setUp(host);
    expect(again.plan.protection).toEqual({ headerRows: 1, cols: [1], previous: { headerRows: 1, cols: [1] } });
    expect(excel.sheet('Customers').protection).not.toBeNull();
    await host.applyPlan(planFor('Customers', { protection: invertPlan(plan).protection! }));
    expect(excel.sheet('Customers').protection).toBeNull();
  });

  test('sets up a 500-option list through the hidden lists sheet when the template has one', async () => {
    const excel = ExcelEmulator.fromSnapshot(chineseList());
    const { plan } = await setUp(hostFor(excel), storesTemplate());
    const list = plan.validations.find((v) => 'source' in v && v.source.kind === 'range');
    expect(list).toBeDefined();
    expect(excel.grid(LISTS_SHEET)).toHaveLength(500);
    expect(excel.grid(LISTS_SHEET)[499]).toContain('门店500');
    const rule = excel.state('客户').validations.find((v) => v.col === 4 && v.source);
    expect(rule?.source).toMatch(/^=_custodian_lists!\$[A-Z]+\$1:\$[A-Z]+\$500$/);
    expect(excel.sheet(LISTS_SHEET).visibility).toBe('Hidden');
  });

  test('leaves the sheet as it was, with no history entry, when a list rule fails half-way through setup', async () => {
    const start = chineseList();
    const excel = ExcelEmulator.fromSnapshot(start).failOn({
      member: 'dataValidation.rule',
      sheet: '客户',
      code: 'InvalidArgument',
      message: 'The list source is invalid.',
    });
    const before = excel.grid('客户');
    await expect(setUp(hostFor(excel), storesTemplate())).rejects.toMatchObject({ stepKey: 'validations' });
    // The headers setup renamed and the ID it gave 李四 are put back; nothing is protected.
    expect(excel.grid('客户')).toEqual(before);
    expect(excel.sheet('客户').protection).toBeNull();
    // The rules the failing step set before its failure are gone too.
    expect(excel.state('客户').validations).toEqual([]);
    expect(readEntries(excel.meta()).entries).toEqual([]);
  });
});
