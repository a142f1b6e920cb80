/**
 * `custodian undo` of the header lift gives a title over a two-row header (or a two-row header alone)
 * its merged cells and row heights back with its values: the lift inserts the one-row header and
 * deletes the old rows in one plan, and the footprint of that delete is kept like a plain delete's.
 */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { HistoryJsonEntry } from '../../cli/commands/history-command';
import type { CellValue } from '../../shared/sheet/cell-value';
import { run, tempDir } from './run';

const TODAY = ['--today', '2025-01-15'];

const SURNAMES = ['张', '李', '王', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const CITIES = ['上海市浦东新区', '杭州市西湖区', '南京市鼓楼区', '苏州市工业园区', '宁波市鄞州区'];

/** A sales team's 客户台账: title over A1:H1, 基本信息 and 联系方式 grouped over row 3's names, two names merged down. */
const LEDGER: CellValue[][] = [
  ['2024年客户台账'],
  ['基本信息', null, null, '联系方式', null, null, '客户等级', '备注'],
  ['客户编号', '客户名称', '联系人', '手机', '邮箱', '地址'],
  ...Array.from({ length: 20 }, (_, i): CellValue[] => [
    `KH${String(i + 1).padStart(4, '0')}`,
    `${CITIES[i % 5]!.slice(0, 2)}${['源泉', '明德', '华信', '启航', '恒通'][i % 5]}科技有限公司${i + 1}`,
    `${SURNAMES[i % 10]}${['伟', '娜', '强', '芳', '静'][i % 5]}`,
    `13${String(800138000 + i * 1111).padStart(9, '0')}`,
    `contact${i + 1}@example.cn`,
    CITIES[i % 5]!,
    ['A', 'B', 'C'][i % 3]!,
    i % 4 === 0 ? '重点客户' : null,
  ]),
];
const LEDGER_MERGES = ['A1:H1', 'A2:C2', 'D2:F2', 'G2:G3', 'H2:H3'];

/** A plain two-row header: Customer and Contact over the names, Tier and Notes merged down. */
const ENGLISH: CellValue[][] = [
  ['Customer', null, 'Contact', null, null, 'Tier', 'Notes'],
  ['Customer ID', 'Name', 'Phone', 'Email', 'City'],
  ...Array.from({ length: 20 }, (_, i): CellValue[] => [
    `C${String(i + 1).padStart(4, '0')}`,
    `${['Dana', 'Lee', 'Sam', 'Alex', 'Jo'][i % 5]} ${['Smith', 'Jones', 'Brown', 'Taylor'][i % 4]}`,
    `+1 415 555 ${String(1000 + i)}`,
    `person${i + 1}@example.com`,
    ['Boston', 'Denver', 'Austin', 'Seattle'][i % 4]!,
    ['Gold', 'Silver', 'Bronze'][i % 3]!,
    null,
  ]),
];
const ENGLISH_MERGES = ['A1:B1', 'C1:E1', 'F1:F2', 'G1:G2'];

const TITLE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

async function writeSheet(
  file: string,
  name: string,
  rows: CellValue[][],
  merges: string[],
  headerRows: number,
): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(name);
  for (const row of rows) sheet.addRow(row);
  for (const range of merges) sheet.mergeCells(range);
  for (let r = 1; r <= headerRows; r++) {
    sheet.getRow(r).height = 20 + 4 * r;
    for (let c = 1; c <= rows[headerRows - 1]!.length + 2; c++) {
      const cell = sheet.getCell(r, c);
      cell.font = { bold: true, size: r === 1 ? 16 : 11 };
      cell.fill = TITLE_FILL;
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
    }
  }
  await book.xlsx.writeFile(file);
}

interface Shown {
  merges: string[];
  values: CellValue[][];
  heights: (number | undefined)[];
}

/** The first `count` rows of the sheet (set up's rules reach far below the list, so rowCount does too). */
async function shownOf(file: string, name: string, headerRows: number, width: number, count: number): Promise<Shown> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet(name)!;
  const values: CellValue[][] = [];
  for (let r = 1; r <= count; r++)
    values.push(
      Array.from({ length: width }, (_, c) => {
        const cell = sheet.getCell(r, c + 1);
        // A merged cell reads as its top-left cell's value in exceljs: the file holds it there only.
        return cell.isMerged && cell.master !== cell ? null : (cell.value as CellValue);
      }),
    );
  const rows = Array.from({ length: headerRows }, (_, r) => r + 1);
  return {
    merges: [...sheet.model.merges].sort(),
    values,
    heights: rows.map((r) => sheet.getRow(r).height),
  };
}

async function historyOf(file: string, dir: string): Promise<HistoryJsonEntry[]> {
  const result = await run(['history', file, '--json'], dir);
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as { operations: HistoryJsonEntry[] }).operations;
}

describe('custodian undo of a header lift', () => {
  const dir = tempDir();

  test('gives the 客户台账 its title and group merges and row heights back when clean lifted its header', async () => {
    await writeSheet(join(dir, 'ledger.xlsx'), '客户台账', LEDGER, LEDGER_MERGES, 3);
    const before = await shownOf(join(dir, 'ledger.xlsx'), '客户台账', 3, 8, LEDGER.length);
    expect(before.merges).toEqual([...LEDGER_MERGES].sort());

    const clean = await run(['clean', 'ledger.xlsx', '-o', 'clean.xlsx', ...TODAY], dir);
    expect(clean.code).toBe(0);
    const cleaned = await shownOf(join(dir, 'clean.xlsx'), '客户台账', 3, 8, LEDGER.length);
    expect(cleaned.merges).toEqual([]);
    expect(cleaned.values[0]!.slice(2, 6)).toEqual(['联系人', '手机', '邮箱', '地址']);
    expect(cleaned.values[20]![0]).toBe('KH0020');
    const lift = (await historyOf('clean.xlsx', dir)).find((o) => o.operation === 'headerLift')!;
    expect(lift).toMatchObject({ rowsAdded: 1, rowsRemoved: 3 });

    const undone = await run(['undo', 'clean.xlsx', '-o', 'back.xlsx', '--all'], dir);
    expect(undone.code).toBe(0);
    const back = await shownOf(join(dir, 'back.xlsx'), '客户台账', 3, 8, LEDGER.length);
    expect(back.merges).toEqual(before.merges);
    expect(back.values).toEqual(before.values);
    expect(back.heights).toEqual(before.heights);

    const history = await historyOf('back.xlsx', dir);
    expect(history.find((o) => o.id === lift.id)).toMatchObject({ operation: 'headerLift', undoable: false });
    expect(history.find((o) => o.id === lift.id)!.undoneBy).not.toBeNull();
    expect(history.filter((o) => o.operation === 'undo').map((o) => o.undoes)).toContain(lift.id);
    const text = await run(['history', 'back.xlsx'], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/撤销/);
  });

  test('gives an English two-row header its merges back when merge lifted it', async () => {
    await writeSheet(join(dir, 'customers.xlsx'), 'Customers', ENGLISH, ENGLISH_MERGES, 2);
    const before = await shownOf(join(dir, 'customers.xlsx'), 'Customers', 2, 7, ENGLISH.length);

    const merged = await run(['merge', 'customers.xlsx', '-o', 'merged.xlsx', ...TODAY], dir);
    expect(merged.code).toBe(0);
    const operations = await historyOf('merged.xlsx', dir);
    const lift = operations.find((o) => o.operation === 'headerLift')!;
    expect(lift).toMatchObject({ rowsAdded: 1, rowsRemoved: 2 });
    const lifted = await shownOf(join(dir, 'merged.xlsx'), 'Customers', 2, 7, ENGLISH.length);
    expect(lifted.values[0]).toEqual(['Customer ID', 'Name', 'Phone', 'Email', 'City', 'Tier', 'Notes']);

    const undone = await run(['undo', 'merged.xlsx', '-o', 'back.xlsx', '--all'], dir);
    expect(undone.code).toBe(0);
    const back = await shownOf(join(dir, 'back.xlsx'), 'Customers', 2, 7, ENGLISH.length);
    expect(back.merges).toEqual([...ENGLISH_MERGES].sort());
    expect(back.values).toEqual(before.values);
    expect(back.heights).toEqual(before.heights);
    const history = await historyOf('back.xlsx', dir);
    expect(history.find((o) => o.id === lift.id)!.undoneBy).not.toBeNull();
  });
});
