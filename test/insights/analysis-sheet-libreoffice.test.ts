/**
 * The analysis sheet's formulas, recalculated by LibreOffice, give the figures `report --json`
 * gives on the same cleaned workbook. Skipped (with a message) where soffice is not installed.
 */
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { INSIGHTS_LABELS } from '../../shared/insights/labels';
import type { InsightsReport } from '../../shared/insights';
import type { Locale } from '../../shared/i18n/locale';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { isoDate, type CellValue } from '../../shared/sheet/cell-value';
import { run, tempDir } from '../cli/run';
import { readXlsx, writeUtf8Csv, writeXlsx } from '../cli/fixtures';
import { hasSoffice, resaveWithLibreOffice, resultNumber, shownText } from '../support/libreoffice';

const soffice = hasSoffice();
if (!soffice)
  process.stderr.write(
    'analysis-sheet-libreoffice: soffice (LibreOffice) is not installed; the recalculation test is skipped.\n',
  );
const withSoffice = soffice ? describe : describe.skip;

const now = new Date();
const TODAY = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
const daysAgo = (n: number) => new Date(TODAY.getTime() - n * 86_400_000);
const slashDate = (date: Date) => `${date.getUTCFullYear()}/${date.getUTCMonth() + 1}/${date.getUTCDate()}`;
const usDate = (date: Date) => `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()}`;

/** A Chinese list as teams keep it: slash dates, amounts with ¥, synonyms (A级, 老客), an invalid tier and email, blanks. */
const zhRows = (): CellValue[][] => [
  [
    '客户编号',
    '姓名',
    '手机号',
    '邮箱',
    '客户类型',
    '客户等级',
    '城市',
    '负责人',
    '最近联系时间',
    '最近购买日期',
    '下次跟进日期',
    '累计消费',
  ],
  [
    'C001',
    '张伟',
    '13800138000',
    'zhang@example.com',
    '老客户',
    'VIP',
    '上海',
    '王敏',
    slashDate(daysAgo(10)),
    slashDate(daysAgo(40)),
    slashDate(daysAgo(2)),
    '¥12,000',
  ],
  [
    'C002',
    '李娜',
    '13912345678',
    'li@',
    '新客',
    'A级',
    '北京',
    '王敏',
    slashDate(daysAgo(200)),
    '',
    slashDate(daysAgo(-3)),
    '3500',
  ],
  ['C003', '王芳', '12345', '', '老客户', '', '上海', '刘洋', '', slashDate(daysAgo(400)), '', '800'],
  ['C004', '', '13700001111', 'x@example.cn', '潜在客户', 'Z', '', '', '', '', slashDate(daysAgo(-30)), ''],
  [
    'C005',
    '赵磊',
    '13600002222',
    '',
    '老客户',
    'VIP',
    '深圳',
    '刘洋',
    slashDate(daysAgo(500)),
    slashDate(daysAgo(100)),
    slashDate(daysAgo(-7)),
    '20000',
  ],
  [
    'C006',
    '陈静',
    '13500003333',
    'chen@example.com',
    '',
    'B',
    '上海',
    '王敏',
    slashDate(daysAgo(181)),
    slashDate(daysAgo(190)),
    slashDate(daysAgo(1)),
    'abc',
  ],
];

/** A US team's CSV export: M/D/YYYY dates, no spend or owner column, blank segments and a stray status. */
const enRows = (): CellValue[][] => [
  ['Name', 'Email', 'Phone', 'Status', 'Lifecycle Stage', 'City', 'Last Contact', 'Next Follow-up'],
  [
    'Alice Smith',
    'alice@example.com',
    '(415) 555-0134',
    'Active',
    'Lead',
    'Boston',
    usDate(daysAgo(3)),
    usDate(daysAgo(1)),
  ],
  ['Bob Jones', 'bob@example', '(617) 555-0199', '', 'Customer', 'Boston', usDate(daysAgo(365)), usDate(daysAgo(-6))],
  ['Carol White', '', '(206) 555-0100', 'Dormant', '', '', '', usDate(daysAgo(-8))],
  ['Dan Brown', 'dan@example.org', '', 'Active', 'Customer', 'Seattle', usDate(daysAgo(179)), ''],
  [
    'Eve Adams',
    'eve@example.org',
    '(312) 555-0142',
    'On hold',
    'Opportunity',
    'Chicago',
    usDate(daysAgo(181)),
    usDate(daysAgo(0)),
  ],
];

/** A 销售台账 with totals in 万元: two amounts written with a unit of their own, one number typed as text. */
const ledgerRows = (): CellValue[][] => [
  ['客户名称', '联系人', '手机', '成交金额（万元）', '签约日期', '负责人'],
  ['宁波恒通贸易有限公司', '朱敏晓', '15053555536', 128.5, '2024-03-05', '王敏'],
  ['宁波恒通贸易有限公司', '朱敏晓', '150 5355 5536', '1.5万', '2024/3/5', '王敏'],
  ['南京瑞丰信息技术有限公司', '李娜', '13912345678', 200, '2024-04-12', '王敏'],
  ['苏州恒达物流集团', '陈刚', '13700137000', 36, '2024-01-05', '刘洋'],
  ['深圳华拓电子有限公司', '刘强', '13600136000', '15000元', '2024-02-18', '刘洋'],
  ['杭州青禾食品有限公司', '王建华', '13816628830', '21.5', '2024-06-01', '刘洋'],
];

const text = shownText;

function number(value: ExcelJS.CellValue): number {
  const n = resultNumber(value);
  if (Number.isNaN(n)) throw new Error(`not a number: ${JSON.stringify(value)}`);
  return n;
}

interface SheetFigures {
  rows: number;
  stale: number;
  overdue: number;
  dueIn7Days: number;
  /** The spend cells the sums leave out, when the sheet has a spend column. */
  spendLeftOut?: number;
  /** The heading of the spend totals, as the first segment shows it. */
  spendHeader?: string;
  quality: Map<string, { filled: number; valid?: number }>;
  segments: Map<string, Map<string, { count: number; share: number; spend: number | null }>>;
}

function readAnalysis(sheet: ExcelJS.Worksheet, locale: Locale): SheetFigures {
  const words = INSIGHTS_LABELS[locale];
  const fieldByLabel = new Map(DEFAULT_TEMPLATE.fields.map((f) => [f.labels[locale], f.key]));
  const figures: SheetFigures = {
    rows: NaN,
    stale: NaN,
    overdue: NaN,
    dueIn7Days: NaN,
    quality: new Map(),
    segments: new Map(),
  };
  let mode: 'none' | 'quality' | 'segment' = 'none';
  let segment = new Map<string, { count: number; share: number; spend: number | null }>();
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const [a, b] = [text(row.getCell(1).value), text(row.getCell(2).value)];
    const cell = (c: number) => row.getCell(c).value;
    if (a === '' && b === '') mode = 'none';
    else if (a === words.customers) figures.rows = number(cell(2));
    else if (a === words.spendLeftOut) figures.spendLeftOut = number(cell(2));
    else if (a === words.stale) figures.stale = number(cell(2));
    else if (a === words.overdue) figures.overdue = number(cell(2));
    else if (a === words.dueIn7Days) figures.dueIn7Days = number(cell(2));
    else if (a === words.field && b === words.column) mode = 'quality';
    else if (b === words.value) {
      mode = 'segment';
      figures.spendHeader ??= text(cell(5)) || undefined;
      figures.segments.set(fieldByLabel.get(a)!, (segment = new Map()));
    } else if (mode === 'quality') {
      const valid = cell(4);
      figures.quality.set(b, { filled: number(cell(3)), ...(valid ? { valid: number(valid) } : {}) });
    } else if (mode === 'segment') {
      const value = b === words.blank ? '' : b;
      segment.set(value, { count: number(cell(3)), share: number(cell(4)), spend: cell(5) ? number(cell(5)) : null });
    }
  }
  return figures;
}

async function recalculated(dir: string, file: string, locale: Locale): Promise<SheetFigures> {
  // soffice recalculates formulas without cached results on load; TZ fixes what TODAY() is.
  const resaved = resaveWithLibreOffice(join(dir, file), join(dir, 'recalculated'), join(dir, 'lo-profile'), {
    TZ: 'UTC',
  });
  const workbook = await readXlsx(resaved);
  return readAnalysis(workbook.getWorksheet(INSIGHTS_LABELS[locale].sheetName)!, locale);
}

function expectSame(figures: SheetFigures, report: InsightsReport, exactValid: ReadonlySet<string>): void {
  expect(figures.rows).toBe(report.rows);
  expect(figures.stale).toBe(report.stale.count);
  expect(figures.overdue).toBe(report.followUps.overdue);
  expect(figures.dueIn7Days).toBe(report.followUps.dueIn7Days);
  expect(figures.spendLeftOut).toBe(report.spend?.leftOut.count ?? 0);
  for (const field of report.quality.fields) {
    const sheet = figures.quality.get(field.column);
    expect({ column: field.column, filled: sheet?.filled }).toEqual({ column: field.column, filled: field.filled });
    if (exactValid.has(field.field))
      expect({ column: field.column, valid: sheet?.valid }).toEqual({ column: field.column, valid: field.valid });
  }
  for (const segment of report.segments) {
    const sheet = figures.segments.get(segment.field)!;
    for (const value of segment.values) {
      const row = sheet.get(value.value);
      expect({ field: segment.field, value: value.value, count: row?.count }).toEqual({
        field: segment.field,
        value: value.value,
        count: value.count,
      });
      expect(row!.share).toBeCloseTo(value.share, 4);
      if (value.totalSpend === null) expect(row!.spend).toBeNull();
      else expect(row!.spend).toBeCloseTo(value.totalSpend, 2);
    }
  }
}

withSoffice('analysis sheet recalculated by LibreOffice', () => {
  const dir = tempDir();
  const today = ['--today', isoDate(TODAY)];

  test('equals report --json when a Chinese workbook is cleaned', async () => {
    await writeXlsx(join(dir, 'zh.xlsx'), zhRows(), { sheet: '客户名单' });
    expect((await run(['clean', 'zh.xlsx', '-o', 'zh-clean.xlsx', ...today], dir)).code).toBe(0);
    const json = await run(['report', 'zh-clean.xlsx', '--json', ...today], dir);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as InsightsReport;
    expect(report.rows).toBe(6);
    const figures = await recalculated(dir, 'zh-clean.xlsx', 'zh-CN');
    expectSame(
      figures,
      report,
      new Set([
        'customerId',
        'name',
        'email',
        'customerType',
        'valueTier',
        'region',
        'owner',
        'lastContact',
        'lastPurchaseDate',
        'nextFollowUp',
        'totalSpend',
      ]),
    );
  }, 180_000);

  test('equals report --json in 万元 when a 销售台账 keeps its totals in 万元, leaving 1.5万 and 15000元 out', async () => {
    await writeXlsx(join(dir, 'ledger.xlsx'), ledgerRows(), { sheet: '销售台账' });
    expect((await run(['clean', 'ledger.xlsx', '-o', 'ledger-clean.xlsx', ...today], dir)).code).toBe(0);
    const json = await run(['report', 'ledger-clean.xlsx', '--json', ...today], dir);
    const report = JSON.parse(json.stdout) as InsightsReport;
    expect(report.spend).toMatchObject({ unit: '万元', leftOut: { count: 2, rows: [3, 6] } });
    expect(report.segments.find((s) => s.field === 'owner')!.values.map((v) => [v.value, v.totalSpend])).toEqual([
      ['刘洋', 57.5],
      ['王敏', 328.5],
    ]);
    const figures = await recalculated(dir, 'ledger-clean.xlsx', 'zh-CN');
    expect(figures.spendHeader).toBe('累计消费金额（万元）');
    // Check calls 1.5万 valid with a warning; a formula counts numbers only, so the spend column's Valid differs.
    expectSame(figures, report, new Set(['company', 'contact', 'owner']));
  }, 180_000);

  test('equals report --json when an English CSV without spend or owner columns is cleaned into a workbook', async () => {
    writeUtf8Csv(join(dir, 'en.csv'), enRows());
    expect((await run(['clean', 'en.csv', '-o', 'en-clean.xlsx', ...today], dir)).code).toBe(0);
    const json = await run(['report', 'en-clean.xlsx', '--json', ...today], dir);
    const report = JSON.parse(json.stdout) as InsightsReport;
    expect(report.rows).toBe(5);
    // Set up appends the template's empty spend and owner columns: spend sums to 0, owners are all blank.
    expect(
      report.segments.find((s) => s.field === 'status')!.values.map((v) => [v.value, v.count, v.totalSpend]),
    ).toEqual([
      ['Active', 2, 0],
      ['Dormant', 1, 0],
      ['On hold', 1, 0],
      ['', 1, 0],
    ]);
    const figures = await recalculated(dir, 'en-clean.xlsx', 'en-US');
    expectSame(
      figures,
      report,
      new Set(['name', 'email', 'status', 'lifecycleStage', 'region', 'lastContact', 'nextFollowUp']),
    );
  }, 180_000);
});
