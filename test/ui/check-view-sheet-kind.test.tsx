/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../shared/ui/App';
import type { Locale } from '../../shared/i18n/locale';
import { makeHost } from './helpers';

const LABELS: Record<Locale, { tab: string; run: string }> = {
  'en-US': { tab: 'Check', run: 'Check sheet' },
  'zh-CN': { tab: '检查', run: '检查工作表' },
};

async function checkActiveSheet(locale: Locale, name: string, values: (string | number | null)[][]) {
  render(<App host={makeHost({ name, values }, { environment: { locale, theme: 'light' } })} />);
  await waitFor(() => expect(screen.getAllByRole('tab').length).toBeGreaterThan(0));
  fireEvent.click(screen.getByRole('tab', { name: LABELS[locale].tab }));
  fireEvent.click(screen.getByRole('button', { name: LABELS[locale].run }));
  return screen.findByRole('status');
}

describe('CheckView on a sheet that is not a customer list', () => {
  test('says the active sheet does not look like a customer list when it holds instructions (zh-CN)', async () => {
    const status = await checkActiveSheet('zh-CN', '说明', [['填写说明'], ['1. 每行一位客户，手机号填 11 位。']]);
    await waitFor(() => expect(status.textContent).toContain('工作表“说明”看起来不是客户列表'));
    expect(screen.queryByText('没有问题：工作表符合模板。')).toBeNull();
  });

  test('says the active sheet does not look like a customer list when it is a price list (en-US)', async () => {
    const status = await checkActiveSheet('en-US', 'Prices', [
      ['Product', 'Unit Price'],
      ['Widget', 12.5],
    ]);
    await waitFor(() =>
      expect(status.textContent).toBe(
        'Sheet "Prices" does not look like a customer list: no column is headed like a customer ID, name, phone, email or company. Switch to the sheet with your customers and check again.',
      ),
    );
    expect(screen.queryByText('No issues: the sheet follows the template.')).toBeNull();
  });

  test('still says no issues for a clean customer list', async () => {
    const status = await checkActiveSheet('en-US', 'Customers', [
      ['Customer ID', 'Name', 'Phone'],
      ['C000001', 'Ann Smith', '13800138000'],
    ]);
    await waitFor(() => expect(status.textContent).toBe('No issues: the sheet follows the template.'));
  });
});
