/** @jest-environment jsdom */
/**
 * Check's messages are worded in the sidebar's language, whatever the sheet's: a Chinese list checked
 * in an English sidebar reads "Required value…", and an English list in a Chinese sidebar reads Chinese.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { makeHost, renderApp } from './helpers';

const ZH_SHEET = {
  name: '客户',
  values: [
    ['客户编号', '姓名', '手机', '邮箱'],
    ['C000001', '张伟', '13800138000', 'zhangwei@example.com'],
    ['C000002', '', '13912345678', 'lina@example'],
    ['C000003', '王芳', '1381234', 'wangfang@example.com'],
  ],
};

const EN_SHEET = {
  name: 'Customers',
  values: [
    ['Customer ID', 'Name', 'Phone', 'Email'],
    ['C000001', 'Mary Evans', '(415) 555-2671', 'mary@example.com'],
    ['C000002', '', '(212) 555-0100', 'bob@example'],
  ],
};

async function issueTexts(groupCode: string): Promise<string> {
  const group = await screen.findByTestId(`issue-group-${groupCode}`);
  fireEvent.click(within(group).getAllByRole('button')[0]!);
  return group.textContent ?? '';
}

describe('check messages in the sidebar’s language', () => {
  test('a Chinese sheet checked in an English sidebar', async () => {
    await renderApp(makeHost(ZH_SHEET, { environment: { locale: 'en-US', theme: 'light' } }));
    fireEvent.click(screen.getByRole('tab', { name: 'Check' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check sheet' }));
    const required = await issueTexts('required.missing');
    expect(required).toMatch(/required/i);
    expect(required).not.toMatch(/必填/);
    const email = await issueTexts('email.invalid');
    expect(email).toContain('lina@example');
    expect(email).not.toMatch(/[邮箱地址无效]{3}/);
  });

  test('an English sheet checked in a Chinese sidebar', async () => {
    await renderApp(makeHost(EN_SHEET, { environment: { locale: 'zh-CN', theme: 'light' } }));
    fireEvent.click(screen.getByRole('tab', { name: '检查' }));
    fireEvent.click(screen.getByRole('button', { name: '检查工作表' }));
    const required = await issueTexts('required.missing');
    expect(required).toMatch(/“Name”/);
    expect(required).not.toMatch(/required but|is required/i);
  });
});
