/**
 * `custodian report` on lists as sales teams keep them: a totals row (合计 with its SUM) and notes
 * (备注：…) under the customers. The analysis sheet `report -o x.xlsx` writes, recalculated by
 * LibreOffice, gives the figures `report --json` gives. Skipped where soffice is not installed.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { INSIGHTS_LABELS } from '../../shared/insights/labels';
import type { InsightsReport } from '../../shared/insights';
import { isoDate } from '../../shared/sheet/cell-value';
import { readXlsx, writeUtf8Csv, writeXlsx } from '../cli/fixtures';
import { hasSoffice, resaveWithLibreOffice, resultNumber, shownText } from '../support/libreoffice';
import { bundleCli, run, tempDir } from '../cli/run';

const soffice = hasSoffice();
if (!soffice) process.stderr.write('report-insights: soffice (LibreOffice) is not installed; skipped.\n');
const withSoffice = soffice ? describe : describe.skip;

const now = new Date();
const TODAY = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
const daysAgo = (n: number) => new Date(TODAY.getTime() - n * 86_400_000);

/** Amounts as numbers and dates as date cells, a 合计 row summing the amounts, then a note. */
async function writeTotalsWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户');
  sheet.addRow([
    '客户名称',
    '联系人',
    '手机',
    '地区',
    '行业',
    '客户等级',
    '阶段',
    '负责人',
    '最近联系日期',
    '下次跟进日期',
    '累计消费金额',
  ]);
  const rows: (string | number | Date | undefined)[][] = [
    [
      '杭州云栖科技有限公司',
      '王磊',
      '13800138001',
      '浙江',
      '互联网/IT',
      'A',
      '商机',
      '张三',
      daysAgo(100),
      daysAgo(5),
      1280.5,
    ],
    [
      '宁波海曙贸易有限公司',
      '李娜',
      '13900139002',
      '浙江',
      '互联网/IT',
      'A',
      '成交',
      '张三',
      daysAgo(210),
      daysAgo(-3),
      5000,
    ],
    [
      '杭州西湖茶业有限公司',
      '陈静',
      '13700137003',
      '浙江',
      '零售',
      'VIP',
      '成交',
      '李四',
      daysAgo(50),
      undefined,
      12800,
    ],
    [
      '北京朝阳咨询有限公司',
      '周杰',
      '13400134006',
      '北京',
      '专业服务',
      'B',
      '线索',
      '王五',
      daysAgo(220),
      daysAgo(0),
      20000,
    ],
  ];
  for (const row of rows) sheet.addRow(row);
  sheet.addRow(['合计']);
  sheet.getCell('K6').value = { formula: 'SUM(K2:K5)', result: 39080.5 };
  sheet.addRow(['备注：金额单位为元，张三的客户下月转交李四']);
  sheet.getColumn(9).numFmt = 'yyyy-mm-dd';
  sheet.getColumn(10).numFmt = 'yyyy-mm-dd';
  await workbook.xlsx.writeFile(path);
}

const [text, number] = [shownText, resultNumber];

interface Figures {
  top: Map<string, number>;
  filled: Map<string, number>;
  /** By "segment header|value": count, share, spend. */
  segments: Map<string, [number, number, number]>;
}

async function recalculated(dir: string, file: string): Promise<Figures> {
  // TZ fixes what TODAY() is.
  const resaved = resaveWithLibreOffice(join(dir, file), join(dir, 'recalculated'), join(dir, 'lo-profile'), {
    TZ: 'UTC',
  });
  const words = INSIGHTS_LABELS['zh-CN'];
  const sheet = (await readXlsx(resaved)).getWorksheet(words.sheetName)!;
  const figures: Figures = { top: new Map(), filled: new Map(), segments: new Map() };
  let section = '';
  for (let r = 1; r <= sheet.rowCount; r++) {
    const cell = (c: number) => sheet.getRow(r).getCell(c).value;
    const [a, b] = [text(cell(1)), text(cell(2))];
    if (b === words.value || (a === words.field && b === words.column)) section = a;
    else if (a !== '' && b === '' && !Number.isNaN(number(cell(2)))) figures.top.set(a, number(cell(2)));
    else if (section === words.field && b !== '') figures.filled.set(b, number(cell(3)));
    else if (section !== '' && a === '' && b !== '')
      figures.segments.set(`${section}|${b === words.blank ? '' : b}`, [
        number(cell(3)),
        number(cell(4)),
        number(cell(5)),
      ]);
  }
  return figures;
}

withSoffice('report -o x.xlsx on a list with a totals row and notes', () => {
  const dir = tempDir();
  const today = ['--today', isoDate(TODAY)];

  test('gives in the analysis sheet the figures of report --json when 合计 and 备注 rows follow the customers', async () => {
    await writeTotalsWorkbook(join(dir, 'totals.xlsx'));
    const json = await run(['report', 'totals.xlsx', '--json', ...today], dir);
    const report = JSON.parse(json.stdout) as InsightsReport;
    expect(report).toMatchObject({
      rows: 4,
      stale: { count: 2, rows: [5, 3] },
      followUps: { overdue: 1, dueIn7Days: 2, rows: [2, 5, 3] },
    });
    expect((await run(['report', 'totals.xlsx', '-o', 'out.xlsx', ...today], dir)).code).toBe(0);
    const sheet = await recalculated(dir, 'out.xlsx');
    const words = INSIGHTS_LABELS['zh-CN'];
    expect([words.customers, words.stale, words.overdue, words.dueIn7Days].map((k) => sheet.top.get(k))).toEqual([
      4, 2, 1, 2,
    ]);
    for (const field of report.quality.fields)
      expect([field.column, sheet.filled.get(field.column)]).toEqual([field.column, field.filled]);
    // Every row of a segment's table, the blank row included, holds what the report says (0 when it has no such value).
    for (const segment of report.segments) {
      const section = headerOf(segment.field);
      for (const [key, [count, share, spend]] of sheet.segments) {
        if (!key.startsWith(`${section}|`)) continue;
        const value = key.slice(section.length + 1);
        const expected = segment.values.find((v) => v.value === value);
        expect([key, count]).toEqual([key, expected?.count ?? 0]);
        expect(share).toBeCloseTo(expected?.share ?? 0, 4);
        expect([key, Math.round(spend * 100) / 100]).toEqual([key, expected?.totalSpend ?? 0]);
      }
    }
  }, 180_000);
});

withSoffice('report -o x.xlsx on an order export with item rows and placeholders', () => {
  const dir = tempDir();
  const today = ['--today', isoDate(TODAY)];

  test("counts each order's buyer once, not its further items, and a '-' or 无 as a blank, as report --json does", async () => {
    // 京东's export: order …3001 has a second item row with the buyer left blank; 省份 and 客户等级 hold placeholders.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('订单');
    for (const row of [
      ['订单号', '商品名称', '购买数量', '订单金额', '订单状态', '客户姓名', '联系电话', '省份', '客户等级'],
      ['290010013001', '加绒卫衣', 1, 228, '已完成', '张伟', '13800138000', '浙江', 'A'],
      ['290010013001', '百搭牛仔裤', 1, null, null, null, null, null, null],
      ['290010013002', '羊羔毛外套', 1, 259, '已完成', '李娜', '13912345678', '-', '无'],
      ['290010013003', '围巾', 2, 79.8, '已完成', '陈静', '13700137003', '江苏', 'B'],
      ['290010013004', '帽子', 1, 59, '已完成', '周杰', '13400134006', '浙江', '-'],
      ['290010013004', '手套', 1, null, null, null, null, null, null],
    ])
      sheet.addRow(row);
    await workbook.xlsx.writeFile(join(dir, 'orders.xlsx'));
    const report = JSON.parse((await run(['report', 'orders.xlsx', '--json', ...today], dir)).stdout) as InsightsReport;
    expect(report.rows).toBe(4);
    expect((await run(['report', 'orders.xlsx', '-o', 'out.xlsx', ...today], dir)).code).toBe(0);
    const figures = await recalculated(dir, 'out.xlsx');
    expect(figures.top.get(INSIGHTS_LABELS['zh-CN'].customers)).toBe(4);
    for (const field of report.quality.fields)
      expect([field.column, figures.filled.get(field.column)]).toEqual([field.column, field.filled]);
    // No segment lists "-" or 无 as a value: they are in the blank row, as the report counts them.
    expect([...figures.segments.keys()].filter((k) => k.endsWith('|-') || k.endsWith('|无'))).toEqual([]);
    for (const segment of report.segments) {
      const section = headerOf(segment.field);
      for (const [key, [count]] of figures.segments) {
        if (!key.startsWith(`${section}|`)) continue;
        const expected = segment.values.find((v) => v.value === key.slice(section.length + 1));
        expect([key, count]).toEqual([key, expected?.count ?? 0]);
      }
    }
  }, 180_000);
});

/** The analysis sheet heads a segment with its field's label in the sheet's language. */
function headerOf(field: string): string {
  return (
    { valueTier: '价值等级', lifecycleStage: '生命周期阶段', industry: '行业', region: '地区', owner: '负责人' }[
      field
    ] ?? field
  );
}

describe('report -o on the input workbook', () => {
  const dir = tempDir();
  const header = ['客户名称', '联系人', '手机', '地区', '行业', '客户等级', '最近联系日期', '累计消费金额'];
  const rows = [
    ['杭州云栖科技有限公司', '王磊', '13800138001', '浙江', '互联网', 'A类', '2024/3/5', '¥1,280.50'],
    ['宁波海曙贸易有限公司', '李娜', '13900139002', '浙江省', 'IT', '重要客户', '2024-03-05', '1280.5元'],
  ];

  test('refuses -o naming the input workbook before printing a report', async () => {
    await writeXlsx(join(dir, 'sales.xlsx'), [header, ...rows]);
    const result = await run(['report', 'sales.xlsx', '-o', 'sales.xlsx', '--today', '2024-06-30'], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Will not write over the input file sales.xlsx');
  });
});

describe('report piped into a command that stops reading (| head)', () => {
  const dir = tempDir();

  test('finishes its page and prints no stack trace when stdout is closed early', async () => {
    const cli = join(dir, 'custodian.cjs');
    await bundleCli(cli);
    writeUtf8Csv(
      join(dir, 'sales.csv'),
      [
        ['客户名称', '联系人', '手机', '地区', '最近联系日期'],
        ...Array.from({ length: 400 }, (_, i) => [
          `客户${i}有限公司`,
          `联系人${i}`,
          `138${String(i).padStart(8, '0')}`,
          `地区${i}`,
          '2024/3/5',
        ]),
      ],
      { bom: true },
    );
    const child = spawn(process.execPath, [cli, 'report', 'sales.csv', '-o', 'sales.html', '--today', '2024-06-30'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Like `head -0`: the reader goes away before the report is written.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|at .*\(/);
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'sales.html'))).toBe(true);
  }, 60_000);
});
