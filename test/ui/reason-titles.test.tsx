/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../shared/ui/App';
import { makeHost } from './helpers';

describe('a duplicate group’s reasons in the Chinese sidebar', () => {
  test('name the values compared in Chinese when hovered, not in the reason’s English', async () => {
    const host = makeHost(
      {
        name: '客户',
        values: [
          ['姓名', '手机', '邮箱'],
          ['张伟', '13800138000', 'zhangwei@example.com'],
          ['张伟', '138 0013 8000', 'zhangwei@example.com'],
          ['李娜', '13912345678', 'lina@example.com'],
        ],
      },
      { environment: { locale: 'zh-CN', theme: 'light' } },
    );
    render(<App host={host} />);
    fireEvent.click(await screen.findByRole('tab', { name: '重复' }));
    fireEvent.click(screen.getByRole('button', { name: '查找重复' }));
    const card = await screen.findByTestId('cluster-1');
    const titles = Array.from(card.querySelectorAll('[title]'), (el) => el.getAttribute('title') ?? '');
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.some((title) => title.startsWith('手机：'))).toBe(true);
    for (const title of titles) expect(title).not.toMatch(/same|different|address|number/);
  });
});
