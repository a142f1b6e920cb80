/**
 * A customer list kept as an Excel table (ListObject), and a list under a title with its own active
 * filter and print area, through clean, merge and undo. Excel refuses a sheet filter that overlaps a
 * table, and a table whose column names differ from its header cells: its repair drops the table. So
 * the written XML is checked, not only what exceljs reads back.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { spawnSync } from 'node:child_process';
import { bundleCli, run, tempDir } from './run';
import { hasSoffice } from '../support/libreoffice';

const TODAY = ['--today', '2024-06-30'];

const CUSTOMERS_HEADER = ['客户名称', '手机', '邮箱', '公司', '客户等级', '累计消费金额', '内部备注', '官网'];
const CUSTOMERS = [
  ['张伟', '13800138000', 'zw@example.com', '华宇科技', 'A', 12800, '老客户', 'https://example.com/a'],
  ['李娜', '139 1234 5678', 'LN@Example.com ', '星河贸易', 'B', 3200, '', ''],
  ['王芳', '+86 137 0013 7000', 'wangfang@example.cn', '远山文化', 'C', 560, '已流失', ''],
  ['赵强', '13600136000', 'zq@example.com', '华宇科技', 'A', 8800, '', ''],
  ['张伟', '13800138000', 'zw@example.com', '华宇科技', 'A', 12800, '重复录入', ''],
  ['陈静', '13500135000', 'cj@example.com', '青禾餐饮', 'B', 1500, '', ''],
];

/** The team's list as an Excel table with a hidden notes column, a hidden row and an A/B/C dropdown. */
async function writeTableList(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户');
  sheet.addTable({
    name: '客户表',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: CUSTOMERS_HEADER.map((name) => ({ name, filterButton: true })),
    rows: CUSTOMERS,
  });
  sheet.getColumn(7).hidden = true;
  sheet.getRow(4).hidden = true;
  sheet.getColumn(6).numFmt = '#,##0.00';
  for (let r = 2; r <= 200; r++)
    sheet.getCell(r, 5).dataValidation = {
      type: 'list',
      allowBlank: true,
      showErrorMessage: true,
      error: '请选 A/B/C',
      formulae: ['"A,B,C"'],
    };
  await workbook.xlsx.writeFile(path);
}

/** An English list as an Excel table with a Total row summing the spend. */
async function writeTotalsTable(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Customers');
  sheet.addTable({
    name: 'Customers',
    ref: 'A1',
    headerRow: true,
    totalsRow: true,
    style: { theme: 'TableStyleLight9' },
    columns: [
      { name: 'Name', totalsRowLabel: 'Total', filterButton: true },
      { name: 'Email', filterButton: true },
      { name: 'Phone', filterButton: true },
      { name: 'Total Spend', totalsRowFunction: 'sum', filterButton: true },
    ],
    rows: [
      ['Emma Wilson', 'Emma@Example.com ', '(415) 555-0132', 1200],
      ['Liam Brown', 'liam@example.com', '415.555.0199', 300],
      ['Noah Miller', 'noah@example.com', '415-555-0100', 75],
    ],
  });
  await workbook.xlsx.writeFile(path);
}

/** The table part as Excel writes it: no headerRowCount (1 is the default) and no filterColumn per column. */
async function asExcelWritesTable(path: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const name = 'xl/tables/table1.xml';
  const xml = (await zip.file(name)!.async('string'))
    .replace(/ headerRowCount="1"/, '')
    .replace(/<autoFilter ref="([^"]+)">.*?<\/autoFilter>/, '<autoFilter ref="$1"/>');
  zip.file(name, xml);
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
}

/** A list under a merged title, filtered to 城市 = 上海 (rows 4 and 6 hidden), printing from the title. */
async function writeFilteredList(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('华东客户', { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  sheet.getCell('A1').value = '2024年华东区客户名单（内部资料）';
  sheet.mergeCells('A1:F1');
  sheet.addRow(['客户名称', '城市', '手机', '邮编', '最近联系日期', '备注']);
  const day = (m: number) => new Date(Date.UTC(2024, m, 5));
  sheet.addRows([
    ['甲', '上海', '13811112222', 200001, day(0), ''],
    ['乙', '杭州', '13811113333', 310000, day(1), ''],
    ['丙', '上海', '13811114444', 200120, day(2), ''],
    ['丁', '南京', '13811115555', 210000, day(3), ''],
    ['戊', '上海', '13811116666', 200000, day(4), ''],
  ]);
  sheet.autoFilter = 'A2:F7';
  [4, 6].forEach((r) => (sheet.getRow(r).hidden = true));
  sheet.pageSetup.printArea = 'A1:F7';
  sheet.pageSetup.printTitlesRow = '2:2';
  await workbook.xlsx.writeFile(path);
  // exceljs writes no filter criteria: add 城市 = 上海 as Excel writes it.
  const zip = await JSZip.loadAsync(readFileSync(path));
  const part = 'xl/worksheets/sheet1.xml';
  const xml = (await zip.file(part)!.async('string')).replace(
    /<autoFilter ref="A2:F7"\/>/,
    '<autoFilter ref="A2:F7"><filterColumn colId="1"><filters><filter val="上海"/></filters></filterColumn></autoFilter>',
  );
  zip.file(part, xml);
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
}

interface TablePart {
  ref: string;
  filterRef: string | undefined;
  headerRowCount: string | undefined;
  names: string[];
  count: number;
  hiddenButtons: number;
}

interface Written {
  sheetXml: string;
  tables: TablePart[];
  workbookXml: string;
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** The list sheet's XML (sheet1), its tables and the workbook part, as the file holds them. */
async function written(path: string): Promise<Written> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const rels = (await zip.file('xl/worksheets/_rels/sheet1.xml.rels')?.async('string')) ?? '';
  const targets = [...rels.matchAll(/Target="\.\.\/tables\/([^"]+)"/g)].map((m) => `xl/tables/${m[1]}`);
  const tables = await Promise.all(
    targets.map(async (name) => {
      const xml = await zip.file(name)!.async('string');
      const open = /<table\b[^>]*>/.exec(xml)![0];
      const filter = /<autoFilter\b[^>]*>/.exec(xml)?.[0];
      return {
        ref: attr(open, 'ref')!,
        filterRef: filter && attr(filter, 'ref'),
        headerRowCount: attr(open, 'headerRowCount'),
        names: [...xml.matchAll(/<tableColumn\b[^>]*\sname="([^"]*)"/g)].map((m) => m[1]!),
        count: Number(/<tableColumns count="(\d+)"/.exec(xml)?.[1]),
        hiddenButtons: (xml.match(/hiddenButton="1"/g) ?? []).length,
      };
    }),
  );
  return { sheetXml, tables, workbookXml: await zip.file('xl/workbook.xml')!.async('string') };
}

/** The sheet's own filter element, whole. */
function filterOf(sheetXml: string): string | undefined {
  return /<autoFilter\b[^>]*\/>|<autoFilter\b[^>]*>.*?<\/autoFilter>/.exec(sheetXml)?.[0];
}

function hiddenRows(sheetXml: string): number[] {
  return [...sheetXml.matchAll(/<row r="(\d+)"[^>]*\shidden="1"/g)].map((m) => Number(m[1]));
}

function columnsOf(ref: string): number {
  const [, a, b] = /^([A-Z]+)\d+:([A-Z]+)\d+$/.exec(ref)!;
  const n = (s: string) => [...s].reduce((v, ch) => v * 26 + ch.charCodeAt(0) - 64, 0);
  return n(b!) - n(a!) + 1;
}

/** The header cells' text over the table's columns, as the sheet holds them. */
async function headerTexts(path: string, sheetName: string, ref: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(sheetName)!;
  return Array.from({ length: columnsOf(ref) }, (_, i) => String(sheet.getCell(1, i + 1).value ?? ''));
}

/** A valid table: as many columns as its range, names as the header cells, and no sheet filter. */
async function expectValidTable(path: string, sheetName: string): Promise<TablePart> {
  const { sheetXml, tables } = await written(path);
  expect(tables).toHaveLength(1);
  const table = tables[0]!;
  expect(/<autoFilter\b[^>]*>/.exec(sheetXml)?.[0]).toBeUndefined();
  expect(table.count).toBe(columnsOf(table.ref));
  expect(table.names).toHaveLength(table.count);
  expect(table.names).toEqual(await headerTexts(path, sheetName, table.ref));
  expect(table.headerRowCount).not.toBe('0');
  return table;
}

const soffice = hasSoffice();

/** LibreOffice opens the file and reads its first sheet as CSV. */
function libreOfficeCsv(file: string, dir: string): string {
  const out = join(dir, 'lo');
  const result = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76',
      '--outdir',
      out,
      file,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  expect(result.status).toBe(0);
  return readFileSync(join(out, file.replace(/^.*\//, '').replace(/\.xlsx$/, '.csv')), 'utf8');
}

describe('custodian on a list kept as an Excel table', () => {
  const dir = tempDir();

  beforeAll(async () => {
    await writeTableList(join(dir, 'table.xlsx'));
    await writeTableList(join(dir, 'excel-table.xlsx'));
    await asExcelWritesTable(join(dir, 'excel-table.xlsx'));
    await writeTotalsTable(join(dir, 'totals.xlsx'));
  });

  test('clean adds no sheet filter over the table and grows the table over the added columns', async () => {
    const result = await run(['clean', 'table.xlsx', '-o', 'c.xlsx', ...TODAY], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const table = await expectValidTable(join(dir, 'c.xlsx'), '客户');
    // The headers clean renamed are the table's column names too.
    expect(table.names).toEqual(expect.arrayContaining(['价值等级', '备注', '客户编号']));
    expect(table.names).not.toContain('客户等级');
    expect(table.ref).toMatch(/^A1:[A-Z]+7$/);
    expect(table.filterRef).toBe(table.ref);
    expect(table.hiddenButtons).toBe(0);
    expect(result.stdout).toContain('Excel 表格“客户表”');
    expect(result.stdout).not.toContain('表头行已冻结并可筛选');
  });

  test('clean keeps a table Excel wrote with its header row and filter buttons', async () => {
    const result = await run(['clean', 'excel-table.xlsx', '-o', 'ce.xlsx', ...TODAY], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const table = await expectValidTable(join(dir, 'ce.xlsx'), '客户');
    expect(table.hiddenButtons).toBe(0);
  });

  test('a table with a Total row keeps it last and out of its filter', async () => {
    const result = await run(['clean', 'totals.xlsx', '-o', 'ct.xlsx', ...TODAY], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const table = await expectValidTable(join(dir, 'ct.xlsx'), 'Customers');
    expect(table.ref).toMatch(/^A1:[A-Z]+5$/);
    expect(table.filterRef).toBe(table.ref.replace(/5$/, '4'));
    expect(result.stdout).toContain('Excel table "Customers"');
    expect(result.stdout).not.toContain('header row frozen and filtered');
  });

  test('merge shrinks the table to the rows left and undo grows it back with the old names', async () => {
    expect((await run(['clean', 'table.xlsx', '-o', 'c2.xlsx', ...TODAY], dir)).code).toBe(0);
    const merged = await run(['merge', 'c2.xlsx', '-o', 'm.xlsx', ...TODAY], dir);
    expect(merged).toMatchObject({ code: 0, stderr: '' });
    const table = await expectValidTable(join(dir, 'm.xlsx'), '客户');
    expect(table.ref).toMatch(/^A1:[A-Z]+6$/);

    const undone = await run(['undo', 'm.xlsx', '--all', '-o', 'u.xlsx'], dir);
    expect(undone).toMatchObject({ code: 0 });
    const back = await expectValidTable(join(dir, 'u.xlsx'), '客户');
    expect(back.ref).toBe('A1:H7');
    expect(back.names).toEqual(CUSTOMERS_HEADER);
  });

  (soffice ? test : test.skip)('LibreOffice opens the cleaned and merged tables', () => {
    for (const file of ['c.xlsx', 'ct.xlsx', 'm.xlsx']) {
      const csv = libreOfficeCsv(join(dir, file), dir);
      expect(csv.split('\n')[0]).toMatch(/客户名称|Name/);
    }
  });
});

/**
 * The command line bundled as it ships: filter criteria are kept by patching exceljs's own modules
 * (cli/io/exceljs-filter-criteria.ts), which jest's single-file exceljs bundle does not share.
 */
async function runBundled(cli: string, args: string[], cwd: string): Promise<{ code: number; stdout: string }> {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status ?? 128, stdout: result.stdout };
}

describe('custodian on a filtered list under a title', () => {
  const dir = tempDir();
  const cli = join(dir, 'custodian.cjs');

  beforeAll(async () => {
    await bundleCli(cli);
    await writeFilteredList(join(dir, 'filtered.xlsx'));
  });

  test('clean keeps the 城市 = 上海 criterion with the rows it hides, and undo gives back filter and print area', async () => {
    const result = await runBundled(cli, ['clean', 'filtered.xlsx', '-o', 'c.xlsx', ...TODAY], dir);
    expect(result.code).toBe(0);
    const cleaned = await written(join(dir, 'c.xlsx'));
    expect(filterOf(cleaned.sheetXml)).toMatch(
      /^<autoFilter ref="A1:[A-Z]+6"><filterColumn colId="1"><filters><filter val="上海"\/><\/filters><\/filterColumn><\/autoFilter>$/,
    );
    expect(hiddenRows(cleaned.sheetXml)).toEqual([3, 5]);

    const undone = await runBundled(cli, ['undo', 'c.xlsx', '--all', '-o', 'u.xlsx'], dir);
    expect(undone.code).toBe(0);
    const back = await written(join(dir, 'u.xlsx'));
    expect(filterOf(back.sheetXml)).toBe(
      '<autoFilter ref="A2:F7"><filterColumn colId="1"><filters><filter val="上海"/></filters></filterColumn></autoFilter>',
    );
    expect(/_xlnm.Print_Area[^>]*>([^<]*)</.exec(back.workbookXml)?.[1]).toMatch(/!\$A\$?1:\$F\$?7$/);
    expect(hiddenRows(back.sheetXml)).toEqual([4, 6]);
  });
});
