/**
 * Totals of a spend column whose header names a unit (成交金额（万元）, Spend (USD)): the report, its text
 * and HTML and the analysis sheet show them in that unit, and cells written in another unit or currency
 * (1.5万 in a 万元 column, £75.00 among dollars) are left out of every total and counted, never added.
 */
import { buildInsights } from '../../shared/insights';
import { planAnalysisSheet } from '../../shared/insights/analysis-sheet';
import { renderReportHtml } from '../../shared/insights/render-html';
import { resolveContext } from '../../shared/operations/options';
import type { CellValue } from '../../shared/sheet/cell-value';
import { formatReportText } from '../../cli/commands/report-command';
import { TODAY } from './fixtures';

// A machinery supplier's 销售台账: totals in 万元, one customer typed twice, two amounts with a unit of their own.
const LEDGER: CellValue[][] = [
  ['客户名称', '联系人', '手机', '成交金额（万元）', '签约日期', '负责人'],
  ['宁波恒通贸易有限公司', '朱敏晓', '15053555536', 128.5, '2024-03-05', '王敏'],
  ['宁波恒通贸易有限公司', '朱敏晓', '150 5355 5536', '1.5万', '2024/3/5', '王敏'],
  ['南京瑞丰信息技术有限公司', '李娜', '13912345678', 200, '2024-04-12', '王敏'],
  ['苏州恒达物流集团', '陈刚', '13700137000', 36, '2024-01-05', '刘洋'],
  ['深圳华拓电子有限公司', '刘强', '13600136000', '15000元', '2024-02-18', '刘洋'],
  ['杭州青禾食品有限公司', '王建华', '13816628830', '21.5', '2024-06-01', '刘洋'],
];

// A US agency's accounts: spend in dollars, one account billed in pounds.
const ACCOUNTS: CellValue[][] = [
  ['Company', 'Contact', 'Phone', 'Spend (USD)', 'Owner'],
  ['Northwind Traders', 'Tom Lee', '(415) 555-0134', 1200, 'Ann Park'],
  ['Contoso Ltd', 'Mia Chen', '(617) 555-0199', '$3,400.50', 'Ann Park'],
  ['Fabrikam UK', 'Oliver Hughes', '(206) 555-0100', '£75.00', 'Raj Patel'],
  ['Litware Inc', 'Dan Brown', '(312) 555-0142', 800, 'Raj Patel'],
];

const ledger = { name: '销售台账', values: LEDGER };
const accounts = { name: 'Accounts', values: ACCOUNTS };
const owners = (report: ReturnType<typeof buildInsights>) =>
  report.segments.find((s) => s.field === 'owner')!.values.map((v) => [v.value, v.totalSpend]);

describe('buildInsights', () => {
  test('sums a 万元 column in 万元, leaves out amounts with their own unit and says which rows', () => {
    const report = buildInsights(ledger, { now: TODAY });
    expect(owners(report)).toEqual([
      ['刘洋', 57.5],
      ['王敏', 328.5],
    ]);
    expect(report.spend).toEqual({ column: '成交金额（万元）', unit: '万元', leftOut: { count: 2, rows: [3, 6] } });
  });

  test('sums a USD column in USD and leaves out the amount in pounds', () => {
    const report = buildInsights(accounts, { now: TODAY });
    expect(owners(report)).toEqual([
      ['Ann Park', 4600.5],
      ['Raj Patel', 800],
    ]);
    expect(report.spend).toEqual({ column: 'Spend (USD)', unit: 'USD', leftOut: { count: 1, rows: [4] } });
  });
});

describe('report text and page', () => {
  test('show each total with the column’s unit and how many amounts were left out, in Chinese', () => {
    const report = buildInsights(ledger, { now: TODAY });
    const ctx = resolveContext(ledger, {});
    const text = formatReportText(report, ctx, '销售台账.xlsx [销售台账]');
    expect(text).toMatch(/王敏 .*累计消费金额 328\.50 万元/);
    expect(text).toContain('累计消费金额（成交金额（万元））：金额单位 万元；2 个单元格未计入合计');
    expect(text).toContain('：第 3、6 行');
    const page = renderReportHtml({
      report,
      locale: 'zh-CN',
      source: '销售台账.xlsx',
      today: '2024-06-30',
      fieldLabel: (key) => (key === 'owner' ? '负责人' : key),
    });
    expect(page).toContain('328.50 万元');
    expect(page).toContain('2 个单元格未计入合计');
  });

  test('show each total in USD and the amount left out, in English', () => {
    const report = buildInsights(accounts, { now: TODAY });
    const ctx = resolveContext(accounts, {});
    const text = formatReportText(report, ctx, 'accounts.csv [Accounts]');
    expect(text).toMatch(/Ann Park .*Total spend 4,600\.50 USD/);
    expect(text).toContain('Total Spend (Spend (USD)): amounts in USD; 1 cell left out of the totals');
    expect(text).toContain('): rows 4');
    const page = renderReportHtml({
      report,
      locale: 'en-US',
      source: 'accounts.csv',
      today: '2024-06-30',
      fieldLabel: (key) => key,
    });
    expect(page).toContain('4,600.50 USD');
  });
});

describe('a refund typed as a negative spend', () => {
  // A 有赞 member export: a member refunded after her only purchase shows 累计消费金额 -120.
  const MEMBERS = {
    name: '会员',
    values: [
      ['客户姓名', '手机号', '会员等级', '累计消费金额', '消费次数'],
      ['陈静', '13500001111', '黄金会员', 2680.5, 12],
      ['吴静', '13500008888', '普通会员', -120, 1],
      ['周强', '13500002222', '普通会员', 399, 2],
    ] as CellValue[][],
  };

  test('is left out of the totals, and the report says a negative amount is one reason', () => {
    const report = buildInsights(MEMBERS, { now: TODAY });
    const text = formatReportText(report, resolveContext(MEMBERS, {}), '会员.xlsx [会员]');
    expect(text).toContain('1 个单元格未计入合计（自带单位或货币与该列不同、是该列不允许的负数，或不是金额');
    expect(text).toContain('：第 3 行');
  });
});

describe('planAnalysisSheet', () => {
  test('heads the spend totals with the unit and counts the cells its sums leave out', () => {
    const ctx = resolveContext(ledger, {});
    const { write, cells } = planAnalysisSheet({
      sheet: '销售台账',
      values: LEDGER,
      mapping: ctx.mapping,
      template: ctx.template,
      locale: 'zh-CN',
    });
    // The owner segment's heading row: 负责人, 值, 数量, 占比, then the spend totals' heading.
    const owner = write.rows.findIndex((row) => row[0] === '负责人' && row[1] === '值');
    expect(write.rows[owner]![4]).toBe('累计消费金额（万元）');
    expect(cells.spendLeftOut).toBe('B6');
    expect(write.formulas?.[5]?.[1]).toBe(`=COUNTA('销售台账'!$D:$D)-1-COUNT('销售台账'!$D:$D)`);
  });
});
