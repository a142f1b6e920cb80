/** @jest-environment jsdom */
/**
 * The Insights tab's stale and follow-up lists name a date given only to its month (2024年3月) as typed,
 * and say it was judged by the month's last day, in the sidebar's language.
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../shared/ui/App';
import type { Locale } from '../../shared/i18n/locale';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { localToday } from '../../shared/ui/views/insights/format';
import { makeHost } from './helpers';

/** The month `back` months before today's, as yyyy-mm, and its last day. */
function monthBack(back: number): { year: number; month: number; end: string } {
  const today = localToday();
  const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - back, 1));
  const end = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  return { year: first.getUTCFullYear(), month: first.getUTCMonth() + 1, end: end.toISOString().slice(0, 10) };
}

const contact = monthBack(14);
const followUp = monthBack(2);

// A renovation firm's 客户跟进表: 王丽华's last call and next one typed only to their month.
function genjin(): SheetSnapshot {
  const today = localToday().toISOString().slice(0, 10);
  return {
    name: '客户跟进表',
    values: [
      ['客户姓名', '手机', '小区', '最近联系', '下次跟进'],
      [
        '王丽华',
        '13805712345',
        '绿城桂花园',
        `${contact.year}年${contact.month}月`,
        `${followUp.year}年${followUp.month}月`,
      ],
      ['赵强', '13957102288', '万科良渚文化村', today, null],
    ],
  };
}

const WORDS = {
  'zh-CN': {
    tab: '分析',
    run: '查看分析',
    stale: `最近活动 ${contact.year}年${contact.month}月（只写到月份，按该月最后一天 ${contact.end} 判断）`,
    overdue: `${followUp.year}年${followUp.month}月 已过（只写到月份）：已逾期`,
  },
  'en-US': {
    tab: 'Insights',
    run: 'Show insights',
    stale: `last active ${contact.year}年${contact.month}月 (only the month given: judged by its last day, ${contact.end})`,
    overdue: `overdue: ${followUp.year}年${followUp.month}月 is over (only the month given)`,
  },
} as const;

describe.each<Locale>(['zh-CN', 'en-US'])('Insights lists of a month-only date (%s)', (locale) => {
  test('the stale and follow-up lists name the month as typed and how it was judged', async () => {
    const w = WORDS[locale];
    render(<App host={makeHost(genjin(), { environment: { locale, theme: 'light' } })} />);
    fireEvent.click(await screen.findByRole('tab', { name: w.tab }));
    fireEvent.click(screen.getByRole('button', { name: w.run }));
    const stale = await screen.findByTestId('stale-list');
    expect(within(stale).getAllByRole('listitem')).toHaveLength(1);
    expect(stale.textContent).toContain(w.stale);
    expect(screen.getByTestId('follow-up-list').textContent).toContain(w.overdue);
  });
});
