/**
 * A follow-up or last-contact date that reads two ways (06/12/2024: 6 December or June 12) is judged by
 * neither reading, and the report says how many were left out, quoting the first with its row, rather
 * than count as if they were not there.
 */
import { buildInsights } from '../../shared/insights';
import { renderReportHtml } from '../../shared/insights/render-html';
import { resolveContext } from '../../shared/operations/options';
import { formatReportText } from '../../cli/commands/report-command';
import { SMB_PIPELINE, TWO_READINGS_TODAY, ZH_LEDGER } from './two-reading-lists';

const smb = { name: 'Pipeline', values: SMB_PIPELINE };
const ledger = { name: '客户台账', values: ZH_LEDGER };

function page(report: ReturnType<typeof buildInsights>, locale: 'zh-CN' | 'en-US'): string {
  return renderReportHtml({ report, locale, source: 'list', today: '2024-06-05', fieldLabel: (key) => key });
}

describe('buildInsights of dates that read two ways', () => {
  test('counts the follow-up and last-contact dates left out, with the first one’s row, value and readings, in an English list', () => {
    const report = buildInsights(smb, { now: TWO_READINGS_TODAY });
    // 2024-06-08 is due within 7 days; 06/12/2024 might be too, and is not counted either way.
    expect(report.followUps).toEqual({
      overdue: 0,
      dueIn7Days: 1,
      rows: [6],
      twoReadings: {
        count: 2,
        rows: [2, 7],
        first: { row: 2, column: 'Next Follow-up', value: '06/12/2024', readings: ['2024-12-06', '2024-06-12'] },
      },
    });
    expect(report.stale).toEqual({
      days: 180,
      count: 1,
      rows: [6],
      twoReadings: {
        count: 2,
        rows: [3, 7],
        first: { row: 3, column: 'Last Contact', value: '03/04/2023', readings: ['2023-04-03', '2023-03-04'] },
      },
    });
  });

  test('reads the 台北 row’s 民國 date in its calendar and counts the 杭州 row’s 06/12/2024 as unread, in a Chinese list', () => {
    const report = buildInsights(ledger, { now: TWO_READINGS_TODAY });
    expect(report.followUps).toMatchObject({ overdue: 1, dueIn7Days: 1, rows: [5, 3] });
    expect(report.followUps.twoReadings).toEqual({
      count: 1,
      rows: [2],
      first: { row: 2, column: '下次跟进', value: '06/12/2024', readings: ['2024-12-06', '2024-06-12'] },
    });
    expect(report.stale.twoReadings).toMatchObject({ count: 2, rows: [4, 5], first: { row: 4, value: '03/04/2023' } });
  });

  test('leaves the key out when every date reads one way', () => {
    const values = SMB_PIPELINE.map((row, i) => (i === 0 ? row : [...row.slice(0, 5), '2024-05-20', '2024-06-08']));
    const report = buildInsights({ name: 'Pipeline', values }, { now: TWO_READINGS_TODAY });
    expect(report.followUps).not.toHaveProperty('twoReadings');
    expect(report.stale).not.toHaveProperty('twoReadings');
  });
});

describe('the report’s words on dates that read two ways', () => {
  test('says how many follow-up and last-contact dates were not judged, quoting the first, in English text and page', () => {
    const report = buildInsights(smb, { now: TWO_READINGS_TODAY });
    const text = formatReportText(report, resolveContext(smb, {}), 'pipeline.csv');
    const follow =
      '2 follow-up dates not judged: they read two ways and their column does not say which (first: "06/12/2024" in row 2 of "Next Follow-up" could be 2024-12-06 or 2024-06-12); write them as yyyy-mm-dd';
    const stale =
      '2 last-contact or purchase dates not judged: they read two ways and their column does not say which (first: "03/04/2023" in row 3 of "Last Contact" could be 2023-04-03 or 2023-03-04); write them as yyyy-mm-dd';
    expect(text).toContain(`Follow-up: 0 overdue, 1 due within 7 days: rows 6\n  ${follow}\n`);
    expect(text).toContain(`: 1: rows 6\n  ${stale}\n`);
    const html = page(report, 'en-US');
    expect(html).toContain(follow.replace(/"/g, '&quot;'));
    expect(html).toContain(stale.replace(/"/g, '&quot;'));
  });

  test('says how many follow-up and last-contact dates were not judged, quoting the first, in Chinese text and page', () => {
    const report = buildInsights(ledger, { now: TWO_READINGS_TODAY });
    const text = formatReportText(report, resolveContext(ledger, {}), '客户台账.xlsx');
    const follow =
      '1 个下次跟进日期有两种读法、所在列也无法判断，未计入（第 2 行“下次跟进”的“06/12/2024”可能是 2024-12-06 或 2024-06-12）；请写成 yyyy-mm-dd';
    const stale =
      '2 个最近联系或购买日期有两种读法、所在列也无法判断，未计入（首个：第 4 行“最近跟进”的“03/04/2023”可能是 2023-04-03 或 2023-03-04）；请写成 yyyy-mm-dd';
    expect(text).toContain(`跟进：逾期 1，7 天内到期 1：第 5、3 行\n  ${follow}\n`);
    expect(text).toContain(`  ${stale}\n`);
    const html = page(report, 'zh-CN');
    expect(html).toContain(follow);
    expect(html).toContain(stale);
  });
});
