/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MERGE_META } from '../../shared/merge';
import { App } from '../../shared/ui/App';
import type { CoreOpName } from '../../shared/ui/tasks/core-ops';
import { inlineRunner, type CoreRunner } from '../../shared/ui/tasks/core-runner';
import type { PlanMergesOptions } from '../../shared/ui/tasks/merge-ops';
import { SHEET, cell, makeHost, renderApp } from './helpers';

async function findDuplicates() {
  fireEvent.click(screen.getByRole('tab', { name: 'Duplicates' }));
  fireEvent.click(screen.getByRole('button', { name: 'Find duplicates' }));
  return screen.findByTestId('cluster-1');
}

const rows = (host: ReturnType<typeof makeHost>) => host.state().workbook.sheets.find((s) => s.name === SHEET)!.values;

describe('DuplicatesView', () => {
  test('shows each group with the fields that matched, a confidence and the rows to choose from', async () => {
    await renderApp(makeHost());
    const group = await findDuplicates();
    expect(screen.getByText(/1 group of possible duplicates among 5 rows/)).toBeTruthy();
    expect(group.textContent).toMatch(/Confidence \d+%/);
    expect(within(group).getByText('Phone: same')).toBeTruthy();
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual(['2', '6']);
    expect(within(group).getByRole('radiogroup', { name: 'Row to keep in group 1' })).toBeTruthy();
    expect(within(group).getByRole('radio', { name: /^Row 2:/ })).toHaveProperty('checked', true); // the fuller row
    fireEvent.click(within(group).getByRole('button', { name: 'Show what merging writes' }));
    expect(await within(group).findByText(/Row 6 moves to the archive sheet/)).toBeTruthy();
  });

  test('plans a merge in the core runner only when a preview is opened or Merge is clicked, again when the kept row changes', async () => {
    const calls: { name: CoreOpName; clusters?: number; survivors?: Record<number, number> }[] = [];
    const recording: CoreRunner = {
      run(name, snapshot, options, control) {
        const merge = options as Partial<PlanMergesOptions>;
        calls.push({ name, clusters: merge.clusters?.length, survivors: merge.survivors });
        return inlineRunner.run(name, snapshot, options, control);
      },
    };
    const host = makeHost();
    render(<App host={host} core={recording} />);
    await screen.findAllByRole('tab');
    const group = await findDuplicates();
    expect(calls.map((c) => c.name)).toEqual(['findDuplicates', 'suggestSurvivors']);
    expect(within(group).queryByText(/to the archive sheet/)).toBeNull();

    fireEvent.click(within(group).getByRole('button', { name: 'Show what merging writes' }));
    expect(await within(group).findByText(/Row 6 moves to the archive sheet/)).toBeTruthy();
    expect(within(group).getByText('Merging writes to row 2:')).toBeTruthy();
    expect(calls.slice(2)).toEqual([{ name: 'planMerges', clusters: 1, survivors: { 0: 2 } }]);

    fireEvent.click(within(group).getByRole('radio', { name: /^Row 6:/ }));
    expect(await within(group).findByText(/Row 2 moves to the archive sheet/)).toBeTruthy();
    expect(calls.slice(3)).toEqual([{ name: 'planMerges', clusters: 1, survivors: { 0: 6 } }]);

    fireEvent.click(within(group).getByRole('button', { name: 'Hide what merging writes' }));
    expect(within(group).queryByText(/to the archive sheet/)).toBeNull();
    fireEvent.click(within(group).getByRole('button', { name: 'Merge this group' }));
    await screen.findByText(/Done: merged row 2 into row 6/);
    expect(calls.slice(4)).toEqual([{ name: 'planMerges', clusters: 1, survivors: { 0: 6 } }]);
    expect(cell(host, 5, 1)).toBe('C000005');
  });

  test('merges a group into the chosen row, archives the other, and undo restores it', async () => {
    const host = makeHost();
    const before = rows(host).map((r) => [...r]);
    await renderApp(host);
    const group = await findDuplicates();
    fireEvent.click(within(group).getByRole('radio', { name: /^Row 6:/ }));
    expect(host.state().selection).toEqual({ sheet: SHEET, row: 6, col: 1 });
    fireEvent.click(within(screen.getByTestId('cluster-1')).getByRole('button', { name: 'Merge this group' }));
    await screen.findByText(/Done: merged row 2 into row 6/);

    expect(rows(host)).toHaveLength(5); // row 2 merged away
    expect(cell(host, 5, 1)).toBe('C000005'); // the kept row, now row 5
    expect(host.state().workbook.sheets.length).toBeGreaterThan(1); // archive and log sheets
    expect(Object.keys(host.state().workbook.meta).some((k) => k.startsWith(MERGE_META.history))).toBe(true);

    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo: Merge rows 2 into row 6' }));
    await screen.findByText(/Done: undid/);
    expect(rows(host)).toEqual(before);
  });

  test('merges every likely group at once, and one undo restores them all', async () => {
    const host = makeHost({
      name: SHEET,
      values: [
        ['Customer ID', 'Name', 'Phone', 'Email', 'Company'],
        ['C000001', 'Zhang Wei', '+86 138 0013 8000', 'zhangwei@example.com', 'Xingchen Tech'],
        ['C000002', 'Li Na', '13912345678', 'lina@example.com', 'Haijing Trading'],
        ['C000003', 'Wang Fang', '13700137000', 'wangfang@example.com', 'Yunqi Networks'],
        ['C000004', 'Zhang Wei', '138 0013 8000', 'ZHANGWEI@EXAMPLE.COM', 'Xingchen Technology'],
        ['C000005', 'Li  Na', '139 1234 5678', 'LINA@example.com', 'Haijing Trading Ltd'],
        ['C000006', 'Chen Jing', '15987654321', 'chenjing@example.com', 'Guanggu Medical'],
      ],
    });
    const before = rows(host).map((r) => [...r]);
    await renderApp(host);
    await findDuplicates();
    fireEvent.click(screen.getByRole('button', { name: 'Merge all 2 likely groups' }));
    await screen.findByText(/Done: merged 2 groups \(4 rows\)/);
    expect(rows(host)).toHaveLength(5);
    expect(rows(host).map((r) => r[0])).toEqual(['Customer ID', 'C000001', 'C000002', 'C000003', 'C000006']);

    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo: Merge 2 duplicate groups' }));
    await screen.findByText(/Done: undid/);
    expect(rows(host)).toEqual(before);
  });

  test.each([
    ['zh-CN', '重复', '查找重复', '姓名：读音相近'],
    ['en-US', 'Duplicates', 'Find duplicates', '姓名: similar-sounding'],
  ] as const)(
    'shows the group in %s when the names only sound alike (刘德华 / 牛德华, same phone, email and company)',
    async (locale, tab, run, chip) => {
      const host = makeHost(
        {
          name: '客户',
          values: [
            ['客户编号', '姓名', '手机', '邮箱', '公司'],
            ['C000001', '刘德华', '13800138000', 'andy@tianyu.cn', '天宇科技有限公司'],
            ['C000002', '张学友', '13912345678', 'jacky@haijing.cn', '海景贸易有限公司'],
            ['C000003', '牛德华', '138 0013 8000', 'andy@tianyu.cn', '天宇科技有限公司'],
            ['C000004', '郭富城', '13700137000', 'aaron@yunqi.cn', '云起网络有限公司'],
          ],
        },
        { environment: { locale, theme: 'light' } },
      );
      await renderApp(host);
      fireEvent.click(screen.getByRole('tab', { name: tab }));
      fireEvent.click(screen.getByRole('button', { name: run }));
      const group = await screen.findByTestId('cluster-1');
      expect(within(group).getByText(new RegExp(`^${chip}`))).toBeTruthy();
      expect(
        within(group)
          .getAllByRole('radio')
          .map((r) => (r as HTMLInputElement).value),
      ).toEqual(['2', '4']);
    },
  );

  test('draws only the groups in view, and the others as the list scrolls, when a list was imported twice', async () => {
    const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭'];
    const given = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '勇', '艳', '杰', '涛', '明', '超', '霞', '平', '刚'];
    const customers = Array.from({ length: 30 }, (_, i) => {
      const phone = String(13800000000 + i * 7919);
      return [
        surnames[i % 16]! + given[(i * 5 + 3) % 16]! + given[(i * 7 + 1) % 16]!,
        phone,
        `c${i}@example.cn`,
        `客户${i}贸易有限公司`,
      ];
    });
    const values = [['客户编号', '姓名', '手机', '邮箱', '公司']];
    customers.forEach((c, i) => values.push([`C${String(i + 1).padStart(6, '0')}`, ...c]));
    customers.forEach((c, i) =>
      values.push([
        `C${String(i + 31).padStart(6, '0')}`,
        c[0]!,
        `${c[1]!.slice(0, 3)} ${c[1]!.slice(3, 7)} ${c[1]!.slice(7)}`,
        c[2]!.toUpperCase(),
        c[3]!,
      ]),
    );
    await renderApp(makeHost({ name: '客户', values }));
    await findDuplicates();
    expect(screen.getByText(/30 groups of possible duplicates among 60 rows/)).toBeTruthy();
    // jsdom lays nothing out: the list draws as if 800 px tall, with cards of their estimated height.
    const drawn = () => screen.queryAllByTestId(/^cluster-\d+$/).map((el) => Number(el.dataset.testid!.slice(8)));
    expect(drawn()[0]).toBe(1);
    expect(drawn().length).toBeLessThan(15);
    expect(screen.queryByTestId('cluster-30')).toBeNull();
    const list = screen.getByRole('region', { name: 'Duplicate groups' });
    Object.defineProperty(list, 'clientHeight', { configurable: true, value: 600 });
    list.scrollTop = 29 * 242;
    fireEvent.scroll(list);
    expect(screen.getByTestId('cluster-30')).toBeTruthy();
    expect(screen.queryByTestId('cluster-1')).toBeNull();
    expect(screen.getByRole('button', { name: 'Merge all 30 likely groups' })).toBeTruthy();
  });

  test('says so when there are no duplicates', async () => {
    const host = makeHost({
      name: SHEET,
      values: [
        ['Customer ID', 'Name', 'Phone'],
        ['C000001', 'Zhang Wei', '13800138000'],
        ['C000002', 'Li Na', '13912345678'],
      ],
    });
    await renderApp(host);
    fireEvent.click(screen.getByRole('tab', { name: 'Duplicates' }));
    fireEvent.click(screen.getByRole('button', { name: 'Find duplicates' }));
    expect(await screen.findByText('No duplicates found.')).toBeTruthy();
  });
});
