/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { NOT_SAME_META, readNotSame } from '../../shared/dedupe';
import { createMemoryHost } from '../../shared/host/memory-host';
import { App } from '../../shared/ui/App';
import type { CoreOpName } from '../../shared/ui/tasks/core-ops';
import { inlineRunner, type CoreRunner } from '../../shared/ui/tasks/core-runner';
import { SHEET, makeHost, renderApp } from './helpers';

/** Records each core operation the view runs, then runs it inline. */
function recordingRunner() {
  const calls: { name: CoreOpName; columns?: string[] }[] = [];
  const runner: CoreRunner = {
    run(name, snapshot, options, control) {
      calls.push({ name, columns: (options as { columns?: string[] }).columns });
      return inlineRunner.run(name, snapshot, options, control);
    },
  };
  return { calls, runner };
}

async function search(tab: string, run: string) {
  fireEvent.click(screen.getByRole('tab', { name: tab }));
  fireEvent.click(screen.getByRole('button', { name: run }));
  // The button reads "Find again" once a search has shown its result.
  await screen.findByRole('button', { name: /^(Find again|重新查找)$/ });
}

const groupRows = (number: number) =>
  within(screen.getByTestId(`cluster-${number}`))
    .getAllByRole('radio')
    .map((r) => (r as HTMLInputElement).value);

describe('DuplicatesView search settings', () => {
  test.each([
    {
      locale: 'zh-CN' as const,
      values: [
        ['客户编号', '姓名', '手机', '邮箱', '公司'],
        ['C000001', '刘德华', '138 0013 8000', 'Andy@Tianyu.cn', '天宇科技有限公司'],
        ['C000002', '刘德華', '13800138000', 'andy@tianyu.cn', '天宇科技'],
        ['C000003', '刘德华', '13800138000', 'liu@tianyu.cn', '天宇科技有限公司'],
        ['C000004', '张学友', '13912345678', null, '海景贸易有限公司'],
        ['C000005', '张学友', '139 1234 5678', null, '海景贸易有限公司'],
      ],
      ui: { tab: '重复', run: '查找重复', again: '重新查找', exact: '完全相同', name: '姓名', keys: ['手机', '邮箱'] },
    },
    {
      locale: 'en-US' as const,
      values: [
        ['Customer ID', 'Name', 'Mobile', 'Email', 'Company'],
        ['C000001', 'Zhang Wei', '+86 138 0013 8000', 'ZhangWei@Example.com', 'Xingchen Tech'],
        ['C000002', 'Wei Zhang', '13800138000', 'zhangwei@example.com', 'Xingchen Technology'],
        ['C000003', 'Zhang Wei', '13800138000', 'zw@xingchen.com', 'Xingchen Tech'],
        ['C000004', 'Li Na', '13912345678', null, 'Haijing Trading'],
        ['C000005', 'Li Na', '139 1234 5678', null, 'Haijing Trading'],
      ],
      ui: {
        tab: 'Duplicates',
        run: 'Find duplicates',
        again: 'Find again',
        exact: 'Exact',
        name: 'Name',
        keys: ['Mobile', 'Email'],
      },
    },
  ])('groups rows exactly on two key columns when the mode is exact ($locale)', async ({ locale, values, ui }) => {
    const { calls, runner } = recordingRunner();
    const host = makeHost({ name: SHEET, values }, { environment: { locale, theme: 'light' } });
    render(<App host={host} core={runner} />);
    await screen.findAllByRole('tab');
    await search(ui.tab, ui.run);
    // The identity columns are the default keys; the customer ID and company are not.
    const keys = screen.getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked);
    expect(keys.map((c) => c.closest('span, div')?.textContent)).toEqual([ui.name, ...ui.keys]);

    fireEvent.click(screen.getByRole('radio', { name: ui.exact }));
    fireEvent.click(screen.getByRole('checkbox', { name: ui.name }));
    const again = screen.getByRole('button', { name: ui.again });
    fireEvent.click(again);
    expect(again).toHaveProperty('disabled', true); // searching
    await waitFor(() => expect(again).toHaveProperty('disabled', false));

    expect(calls.filter((c) => c.name === 'findExactDuplicates')).toEqual([
      { name: 'findExactDuplicates', columns: ui.keys },
    ]);
    // Rows 2 and 3: same number and same email once cleaned. Row 4 has another email; rows 5 and 6 no email at all.
    expect(groupRows(1)).toEqual(['2', '3']);
    expect(screen.queryByTestId('cluster-2')).toBeNull();
  });

  test('matches exactly on the identity columns when exact is chosen before the first search', async () => {
    const { calls, runner } = recordingRunner();
    render(<App host={makeHost()} core={runner} />);
    await screen.findAllByRole('tab');
    fireEvent.click(screen.getByRole('tab', { name: 'Duplicates' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Exact' }));
    expect(screen.queryByRole('slider')).toBeNull(); // exact groups are certain: no threshold
    await search('Duplicates', 'Find duplicates');
    expect(calls[0]).toEqual({ name: 'findExactDuplicates', columns: ['Name', 'Phone', 'Email'] });
    // Zhang Wei twice: the same number written two ways, the same email in two cases.
    expect(groupRows(1)).toEqual(['2', '6']);
    expect(screen.getByText('1 groups to merge, 0 to review')).toBeTruthy();
  });

  test('needs a key column before an exact search', async () => {
    await renderApp(makeHost());
    await search('Duplicates', 'Find duplicates');
    fireEvent.click(screen.getByRole('radio', { name: 'Exact' }));
    for (const name of ['Name', 'Phone', 'Email']) fireEvent.click(screen.getByRole('checkbox', { name }));
    expect(screen.getByText('Exact matching needs at least one key column.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Find again' })).toHaveProperty('disabled', true);
  });

  test.each([
    {
      locale: 'zh-CN' as const,
      ui: {
        tab: '重复',
        run: '查找重复',
        slider: /可信度不低于/,
        all: (n: number) => `可合并 ${n} 组，需确认 0 组`,
        split: '可合并 1 组，需确认 1 组',
        review: '需要人工确认',
        merge: '很可能是同一客户',
        mergeAll: '合并全部 2 组高可信重复',
      },
    },
    {
      locale: 'en-US' as const,
      ui: {
        tab: 'Duplicates',
        run: 'Find duplicates',
        slider: /confidence of at least/,
        all: (n: number) => `${n} groups to merge, 0 to review`,
        split: '1 groups to merge, 1 to review',
        review: 'Needs review',
        merge: 'Likely the same customer',
        mergeAll: 'Merge all 2 likely groups',
      },
    },
  ])(
    'moves groups between the merge and review bands when the slider moves, without searching again ($locale)',
    async ({ locale, ui }) => {
      const { calls, runner } = recordingRunner();
      // Group 1 is certain (same number and email, sound-alike names); group 2 shares a name and company
      // only (one row has no number: two numbers of their own would make them two people, reviewed).
      const host = makeHost(
        {
          name: '客户',
          values: [
            ['客户编号', '姓名', '手机', '邮箱', '公司'],
            ['C000001', '刘德华', '13800138000', 'andy@tianyu.cn', '天宇科技有限公司'],
            ['C000002', '张学友', '13912345678', 'jacky@haijing.cn', '海景贸易有限公司'],
            ['C000003', '牛德华', '138 0013 8000', 'andy@tianyu.cn', '天宇科技有限公司'],
            ['C000004', '郭富城', '13700137000', 'aaron@yunqi.cn', '云起网络有限公司'],
            ['C000005', '张学友', null, null, '海景贸易有限公司'],
            ['C000006', '黎明', '18612345678', 'leon@guanggu.cn', '光谷医疗有限公司'],
          ],
        },
        { environment: { locale, theme: 'light' } },
      );
      render(<App host={host} core={runner} />);
      await screen.findAllByRole('tab');
      await search(ui.tab, ui.run);
      const searched = calls.length;
      expect(groupRows(1)).toEqual(['2', '4']);
      expect(groupRows(2)).toEqual(['3', '6']);
      expect(screen.getByText(ui.all(2))).toBeTruthy();

      const slider = screen.getByRole('slider', { name: ui.slider });
      act(() => void fireEvent.change(slider, { target: { value: '100' } }));
      expect(screen.getByText(ui.split)).toBeTruthy();
      expect(within(screen.getByTestId('cluster-1')).getByText(ui.merge)).toBeTruthy();
      expect(within(screen.getByTestId('cluster-2')).getByText(ui.review)).toBeTruthy();
      expect(screen.queryByRole('button', { name: ui.mergeAll })).toBeNull();

      act(() => void fireEvent.change(slider, { target: { value: '50' } }));
      expect(screen.getByText(ui.all(2))).toBeTruthy();
      expect(within(screen.getByTestId('cluster-2')).getByText(ui.merge)).toBeTruthy();
      expect(screen.getByRole('button', { name: ui.mergeAll })).toBeTruthy();
      expect(calls.length).toBe(searched);
    },
  );
});

describe('DuplicatesView not the same customer', () => {
  test.each([
    [
      'en-US',
      'Duplicates',
      'Find duplicates',
      'Not the same customer',
      /rows 2, 6 are kept apart/,
      'No duplicates found.',
    ],
    ['zh-CN', '重复', '查找重复', '不是同一客户', /第 2, 6 行已标记为不同客户/, '没有发现重复记录。'],
  ] as const)(
    'saves the mark in the workbook and the group stays away after a reload (%s)',
    async (locale, tab, run, button, done, none) => {
      const environment = { environment: { locale, theme: 'light' as const } };
      const host = makeHost(undefined, environment);
      const first = await renderApp(host);
      await search(tab, run);
      fireEvent.click(within(screen.getByTestId('cluster-1')).getByRole('button', { name: button }));
      await screen.findByText(done);
      expect(await screen.findByText(none)).toBeTruthy();
      expect(readNotSame(host.state().workbook.meta)).toEqual([['id:C000001', 'id:C000005']]);
      first.unmount();

      // A reload: a new host over the saved workbook reads the snapshot (and its meta) again.
      const reloaded = createMemoryHost(host.state().workbook, environment);
      await renderApp(reloaded);
      await search(tab, run);
      expect(await screen.findByText(none)).toBeTruthy();
      expect(screen.queryByTestId('cluster-1')).toBeNull();
    },
  );

  test('undo from History forgets the mark and the group comes back', async () => {
    const host = makeHost();
    await renderApp(host);
    await search('Duplicates', 'Find duplicates');
    fireEvent.click(within(screen.getByTestId('cluster-1')).getByRole('button', { name: 'Not the same customer' }));
    await screen.findByText('No duplicates found.');
    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo: Mark rows 2, 6 as different customers' }));
    await screen.findByText(/Done: undid/);
    expect(host.state().workbook.meta[NOT_SAME_META]).toBeUndefined();
    await search('Duplicates', 'Find duplicates');
    expect(groupRows(1)).toEqual(['2', '6']);
  });

  test('says the rows cannot be told apart when they share every identity value and have no customer ID', async () => {
    const host = makeHost({
      name: SHEET,
      values: [
        ['Name', 'Phone', 'Email'],
        ['Zhang Wei', '13800138000', 'zhangwei@example.com'],
        ['Li Na', '13912345678', 'lina@example.com'],
        ['Zhang Wei', '138 0013 8000', 'ZhangWei@example.com'],
      ],
    });
    await renderApp(host);
    await search('Duplicates', 'Find duplicates');
    fireEvent.click(within(screen.getByTestId('cluster-1')).getByRole('button', { name: 'Not the same customer' }));
    expect(await screen.findByText(/Rows 2, 4 share a customer ID or every identity value/)).toBeTruthy();
    expect(host.state().workbook.meta[NOT_SAME_META]).toBeUndefined();
    expect(groupRows(1)).toEqual(['2', '4']);
  });
});
