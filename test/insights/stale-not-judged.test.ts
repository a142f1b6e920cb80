/**
 * A list with no last-contact or last-purchase column cannot say who is stale: the report, its text
 * and its page say staleness was not judged instead of counting 0 stale customers.
 */
import { buildInsights } from '../../shared/insights';
import { renderReportHtml } from '../../shared/insights/render-html';
import { resolveContext } from '../../shared/operations/options';
import type { CellValue } from '../../shared/sheet/cell-value';
import { formatReportText } from '../../cli/commands/report-command';

const TODAY = new Date(Date.UTC(2025, 5, 1));

// Stripe's customer export: when each customer signed up, never when they were last in touch or bought.
const CUSTOMERS: CellValue[][] = [
  ['id', 'Email', 'Name', 'Created (UTC)', 'Currency', 'Address Country', 'Phone', 'Total Spend', 'Payment Count'],
  [
    'cus_PqR8sT2uVwXy01',
    'sarah.johnson@brightwave.io',
    'Sarah Johnson',
    '2023-04-02 09:15',
    'usd',
    'US',
    '+14155550134',
    '2,388.00',
    '2',
  ],
  [
    'cus_PqR8sT2uVwXy02',
    'mobrien@obrienlaw.com',
    "Michael O'Brien",
    '2021-11-19 14:40',
    'usd',
    'US',
    '(617) 555-0142',
    '4,170.00',
    '21',
  ],
  [
    'cus_PqR8sT2uVwXy07',
    'bob.garcia@garcia-hvac.com',
    'Robert Garcia',
    '2019-05-01 10:00',
    'usd',
    'US',
    '+1 713 555 0148',
    '11,940.00',
    '10',
  ],
  ['cus_PqR8sT2uVwXy16', 'noah.w@gmail.com', '', '2023-03-03 03:03', 'usd', 'US', '', '25.00', '1'],
];

// A 客户台账 with no date column at all.
const LEDGER: CellValue[][] = [
  ['客户名称', '联系人', '手机', '地区', '负责人'],
  ['杭州源泉科技有限公司', '张总', '13800138000', '杭州', '何静'],
  ['上海华通物流有限公司', '李四', '13912345678', '上海', '王磊'],
];

const customers = { name: 'stripe-customers', values: CUSTOMERS };
const ledger = { name: '客户台账', values: LEDGER };

describe('stale customers without a date to judge by', () => {
  test('marks staleness as not judged in report --json, keeping its keys, when no last-contact or last-purchase column is mapped', () => {
    const report = buildInsights(customers, { now: TODAY });
    expect(report.stale).toEqual({ days: 180, count: 0, rows: [], judged: false });
  });

  test('leaves the mark out when a last-contact column is there to judge by', () => {
    const dated: CellValue[][] = [
      ['Name', 'Email', 'Last Contact'],
      ['Sophia Davis', 'sophia.davis@riverbank.com', '2022-06-01'],
      ['Grace Kim', 'grace.kim@kimpark.com', '2025-03-03'],
    ];
    const report = buildInsights({ name: 'Customers', values: dated }, { now: TODAY });
    expect(report.stale).toEqual({ days: 180, count: 1, rows: [2] });
  });

  test('says staleness was not judged in the text report and the page, in English', () => {
    const report = buildInsights(customers, { now: TODAY });
    const text = formatReportText(report, resolveContext(customers, {}), 'stripe-customers.csv');
    expect(text).toContain('Stale customers: not judged (no last-contact or last-purchase date column)');
    expect(text).not.toMatch(/Stale customers.*: 0/);
    const page = renderReportHtml({
      report,
      locale: 'en-US',
      source: 'stripe-customers.csv',
      today: '2025-06-01',
      fieldLabel: (key) => key,
    });
    expect(page).toContain('Stale customers: not judged (no last-contact or last-purchase date column)');
    expect(page).toContain('<div class="figure">Stale customers<b>–</b></div>');
  });

  test('says staleness was not judged in the text report and the page, in Chinese', () => {
    const report = buildInsights(ledger, { now: TODAY });
    const text = formatReportText(report, resolveContext(ledger, {}), '客户台账.xlsx');
    expect(text).toContain('长期未联系的客户：未判断（没有最近联系或最近购买日期列）');
    const page = renderReportHtml({
      report,
      locale: 'zh-CN',
      source: '客户台账.xlsx',
      today: '2025-06-01',
      fieldLabel: (key) => key,
    });
    expect(page).toContain('长期未联系的客户：未判断（没有最近联系或最近购买日期列）');
  });
});
