/** @jest-environment jsdom */
/**
 * The sidebar's duplicate card shows a group's also-review rows (kept out so the group stays
 * certain) with why they may match; Merge leaves them alone unless the user ticks them.
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Cluster } from '../../shared/dedupe';
import type { Locale } from '../../shared/i18n/locale';
import { LocaleContext, translator } from '../../shared/ui/i18n';
import { ClusterCard } from '../../shared/ui/views/ClusterCard';
import { mergeContext } from '../../shared/ui/views/merge-context';
import { cell, makeHost, renderApp } from './helpers';

// A B2B list: 张伟 entered twice alike, and a card scan typed 张玮 with his mobile and own mailbox.
const VALUES = [
  ['姓名', '手机', '邮箱', '公司', '城市'],
  ['张伟', '13812345678', 'zhangwei@huawei.com', '华为技术有限公司', '深圳'],
  ['张伟', '13812345678', 'zhangwei@huawei.com', '华为技术有限公司', '深圳'],
  ['张玮', '13812345678', 'zw1985@163.com', '', ''],
  ['李娜', '13900000001', 'lina@qq.com', '上海海鲸贸易有限公司', '上海'],
  ['王芳', '13700000002', 'wf@163.com', '北京鼎盛科技有限公司', '北京'],
  ['刘强', '13600000003', 'lq@126.com', '广州白云电器有限公司', '广州'],
];
const SHEET = 'Customers';

const CLUSTER: Cluster = {
  rows: [2, 3],
  confidence: 0.99,
  band: 'merge',
  reasons: [
    { field: 'phone', column: '手机', level: 'exact', similarity: 1, message: '手机: same number (13812345678)' },
  ],
  alsoReview: [
    {
      row: 4,
      confidence: 0.81,
      reasons: [
        { field: 'phone', column: '手机', level: 'exact', similarity: 1, message: '手机: same number (13812345678)' },
        { field: 'email', column: '邮箱', level: 'different', similarity: 0, message: '邮箱: different addresses' },
      ],
    },
  ],
};

function renderCard(locale: Locale, onInclude: (row: number, on: boolean) => void, included: number[] = []) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LocaleContext.Provider value={{ locale, t: translator(locale) }}>
        <ClusterCard
          cluster={CLUSTER}
          number={1}
          ctx={mergeContext({ name: SHEET, values: VALUES })}
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
          included={included}
          onInclude={onInclude}
        />
      </LocaleContext.Provider>
    </FluentProvider>,
  );
}

describe('ClusterCard also-review rows', () => {
  test.each([
    [
      'en-US',
      'Also review: may be the same customer, merged with the group only if ticked',
      /^Row 4: .*张玮.*\(81%\)$/,
      '手机: same',
    ],
    ['zh-CN', '另请复核：可能也是同一客户，勾选后才随本组合并', /^第 4 行：.*张玮.*（81%）$/, '手机：相同'],
  ] as const)(
    'lists the row unticked with its reasons, and ticking it asks to include it (%s)',
    (locale, heading, label, reason) => {
      const calls: [number, boolean][] = [];
      renderCard(locale, (row, on) => calls.push([row, on]));
      const group = screen.getByRole('group', { name: heading });
      const box = within(group).getByRole('checkbox', { name: label });
      expect((box as HTMLInputElement).checked).toBe(false);
      expect(within(group).getByText(reason)).toBeTruthy();
      // The row is no choice of the row to keep: it is not in the group unless ticked.
      expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['2', '3']);
      fireEvent.click(box);
      expect(calls).toEqual([[4, true]]);
    },
  );
});

describe('DuplicatesView also-review rows', () => {
  async function findGroup() {
    fireEvent.click(screen.getByRole('tab', { name: 'Duplicates' }));
    fireEvent.click(screen.getByRole('button', { name: 'Find duplicates' }));
    return screen.findByTestId('cluster-1');
  }

  test('Merge leaves the row to review where it is', async () => {
    const host = makeHost({ name: SHEET, values: VALUES });
    await renderApp(host);
    const group = await findGroup();
    expect(within(group).getByRole('checkbox', { name: /^Row 4:/ })).toBeTruthy();
    fireEvent.click(within(group).getByRole('button', { name: 'Merge this group' }));
    await screen.findByText(/Done: merged row \d+ into row 2/);
    expect([2, 3, 4, 5, 6].map((r) => cell(host, r, 1))).toEqual(['张伟', '张玮', '李娜', '王芳', '刘强']);
  });

  test('a ticked row is merged with the group', async () => {
    const host = makeHost({ name: SHEET, values: VALUES });
    await renderApp(host);
    const group = await findGroup();
    fireEvent.click(within(group).getByRole('checkbox', { name: /^Row 4:/ }));
    fireEvent.click(within(group).getByRole('button', { name: 'Merge this group' }));
    await screen.findByText(/Done: merged rows \d+, \d+ into row 2/);
    expect([2, 3, 4, 5].map((r) => cell(host, r, 1))).toEqual(['张伟', '李娜', '王芳', '刘强']);
  });
});
