/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../shared/ui/App';
import type { Locale } from '../../shared/i18n/locale';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { makeHost } from './helpers';
import { enSheet, zhSheet } from './insights-fixtures';

const WORDS = {
  'zh-CN': { tab: '分析', run: '查看分析', twoWays: /两种读法/ },
  'en-US': { tab: 'Insights', run: 'Show insights', twoWays: /two ways/ },
} as const;

async function openInsights(snapshot: SheetSnapshot, locale: Locale) {
  const host = makeHost(snapshot, { environment: { locale, theme: 'light' } });
  render(<App host={host} />);
  fireEvent.click(await screen.findByRole('tab', { name: WORDS[locale].tab }));
  fireEvent.click(screen.getByRole('button', { name: WORDS[locale].run }));
  await screen.findByTestId('quality-gauge');
  return host;
}

/** A last-contact and a follow-up date typed as 06/12/2024 and 03/04/2031, in columns that do not say which order. */
function twoWays(sheet: () => SheetSnapshot, contactCol: number, followUpCol: number, rows: [number, number]) {
  const snapshot = sheet();
  snapshot.values[rows[0] - 1]![contactCol - 1] = '06/12/2024';
  snapshot.values[rows[1] - 1]![followUpCol - 1] = '03/04/2031';
  return snapshot;
}

const CASES = [
  {
    locale: 'zh-CN',
    snapshot: () => twoWays(zhSheet, 10, 11, [3, 5]),
    sheet: '客户',
    sections: { stale: '长期未联系的客户（2）', followUps: '跟进' },
    stale: {
      cell: 'J3',
      col: 10,
      words:
        '1 个最近联系或购买日期有两种读法、所在列也无法判断，未计入（第 3 行“最近联系日期”的“06/12/2024”可能是 2024-12-06 或 2024-06-12）；请写成 yyyy-mm-dd',
      label: '跳转到 J3：',
    },
    followUps: {
      cell: 'K5',
      col: 11,
      words:
        '1 个下次跟进日期有两种读法、所在列也无法判断，未计入（第 5 行“下次跟进日期”的“03/04/2031”可能是 2031-04-03 或 2031-03-04）；请写成 yyyy-mm-dd',
    },
  },
  {
    locale: 'en-US',
    snapshot: () => twoWays(enSheet, 6, 7, [3, 2]),
    sheet: 'Customers',
    // Bob's only last contact reads two ways, so no customer is counted stale.
    sections: { stale: 'Stale customers (0)', followUps: 'Follow-ups' },
    stale: {
      cell: 'F3',
      col: 6,
      words:
        '1 last-contact or purchase date not judged: it reads two ways and its column does not say which ("06/12/2024" in row 3 of "Last Contact" could be 2024-12-06 or 2024-06-12); write it as yyyy-mm-dd',
      label: 'Go to F3: ',
    },
    followUps: {
      cell: 'G2',
      col: 7,
      words:
        '1 follow-up date not judged: it reads two ways and its column does not say which ("03/04/2031" in row 2 of "Next Follow-up" could be 2031-04-03 or 2031-03-04); write it as yyyy-mm-dd',
    },
  },
] as const;

describe('InsightsView: dates read two ways', () => {
  test.each(CASES)(
    'says which $locale last-contact and follow-up dates were not judged, under each count',
    async ({ locale, snapshot, sections, stale, followUps }) => {
      await openInsights(snapshot(), locale);
      const staleNote = within(screen.getByRole('region', { name: sections.stale })).getByTestId('two-readings-stale');
      expect(staleNote.textContent).toBe(`${stale.cell}${stale.words}`);
      expect(staleNote.getAttribute('aria-label')).toBe(`${stale.label}${stale.words}`);
      const followUpNote = within(screen.getByRole('region', { name: sections.followUps })).getByTestId(
        'two-readings-followUps',
      );
      expect(followUpNote.textContent).toBe(`${followUps.cell}${followUps.words}`);
    },
  );

  test.each(CASES)(
    'selects the first unread $locale date’s cell when its note is clicked',
    async ({ locale, snapshot, sheet, stale, followUps }) => {
      const host = await openInsights(snapshot(), locale);
      fireEvent.click(screen.getByRole('button', { name: `${stale.label}${stale.words}` }));
      await waitFor(() => expect(host.state().selection).toEqual({ sheet, row: 3, col: stale.col }));
      fireEvent.click(screen.getByTestId('two-readings-followUps'));
      const row = Number(followUps.cell.slice(1));
      await waitFor(() => expect(host.state().selection).toEqual({ sheet, row, col: followUps.col }));
    },
  );

  test.each([
    ['zh-CN', zhSheet],
    ['en-US', enSheet],
  ] as const)('shows no note when every %s date reads one way', async (locale, sheet) => {
    await openInsights(sheet(), locale);
    expect(screen.queryByTestId('two-readings-stale')).toBeNull();
    expect(screen.queryByTestId('two-readings-followUps')).toBeNull();
    expect(screen.queryByText(WORDS[locale].twoWays)).toBeNull();
  });
});
