/**
 * Last-contact and follow-up dates given only to their month (2024年3月, 2023-10, March 2024: check's
 * date.monthOnly, kept as typed) are judged by the month's last day: a customer is stale only if the
 * whole month is older than the threshold, a follow-up overdue only once the month is over, due within
 * 7 days when the month ends within them. The report, its text and page say which were judged so.
 */
import { buildInsights } from '../../shared/insights';
import { renderReportHtml } from '../../shared/insights/render-html';
import { resolveContext } from '../../shared/operations/options';
import type { CellValue } from '../../shared/sheet/cell-value';
import { formatReportText } from '../../cli/commands/report-command';
import { sidebarInsights } from '../../shared/ui/tasks/insights-ops';

const TODAY = new Date(Date.UTC(2024, 6, 1)); // 2024-07-01: 180 days back is 2024-01-03

// A home-renovation firm's 客户跟进表: when a call's day was not noted, only its month was typed.
const GENJIN: CellValue[][] = [
  ['序号', '客户姓名', '手机', '小区', '最近联系', '下次跟进', '跟进记录'],
  ['1', '王丽华', '13805712345', '绿城桂花园', '2023年12月', '2024年6月', '年后再说'],
  ['2', '赵强', '139 5710 2288', '万科良渚文化村', '2024年1月', '2024年7月', '等装修预算'],
  ['3', '孙美玲', '18657101234', '滨江金色海岸', '2024-03-20', '2024-07-03', '已量房'],
  ['4', '钱伟', '13588812345', '西溪诚园', '2023-06-15', null, '不接电话'],
  ['5', '周建国', '13967123456', '九堡家园', '2023-10', null, '去年问过报价'],
];
const genjin = { name: '客户跟进表', values: GENJIN };

// A US agency's pipeline: Last Contacted typed as a month where the rep did not note the day.
const PIPELINE: CellValue[][] = [
  ['Name', 'Email', 'Last Contacted', 'Next Follow-up'],
  ['Megan Walsh', 'megan@walshdental.com', 'November 2023', 'June 2024'],
  ['Derek Chu', 'derek.chu@chuarch.com', '2024-05-02', '2024-07-05'],
  ['Priya Raman', 'priya@ramanlaw.com', 'January 2024', null],
];
const pipeline = { name: 'Pipeline', values: PIPELINE };

describe('stale customers and follow-ups by a date given only to its month', () => {
  test('a month is stale only when its last day is older than the threshold', () => {
    const report = buildInsights(genjin, { now: TODAY });
    // 钱伟 (2023-06-15), 周建国 (2023-10 → 10-31), 王丽华 (2023年12月 → 12-31); 赵强's 2024年1月 ends after 2024-01-03.
    expect(report.stale).toEqual({
      days: 180,
      count: 3,
      rows: [5, 6, 2],
      monthOnly: {
        count: 2,
        rows: [2, 6],
        first: { row: 2, column: '最近联系', value: '2023年12月', judgedAs: '2023-12-31' },
      },
    });
  });

  test('a follow-up month is overdue once it is over, and due within 7 days when it ends within them', () => {
    const report = buildInsights(genjin, { now: TODAY });
    // 王丽华's 2024年6月 is over; 赵强's 2024年7月 may be any day of July, so it is neither.
    expect(report.followUps).toEqual({
      overdue: 1,
      dueIn7Days: 1,
      rows: [2, 4],
      monthOnly: {
        count: 1,
        rows: [2],
        first: { row: 2, column: '下次跟进', value: '2024年6月', judgedAs: '2024-06-30' },
      },
    });
    const lateJuly = buildInsights(genjin, { now: new Date(Date.UTC(2024, 6, 26)) });
    expect(lateJuly.followUps).toMatchObject({ overdue: 2, dueIn7Days: 1, rows: [2, 4, 3] });
  });

  test('the Chinese text report and page say the month was judged by its last day', () => {
    const report = buildInsights(genjin, { now: TODAY });
    const text = formatReportText(report, resolveContext(genjin, {}), '客户跟进表.csv');
    expect(text).toContain(
      '  其中 2 位客户的最近联系或购买日期只写到月份，按该月最后一天判断（首个：第 2 行“最近联系”的“2023年12月”按 2023-12-31 计）\n',
    );
    expect(text).toContain(
      '  其中 1 个下次跟进日期只写到月份，按该月最后一天判断（第 2 行“下次跟进”的“2024年6月”按 2024-06-30 计）\n',
    );
    const page = renderReportHtml({
      report,
      locale: 'zh-CN',
      source: '客户跟进表.csv',
      today: '2024-07-01',
      fieldLabel: (k) => k,
    });
    expect(page).toContain('其中 2 位客户的最近联系或购买日期只写到月份，按该月最后一天判断');
  });

  test('an English list: March 2024 is judged by March 31, and the text says so', () => {
    const report = buildInsights(pipeline, { now: TODAY });
    // Megan's November 2023 ended before 2024-01-03; Priya's January 2024 did not.
    expect(report.stale).toMatchObject({ count: 1, rows: [2], monthOnly: { count: 1, rows: [2] } });
    expect(report.followUps).toMatchObject({ overdue: 1, dueIn7Days: 1, rows: [2, 3] });
    const text = formatReportText(report, resolveContext(pipeline, {}), 'pipeline.csv');
    expect(text).toContain(
      '  1 of them gave only the month of last contact or purchase: judged by the month\'s last day ("November 2023" in row 2 of "Last Contacted", judged as 2023-11-30)\n',
    );
    expect(text).toContain(
      '  1 of them gave only the month of the follow-up: judged by the month\'s last day ("June 2024" in row 2 of "Next Follow-up", judged as 2024-06-30)\n',
    );
  });

  test('a list of whole dates keeps the stale and follow-up keys as they were', () => {
    const whole = GENJIN.map((row, r) => (r === 0 ? row : [...row.slice(0, 4), '2024-03-01', null, row[6]!]));
    const report = buildInsights({ name: '客户跟进表', values: whole }, { now: TODAY });
    expect(Object.keys(report.stale)).toEqual(['days', 'count', 'rows']);
    expect(Object.keys(report.followUps)).toEqual(['overdue', 'dueIn7Days', 'rows']);
  });

  test('the sidebar lists the stale customer with the month as typed and the day it was judged by', () => {
    const insights = sidebarInsights(genjin, { now: TODAY });
    expect(insights.stale.map((i) => [i.row, i.label, i.day, i.monthOnly ?? null])).toEqual([
      [5, '钱伟', '2023-06-15', null],
      [6, '周建国', '2023-10-31', '2023-10'],
      [2, '王丽华', '2023-12-31', '2023年12月'],
    ]);
  });
});
