/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { cell, makeHost, renderApp } from './helpers';

/** The same customer typed twice by a Chinese sales team: the second entry has the valid email, more purchases and other tags. */
function chineseHost() {
  return makeHost(
    {
      name: '客户',
      values: [
        ['客户编号', '姓名', '手机', '邮箱', '公司', '购买次数', '标签'],
        ['C000011', '刘强', '13700001111', 'liuqiang@xihutea', '杭州西湖茶业有限公司', 3, '高意向'],
        ['C000012', '刘强', '137 0000 1111', 'liuqiang@xihutea.com', '西湖茶业', 5, '批发'],
      ],
    },
    { environment: { locale: 'zh-CN', theme: 'light' } },
  );
}

/** Plans run inline in jsdom: on a busy machine one can take longer than findBy's default second. */
const SLOW = { timeout: 5000 };

async function openPreview(tab: string, run: string, show: string) {
  fireEvent.click(screen.getByRole('tab', { name: tab }));
  fireEvent.click(screen.getByRole('button', { name: run }));
  const group = await screen.findByTestId('cluster-1');
  fireEvent.click(within(group).getByRole('button', { name: show }));
  return group;
}

const choose = (group: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(group).getByRole('combobox', { name: label }), { target: { value } });

describe('MergePreview', () => {
  test('keeps the picked company and sums purchases when a Chinese user chooses them, and Merge writes that', async () => {
    const host = chineseHost();
    await renderApp(host);
    const group = await openPreview('重复', '查找重复', '预览合并写入的内容');
    await within(group).findByText(/行将移到归档工作表/, {}, SLOW);
    // Only the columns whose values differ offer a choice; the same name and phone do not.
    expect(within(group).queryByRole('combobox', { name: '姓名保留' })).toBeNull();
    expect(within(group).getByRole('combobox', { name: '公司保留' })).toBeTruthy();
    const company = within(group).getByRole('combobox', { name: '公司保留' });
    expect(
      within(company)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['按规则', '第 2 行：杭州西湖茶业有限公司', '第 3 行：西湖茶业']);

    // Rules are offered where they make sense: sum and largest for counts, never for a company.
    const rulesOf = (label: string) =>
      within(within(group).getByRole('combobox', { name: label }))
        .getAllByRole('option')
        .map((o) => o.textContent);
    expect(rulesOf('公司的规则')).toEqual(['默认', '拼接']);
    expect(rulesOf('购买次数的规则')).toEqual(['默认', '求和', '取最大', '拼接']);
    // 13700001111 and 137 0000 1111 are one number: no choice for 手机.
    expect(within(group).queryByRole('combobox', { name: '手机保留' })).toBeNull();
    choose(group, '公司保留', '3');
    await within(group).findByText('公司: 杭州西湖茶业有限公司 → 西湖茶业', {}, SLOW);
    choose(group, '购买次数的规则', 'sum');
    await within(group).findByText('购买次数: 3 → 8', {}, SLOW);
    // The survivor's broken email gives way to the valid one without any choice.
    expect(within(group).getByText('邮箱: liuqiang@xihutea → liuqiang@xihutea.com')).toBeTruthy();

    fireEvent.click(within(group).getByRole('button', { name: '合并此组' }));
    await screen.findByText(/完成：已将第 3 行合并到第 2 行/, {}, SLOW);
    expect(cell(host, 2, 5, '客户')).toBe('西湖茶业');
    expect(cell(host, 2, 6, '客户')).toBe(8);
    expect(cell(host, 2, 4, '客户')).toBe('liuqiang@xihutea.com');
  });

  test('joins notes with the delimiter an English user types, for every group of the search', async () => {
    const host = makeHost({
      name: 'Customers',
      values: [
        ['Customer ID', 'Name', 'Phone', 'Email', 'Notes'],
        ['C1', 'Ann Lee', '+1 415 555 0101', 'ann@acme.com', 'met at fair'],
        ['C2', 'Ann Lee', '+1 415 555 0101', 'ann@acme.com', 'asked for a quote'],
        ['C3', 'Bo Chan', '+1 415 555 0199', 'bo@chan.io', 'VIP'],
        ['C4', 'Bo Chan', '+1 415 555 0199', 'bo@chan.io', 'pays late'],
      ],
    });
    await renderApp(host);
    const group = await openPreview('Duplicates', 'Find duplicates', 'Show what merging writes');
    await within(group).findByText(/Row \d+ moves to the archive sheet/, {}, SLOW);
    choose(group, 'Rule for Notes', 'combine');
    await within(group).findByText('Notes: met at fair → met at fair; asked for a quote', {}, SLOW);
    const delimiter = within(group).getByRole('textbox', { name: 'Join Notes with' });
    fireEvent.change(delimiter, { target: { value: ' | ' } });
    fireEvent.blur(delimiter);
    await within(group).findByText('Notes: met at fair → met at fair | asked for a quote', {}, SLOW);

    fireEvent.click(screen.getByRole('button', { name: 'Merge all 2 likely groups' }));
    await screen.findByText(/Done: merged 2 groups/, {}, SLOW);
    await waitFor(() => expect(cell(host, 3, 5)).toBe('VIP | pays late'));
    expect(cell(host, 2, 5)).toBe('met at fair | asked for a quote');
  });
});
