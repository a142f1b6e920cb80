import { changedSpan, createAutoGovern } from '../../addin/auto-govern';
import type { EntryGovernor } from '../../shared/host/entry-governor';
import { AUTO_GOVERN_KEY, AUTO_GOVERN_SHEET_KEY } from '../../shared/operations/entry';
import type { CellValue } from '../../shared/sheet/cell-value';
import { ExcelEmulator, type EmulatorOptions } from './excel-emulator';
import { hostFor, planFor } from './helpers';

const ZH: CellValue[][] = [
  ['客户编号', '姓名', '手机号', '邮箱', '客户等级'],
  ['C000001', '张伟', '13800138000', 'zhang.wei@example.com', 'VIP'],
  ['C000002', '李娜', '13900139000', 'li.na@example.cn', 'A级'],
];
const EN: CellValue[][] = [
  ['Customer ID', 'Name', 'Phone', 'Email', 'Tier'],
  ['C000001', 'Ada Lovelace', '+44 20 7946 0958', 'ada@example.com', 'VIP'],
  ['C000050', 'Grace Hopper', '+1 415 555 0134', 'grace@example.com', 'A'],
];

function on(sheet: string, extra: Record<string, string> = {}): Record<string, string> {
  return { [AUTO_GOVERN_KEY]: 'on', [AUTO_GOVERN_SHEET_KEY]: sheet, 'customerId.last.C': '2', ...extra };
}

async function governed(
  sheet: string,
  rows: CellValue[][],
  meta: Record<string, string>,
  options: EmulatorOptions = {},
): Promise<{ excel: ExcelEmulator; governor: EntryGovernor }> {
  const excel = new ExcelEmulator(options).addSheet(sheet, rows).addMeta(meta);
  const governor = createAutoGovern({
    run: excel.run,
    office: excel.office,
    host: hostFor(excel),
  });
  await governor.refresh();
  return { excel, governor };
}

describe('auto-govern', () => {
  test('gives a row typed under a Chinese list the next ID and tidies what was typed when the switch is on', async () => {
    const { excel, governor } = await governed('客户', ZH, on('客户'));
    await excel.type('客户', 'B4', [[' 王芳 ', '138 0013 8000', 'Wang.Fang@Example.COM ', 'vip']]);
    expect(excel.grid('客户')[3]).toEqual(['C000003', '王芳', '13800138000', 'wang.fang@example.com', 'VIP']);
    expect(excel.meta()['customerId.last.C']).toBe('3');
    expect(governor.lastError()).toBeNull();
    // The person's edit, then Custodian's write: read back, it needs nothing more (no loop).
    expect(excel.events.delivered[0]!.address).toBe('B4:E4');
    expect(excel.events.delivered.length).toBeGreaterThan(1);
  });

  test('numbers pasted English rows after the highest ID in the sheet, not just the counter', async () => {
    const { excel } = await governed('Customers', EN, on('Customers'));
    await excel.type('Customers', 'A4', [
      [null, 'Alan Turing', '(415) 555-0199', null, 'vip'],
      [null, null, null, 'Katherine.Johnson@NASA.gov', null],
      [null, 'Joan Clarke', null, null, null],
    ]);
    const grid = excel.grid('Customers');
    expect(grid.slice(3).map((r) => r[0])).toEqual(['C000051', null, 'C000052']);
    expect(grid[3]).toEqual(['C000051', 'Alan Turing', '+1 415 555 0199', null, 'VIP']);
    expect(grid[4]![3]).toBe('katherine.johnson@nasa.gov');
    expect(excel.meta()['customerId.last.C']).toBe('52');
  });

  test('numbers after an ID typed by hand earlier in the session when another customer is added', async () => {
    const { excel } = await governed('Customers', EN, on('Customers'));
    await excel.type('Customers', 'B4', [['Alan Turing']]);
    // A person types an ID above every other by hand, then adds a customer below it.
    await excel.type('Customers', 'A5', [['C000090', 'Joan Clarke']]);
    await excel.type('Customers', 'B6', [['Tommy Flowers']]);
    const grid = excel.grid('Customers');
    expect(grid.slice(3).map((r) => r[0])).toEqual(['C000051', 'C000090', 'C000091']);
    expect(excel.meta()['customerId.last.C']).toBe('91');
  });

  test('tidies only the cell changed in an existing row', async () => {
    const rows = [...ZH, ['C000003', ' 王芳 ', null, null, null]];
    const { excel } = await governed('客户', rows, on('客户'));
    await excel.type('客户', 'C4', [['139 0013 9001']]);
    expect(excel.grid('客户')[3]).toEqual(['C000003', ' 王芳 ', '13900139001', null, null]);
  });

  test('leaves the sheet as typed when the switch is off', async () => {
    const { excel, governor } = await governed('客户', ZH, { 'customerId.last.C': '2' });
    await excel.type('客户', 'B4', [[' 王芳 ', '138 0013 8000']]);
    await governor.idle();
    expect(excel.grid('客户')[3]).toEqual([null, ' 王芳 ', '138 0013 8000', null, null]);
    expect(excel.events.count).toBe(0);
  });

  test('stops governing when the switch is turned off while the pane is open', async () => {
    const { excel } = await governed('客户', ZH, on('客户'));
    await hostFor(excel).applyPlan(planFor('客户', { meta: { [AUTO_GOVERN_KEY]: 'off' } }));
    await excel.type('客户', 'B4', [[' 王芳 ']]);
    expect(excel.grid('客户')[3]).toEqual([null, ' 王芳 ', null, null, null]);
  });

  test("ignores a co-author's edit when the event comes from another session", async () => {
    const { excel } = await governed('客户', ZH, on('客户'));
    await excel.type('客户', 'B4', [[' 王芳 ']], 'Remote');
    expect(excel.grid('客户')[3]).toEqual([null, ' 王芳 ', null, null, null]);
  });

  test('never writes over a formula typed in the ID column', async () => {
    const { excel } = await governed('客户', ZH, on('客户'));
    await excel.type('客户', 'A4', [['=IF(B4="","","C"&TEXT(ROW(),"000000"))', '王芳']]);
    expect(excel.formulas('客户')).toEqual({ A4: '=IF(B4="","","C"&TEXT(ROW(),"000000"))' });
    expect(excel.meta()['customerId.last.C']).toBe('2');
  });

  test('leaves the row as typed and keeps the failure for the switch when the write fails', async () => {
    const { excel, governor } = await governed('客户', ZH, on('客户'));
    excel.failOn({ member: 'values', sheet: '客户' });
    await excel.type('客户', 'B4', [[' 王芳 ']]);
    expect(excel.grid('客户')[3]).toEqual([null, ' 王芳 ', null, null, null]);
    expect(governor.lastError()).toMatchObject({ name: 'HostError' });
    // The next change is governed again; the failed write gave out no ID, so the number is still free.
    await excel.type('客户', 'B5', [['李雷']]);
    expect(excel.grid('客户')[4]!.slice(0, 2)).toEqual(['C000003', '李雷']);
    expect(governor.lastError()).toBeNull();
  });

  test('says it is unavailable and listens to nothing when Excel lacks ExcelApi 1.7', async () => {
    const { excel, governor } = await governed('客户', ZH, on('客户'), { apiVersion: 1.6 });
    expect(governor.available).toBe(false);
    await excel.type('客户', 'B4', [[' 王芳 ']]);
    expect(excel.grid('客户')[3]).toEqual([null, ' 王芳 ', null, null, null]);
  });
});

describe('changedSpan', () => {
  test.each([
    ['B3', { firstRow: 3, lastRow: 3, firstCol: 2, lastCol: 2 }],
    ['B3:D5', { firstRow: 3, lastRow: 5, firstCol: 2, lastCol: 4 }],
    ["'客户'!$A$7:$C$9", { firstRow: 7, lastRow: 9, firstCol: 1, lastCol: 3 }],
    ['4:6', { firstRow: 4, lastRow: 6 }],
    ['C:C', undefined],
  ])('reads the rows of %s when an event names them', (address, span) => {
    expect(changedSpan(address)).toEqual(span);
  });
});
