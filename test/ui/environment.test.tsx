/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { webDarkTheme } from '@fluentui/react-components';
import { App } from '../../shared/ui/App';
import { makeHost } from './helpers';

describe('App follows the host environment', () => {
  test('shows Chinese when the host says zh-CN', async () => {
    render(<App host={makeHost(undefined, { environment: { locale: 'zh-CN', theme: 'light' } })} />);
    expect(await screen.findByRole('tab', { name: '设置' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: '检查' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '读取表头' })).toBeTruthy();
  });

  test('uses the dark theme when the host is dark', async () => {
    const { container } = render(
      <App host={makeHost(undefined, { environment: { locale: 'en-US', theme: 'dark' } })} />,
    );
    await screen.findByRole('tab', { name: 'Set up' });
    const provider = container.firstElementChild as HTMLElement;
    // Fluent inserts its CSS variables through the CSSOM, not as style text.
    const css = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n');
    const rule = [...provider.classList]
      .map((c) => new RegExp(`\\.${c}\\s*\\{[^}]*--colorNeutralBackground1:\\s*([^;]+);`).exec(css))
      .find(Boolean);
    expect(rule?.[1]?.trim()).toBe(webDarkTheme.colorNeutralBackground1);
  });
});
