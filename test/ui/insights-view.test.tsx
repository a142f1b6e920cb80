/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../shared/ui/App';
import { buildInsights } from '../../shared/insights';
import { readQualityTrend } from '../../shared/insights/quality-trend';
import type { Locale } from '../../shared/i18n/locale';
import { localToday } from '../../shared/ui/views/insights/format';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { cell, makeHost } from './helpers';
import { enSheet, zhSheet } from './insights-fixtures';

const WORDS = {
  'zh-CN': { tab: '分析', run: '查看分析', check: '检查', checkRun: '检查工作表', history: '历史' },
  'en-US': { tab: 'Insights', run: 'Show insights', check: 'Check', checkRun: 'Check sheet', history: 'History' },
} as const;

async function openInsights(snapshot: SheetSnapshot, locale: Locale) {
  const host = makeHost(snapshot, { environment: { locale, theme: 'light' } });
  render(<App host={host} />);
  fireEvent.click(await screen.findByRole('tab', { name: WORDS[locale].tab }));
  fireEvent.click(screen.getByRole('button', { name: WORDS[locale].run }));
  await screen.findByTestId('quality-gauge');
  return host;
}

const today = () => localToday().toISOString().slice(0, 10);

describe('InsightsView', () => {
  test.each([
    [
      'zh-CN',
      zhSheet,
      '4 位客户',
      '长期未联系的客户（2）',
      '已逾期 1 位 · 7 天内到期 1 位',
      '客户类型',
      '老客户',
      '2 · 50% · 12,800',
    ],
    [
      'en-US',
      enSheet,
      '3 customers',
      'Stale customers (1)',
      '1 overdue · 1 due within 7 days',
      'Customer Type',
      'New Customer',
      '1 · 33.3%',
    ],
  ] as const)(
    'shows the numbers the core computes when a %s list is opened',
    async (locale, sheet, rows, stale, followUps, column, value, bar) => {
      const snapshot = sheet();
      const report = buildInsights(snapshot, { now: localToday() });
      await openInsights(snapshot, locale);
      expect(screen.getByText(new RegExp(`^${rows} ·`))).toBeTruthy();
      expect(screen.getByRole('heading', { name: stale })).toBeTruthy();
      expect(screen.getByText(followUps)).toBeTruthy();
      expect(screen.getByTestId('quality-gauge').getAttribute('aria-label')).toContain(report.quality.score.toFixed(1));
      expect(within(screen.getByTestId('stale-list')).getAllByRole('listitem')).toHaveLength(report.stale.count);
      const segment = screen.getByRole('list', { name: column });
      const item = within(segment).getByText(value).closest('li')!;
      expect(item.textContent).toContain(bar);
      // One bar per filled field the core judged, with its valid and filled counts.
      const fields = within(screen.getByTestId('quality-fields')).getAllByRole('listitem');
      expect(fields).toHaveLength(report.quality.fields.filter((f) => f.filled > 0).length);
      expect(fields.length).toBeGreaterThan(4);
      const first = report.quality.fields[0]!;
      expect(fields[0]!.textContent).toContain(first.column);
      expect(fields[0]!.textContent).toContain(String(first.valid));
    },
  );

  test('lists stale customers oldest first and selects the row when one is clicked', async () => {
    const host = await openInsights(zhSheet(), 'zh-CN');
    const names = within(screen.getByTestId('stale-list'))
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual(['选中第 4 行：王芳', '选中第 3 行：李娜']);
    fireEvent.click(screen.getByRole('button', { name: '选中第 4 行：王芳' }));
    await waitFor(() => expect(host.state().selection).toEqual({ sheet: '客户', row: 4, col: 2 }));
    fireEvent.click(within(screen.getByTestId('follow-up-list')).getByRole('button', { name: '选中第 3 行：李娜' }));
    await waitFor(() => expect(host.state().selection).toEqual({ sheet: '客户', row: 3, col: 2 }));
  });

  test('marks ticked customers reviewed today after a preview, and undo restores them', async () => {
    const host = await openInsights(enSheet(), 'en-US');
    const before = cell(host, 3, 6);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Tick Bob Jones (row 3)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Mark reviewed today' }));
    const preview = await screen.findByTestId('insights-preview');
    expect(preview.textContent).toContain('1 cells will change');
    expect(preview.textContent).toContain(`F3${before}→${today()}`);
    expect(cell(host, 3, 6)).toBe(before); // nothing written before Apply
    fireEvent.click(within(preview).getByRole('button', { name: 'Apply 1 changes' }));
    await screen.findByText('Done: changed 1 cells');
    expect(cell(host, 3, 6)).toBe(today());
    expect(await screen.findByText('No customer has gone 180 days without contact or purchase.')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo: Mark 1 customers reviewed today' }));
    await screen.findByText(/Done: undid/);
    expect(cell(host, 3, 6)).toBe(before);
  });

  test('sets 休眠 and schedules a follow-up for the ticked customers when a Chinese team reviews them', async () => {
    const host = await openInsights(zhSheet(), 'zh-CN');
    fireEvent.click(screen.getByRole('checkbox', { name: '全选列出的 2 位' }));
    fireEvent.click(screen.getByRole('combobox', { name: '状态或客户类型' }));
    fireEvent.click(await screen.findByRole('option', { name: '状态: 休眠' }));
    fireEvent.click(screen.getByRole('button', { name: '设置' }));
    let preview = await screen.findByTestId('insights-preview');
    expect(preview.textContent).toContain('E3跟进中→休眠');
    expect(preview.textContent).toContain('E4活跃→休眠');
    fireEvent.click(within(preview).getByRole('button', { name: '应用 2 处修改' }));
    await screen.findByText('完成：修改了 2 个单元格');
    expect([cell(host, 3, 5, '客户'), cell(host, 4, 5, '客户')]).toEqual(['休眠', '休眠']);

    fireEvent.click(await screen.findByRole('checkbox', { name: '勾选 王芳（第 4 行）' }));
    fireEvent.change(screen.getByLabelText('下次跟进日期'), { target: { value: '2030-01-15' } });
    fireEvent.click(screen.getByRole('button', { name: '安排跟进' }));
    preview = await screen.findByTestId('insights-preview');
    fireEvent.click(within(preview).getByRole('button', { name: '应用 1 处修改' }));
    await screen.findByText('完成：修改了 1 个单元格');
    expect(cell(host, 4, 11, '客户')).toBe('2030-01-15');
  });

  test('previews the customer-type suggestion and writes nothing until it is applied', async () => {
    const host = await openInsights(zhSheet(), 'zh-CN');
    fireEvent.click(screen.getByRole('button', { name: '建议客户类型' }));
    const preview = await screen.findByTestId('insights-preview');
    // 王芳: 3 purchases but nothing for over a year; 赵磊: no purchase, blank type.
    expect(preview.textContent).toContain('潜在客户 1 位，新客户 0 位，老客户 0 位，流失客户 1 位');
    expect(preview.textContent).toContain('D4老客户→流失客户');
    expect(preview.textContent).toContain('D5（空）→潜在客户');
    expect(cell(host, 4, 4, '客户')).toBe('老客户');
    fireEvent.click(within(preview).getByRole('button', { name: '放弃' }));
    expect(screen.queryByTestId('insights-preview')).toBeNull();
    expect(cell(host, 4, 4, '客户')).toBe('老客户');
    fireEvent.click(screen.getByRole('button', { name: '建议客户类型' }));
    fireEvent.click(
      within(await screen.findByTestId('insights-preview')).getByRole('button', { name: '应用 2 处修改' }),
    );
    await screen.findByText('完成：修改了 2 个单元格');
    expect([cell(host, 4, 4, '客户'), cell(host, 5, 4, '客户')]).toEqual(['流失客户', '潜在客户']);
  });

  test('Check stores the day’s quality score and the trend shows it', async () => {
    const host = makeHost(enSheet());
    render(<App host={host} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Check' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check sheet' }));
    await waitFor(() => expect(readQualityTrend(host.state().workbook.meta)).toHaveLength(1));
    const [point] = readQualityTrend(host.state().workbook.meta);
    expect(point).toEqual({ day: today(), score: buildInsights(enSheet(), { now: localToday() }).quality.score });
    fireEvent.click(screen.getByRole('tab', { name: 'Insights' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show insights' }));
    const trend = await screen.findByTestId('quality-trend');
    expect(trend.getAttribute('aria-label')).toBe(
      `Quality score ${point!.score} on ${today()}, ${point!.score} on ${today()} (1 days checked)`,
    );
  });
  test.each([
    ['en-US', 'The sheet has no last-contact or last-purchase date column, so no customer could be judged stale.'],
    ['zh-CN', '表中没有最近联系或最近购买日期列，无法判断哪些客户长期未联系。'],
  ] as const)(
    'says stale customers were not judged on a %s list with no contact or purchase dates',
    async (locale, words) => {
      // A Stripe customers export: no date says when a customer was last in touch.
      const snapshot: SheetSnapshot = {
        name: 'Customers',
        values: [
          ['Name', 'Email', 'Status'],
          ['Alice Smith', 'alice@example.com', 'Active'],
          ['Bob Jones', 'bob@example.com', 'Active'],
        ],
      };
      await openInsights(snapshot, locale);
      expect(screen.getByText(words)).toBeTruthy();
      expect(screen.queryByText(/No customer has gone|没有超过/)).toBeNull();
    },
  );
});
