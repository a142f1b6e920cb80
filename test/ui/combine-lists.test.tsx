/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { HostEnvironment } from '../../shared/host/host';
import { createMemoryHost } from '../../shared/host/memory-host';
import { findSheet, workbookFromSnapshot } from '../../shared/plan/apply-plan';
import { emptyPlan } from '../../shared/plan/plan';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { renderApp } from './helpers';

/** A salesperson's sheet and a trade-show list with other headers; 张伟 / Zhang Wei is on both. */
const LISTS: Record<'zh-CN' | 'en-US', [SheetSnapshot, SheetSnapshot]> = {
  'zh-CN': [
    {
      name: '销售A',
      values: [
        ['客户名称', '手机', '邮箱', '城市', '跟进备注'],
        ['张伟', '13800138000', 'zhangwei@example.com', '上海', '老客户'],
        ['李娜', '13912345678', 'lina@example.com', '杭州', null],
        ['王芳', '13700137000', 'wangfang@example.com', '北京', null],
      ],
    },
    {
      name: '展会名单',
      values: [
        ['姓名', '手机号码', '电子邮件', '展位'],
        ['张伟', '138 0013 8000', 'ZHANGWEI@example.com', 'A12'],
        ['赵磊', '13600136000', 'zhaolei@example.com', 'B03'],
      ],
    },
  ],
  'en-US': [
    {
      name: 'Sales A',
      values: [
        ['Customer Name', 'Mobile', 'Email', 'City', 'Follow-up'],
        ['Zhang Wei', '+86 138 0013 8000', 'zhangwei@example.com', 'Shanghai', 'regular'],
        ['Li Na', '+86 139 1234 5678', 'lina@example.com', 'Hangzhou', null],
        ['Wang Fang', '+86 137 0013 7000', 'wangfang@example.com', 'Beijing', null],
      ],
    },
    {
      name: 'Trade show',
      values: [
        ['Name', 'Phone Number', 'E-mail', 'Booth'],
        ['Zhang Wei', '138 0013 8000', 'ZHANGWEI@example.com', 'A12'],
        ['Zhao Lei', '+86 136 0013 6000', 'zhaolei@example.com', 'B03'],
      ],
    },
  ],
};

/** What a person reads in each language, and what the sheets hold after each step. */
const WORDS = {
  'zh-CN': {
    tab: '重复',
    load: '选择工作表',
    run: '合并到新工作表',
    combined: '合并名单',
    duplicates: '重复客户',
    source: '出处',
    done: /已将 2 份名单合并到工作表「合并名单」（5 行）；可能重复的客户 1 组（跨名单 1 组）列在「重复客户」/,
    firstOrigin: '销售A 第 2 行',
    lastOrigin: '展会名单 第 3 行',
    a: '在此名单中查找（A）',
    b: '要核对的名单（B）',
    compare: '对比',
    compared: /「展会名单」与「销售A」对比：已在 A 中：1 位客户；可能已在 A 中：0 位客户；新客户：1 位客户/,
    status: ['对比结果', '已存在（销售A 第 2 行）', '新客户'],
    history: '历史',
    undo: '撤销：对比 展会名单 与 销售A',
    undoCombine: '撤销：合并 销售A, 展会名单',
    changed: /此操作新建的工作表“合并名单”之后已被修改（B2: 13800000000），撤销会连同这些修改一起删除该表/,
  },
  'en-US': {
    tab: 'Duplicates',
    load: 'Choose sheets',
    run: 'Combine into a new sheet',
    combined: 'Combined list',
    duplicates: 'Duplicates',
    source: 'Imported from',
    done: /combined 2 lists into the sheet "Combined list" \(5 rows\); likely duplicates: 1 group, 1 group across lists, listed on "Duplicates"/,
    firstOrigin: 'Sales A row 2',
    lastOrigin: 'Trade show row 3',
    a: 'Look in (A)',
    b: 'Check (B)',
    compare: 'Compare',
    compared:
      /"Trade show" compared with "Sales A": already in A: 1 customer; maybe in A: 0 customers; new: 1 customer/,
    status: ['Compared', 'In Sales A (row 2)', 'New'],
    history: 'History',
    undo: 'Undo: Compare Trade show with Sales A',
    undoCombine: 'Undo: Combine Sales A, Trade show',
    changed:
      /The sheet "Combined list" that this operation created has changed since \(B2: 13800000000\); undoing would delete it/,
  },
} as const;

function twoListHost(locale: 'zh-CN' | 'en-US') {
  const [a, b] = LISTS[locale];
  const workbook = workbookFromSnapshot(a);
  workbook.sheets.push(workbookFromSnapshot(b).sheets[0]!);
  const environment: HostEnvironment = { locale, theme: 'light' };
  return createMemoryHost(workbook, { environment });
}

describe('CombineLists', () => {
  test.each(['zh-CN', 'en-US'] as const)(
    'combines two sheets into new sheets and compares them, in %s, when each list has its own headers',
    async (locale) => {
      const w = WORDS[locale];
      const host = twoListHost(locale);
      const [salesA, show] = LISTS[locale];
      const sheet = (name: string) => findSheet(host.state().workbook, name);
      await renderApp(host);
      fireEvent.click(screen.getByRole('tab', { name: w.tab }));
      fireEvent.click(screen.getByRole('button', { name: w.load }));
      fireEvent.click(await screen.findByRole('checkbox', { name: salesA.name }));
      fireEvent.click(screen.getByRole('checkbox', { name: show.name }));
      fireEvent.click(screen.getByRole('button', { name: w.run }));
      await screen.findByText(w.done, { selector: '[role=status]' });

      // Two new sheets; the lists themselves are untouched.
      expect(host.state().workbook.sheets.map((s) => s.name)).toEqual([
        salesA.name,
        show.name,
        w.combined,
        w.duplicates,
      ]);
      expect(sheet(salesA.name)!.values).toEqual(salesA.values);
      const combined = sheet(w.combined)!.values;
      const header = combined[0]!;
      const source = header.indexOf(w.source);
      expect(source).toBe(header.length - 1);
      expect(combined.map((r) => r[source])).toEqual([
        w.source,
        w.firstOrigin,
        expect.anything(),
        expect.anything(),
        expect.anything(),
        w.lastOrigin,
      ]);
      // A column no template field takes is kept under its own header.
      expect(header).toContain(show.values[0]![3]);
      expect(host.state().activeSheet).toBe(w.combined);
      expect(sheet(w.duplicates)!.values.length).toBe(3); // header and the two rows of the one group

      fireEvent.change(screen.getByLabelText(w.a), { target: { value: salesA.name } });
      fireEvent.change(screen.getByLabelText(w.b), { target: { value: show.name } });
      fireEvent.click(screen.getByRole('button', { name: w.compare }));
      await screen.findByText(w.compared, { selector: '[role=status]' });
      const width = show.values[0]!.length;
      expect(sheet(show.name)!.values.map((r) => r[width])).toEqual(w.status);

      fireEvent.click(screen.getByRole('tab', { name: w.history }));
      fireEvent.click(screen.getByRole('button', { name: w.undo }));
      await waitFor(() => expect(sheet(show.name)!.values.map((r) => r[width] ?? null)).toEqual([null, null, null]));

      // Undoing the combine deletes the sheets it made; the lists stay as they were.
      fireEvent.click(screen.getByRole('button', { name: w.undoCombine }));
      await waitFor(() => expect(host.state().workbook.sheets.map((s) => s.name)).toEqual([salesA.name, show.name]));
      expect(sheet(salesA.name)!.values).toEqual(salesA.values);
    },
  );

  test.each(['zh-CN', 'en-US'] as const)(
    'refuses in %s to undo a combine whose new sheet someone edited since, naming the sheet and cell',
    async (locale) => {
      const w = WORDS[locale];
      const host = twoListHost(locale);
      const [salesA, show] = LISTS[locale];
      await renderApp(host);
      fireEvent.click(screen.getByRole('tab', { name: w.tab }));
      fireEvent.click(screen.getByRole('button', { name: w.load }));
      fireEvent.click(await screen.findByRole('checkbox', { name: salesA.name }));
      fireEvent.click(screen.getByRole('checkbox', { name: show.name }));
      fireEvent.click(screen.getByRole('button', { name: w.run }));
      await screen.findByText(w.done, { selector: '[role=status]' });
      const combined = findSheet(host.state().workbook, w.combined)!;
      const edit = emptyPlan(w.combined);
      edit.edits.push({ row: 2, col: 2, before: combined.values[1]![1]!, after: '13800000000' });
      await host.applyPlan(edit);

      fireEvent.click(screen.getByRole('tab', { name: w.history }));
      fireEvent.click(screen.getByRole('button', { name: w.undoCombine }));
      await screen.findByText(w.changed);
      expect(findSheet(host.state().workbook, w.combined)!.values[1]![1]).toBe('13800000000');
    },
  );

  test('says the workbook needs other sheets when it has only one', async () => {
    const host = createMemoryHost(workbookFromSnapshot(LISTS['en-US'][0]));
    await renderApp(host);
    fireEvent.click(screen.getByRole('tab', { name: 'Duplicates' }));
    fireEvent.click(screen.getByRole('button', { name: 'Choose sheets' }));
    await screen.findByText('This workbook has one visible sheet: add the other lists as sheets first.');
    expect(screen.queryByRole('button', { name: 'Combine into a new sheet' })).toBeNull();
  });
});
