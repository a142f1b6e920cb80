/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { MATCH_LEVELS, type Cluster, type MatchLevel } from '../../shared/dedupe';
import { LOCALES, type Locale } from '../../shared/i18n/locale';
import { LocaleContext, UI_STRINGS, translator } from '../../shared/ui/i18n';
import { ClusterCard } from '../../shared/ui/views/ClusterCard';
import { mergeContext } from '../../shared/ui/views/merge-context';

const SHEET = {
  name: '客户',
  values: [
    ['客户编号', '姓名', '手机', '邮箱', '公司'],
    ['C000001', '刘德华', '13800138000', 'andy@tianyu.cn', '天宇科技有限公司'],
    ['C000002', '牛德华', '138 0013 8000', 'andy@tianyu.cn', '天宇科技'],
  ],
};

function clusterWith(level: MatchLevel): Cluster {
  return {
    rows: [2, 3],
    confidence: 0.93,
    band: 'merge',
    reasons: [
      { field: 'phone', column: '手机', level: 'exact', similarity: 1, message: '手机: same number (13800138000)' },
      { field: 'name', column: '姓名', level, similarity: 0.8, message: `姓名: ${level} (刘德华 ≈ 牛德华)` },
    ],
  };
}

function renderCard(locale: Locale, cluster: Cluster, sheet = SHEET) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LocaleContext.Provider value={{ locale, t: translator(locale) }}>
        <ClusterCard
          cluster={cluster}
          number={1}
          ctx={mergeContext(sheet)}
          kept={2}
          open={false}
          preview={undefined}
          picks={{}}
          rules={{ rules: {}, delimiters: {} }}
          disabled={false}
          onSurvivor={() => undefined}
          onPick={() => undefined}
          onRule={() => undefined}
          onToggle={() => undefined}
          onMerge={() => undefined}
          onNotSame={() => undefined}
        />
      </LocaleContext.Provider>
    </FluentProvider>,
  );
}

describe('ClusterCard', () => {
  const cases = LOCALES.flatMap((locale) => MATCH_LEVELS.map((level) => [locale, level] as const));

  test.each(cases)('names the level in words in %s when a field matched at level %s', (locale, level) => {
    renderCard(locale, clusterWith(level));
    const words = UI_STRINGS[locale][`dupes.level.${level}`];
    const reason = translator(locale)('dupes.reason', { column: '姓名', level: words });
    const card = screen.getByTestId('cluster-1');
    expect(within(card).getByText(reason)).toBeTruthy();
    expect(words).not.toMatch(/dupes\.level/);
  });

  test.each([
    ['en-US', 'Row to keep in group 1', 'Row 9: C000008 · Zhang Wei · +86 138 0013 8000'],
    ['zh-CN', '第 1 组中要保留的行', '第 9 行：C000008 · Zhang Wei · +86 138 0013 8000'],
  ] as const)(
    'offers the row to keep in a drop-down, not one radio per row, when a list was imported eight times (%s)',
    (locale, label, option) => {
      const values: string[][] = [['Customer ID', 'Name', 'Phone']];
      for (let i = 1; i <= 8; i++) values.push([`C${String(i).padStart(6, '0')}`, 'Zhang Wei', '+86 138 0013 8000']);
      const cluster: Cluster = { rows: [2, 3, 4, 5, 6, 7, 8, 9], confidence: 1, band: 'merge', reasons: [] };
      renderCard(locale, cluster, { name: 'Customers', values });
      const card = screen.getByTestId('cluster-1');
      expect(within(card).queryAllByRole('radio')).toHaveLength(0);
      const select = within(card).getByRole('combobox', { name: label });
      expect(within(select).getAllByRole('option')).toHaveLength(8);
      expect(within(select).getByRole('option', { name: option })).toBeTruthy();
      expect((select as HTMLSelectElement).value).toBe('2');
    },
  );
});
