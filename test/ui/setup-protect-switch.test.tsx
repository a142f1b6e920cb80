/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { findSheet } from '../../shared/plan/apply-plan';
import { makeHost, renderApp, SHEET } from './helpers';

describe('SetupView', () => {
  test('protects the header row and the ID column when the switch is left on', async () => {
    const host = makeHost(undefined, { environment: { locale: 'en-US', theme: 'light' } });
    await renderApp(host);
    fireEvent.click(screen.getByRole('button', { name: 'Read headers' }));
    const toggle = await screen.findByRole('switch', { name: 'Protect the header row and the customer ID column' });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Apply setup' }));
    await screen.findByText(/Done: set up the sheet/);
    expect(findSheet(host.state().workbook, SHEET)!.protection).toEqual({ headerRows: 1, cols: [1] });
  });

  test('leaves the sheet unprotected when the switch is turned off (zh-CN)', async () => {
    const host = makeHost(undefined, { environment: { locale: 'zh-CN', theme: 'light' } });
    await renderApp(host);
    fireEvent.click(screen.getByRole('button', { name: '读取表头' }));
    const toggle = await screen.findByRole('switch', { name: '保护标题行和客户编号列' });
    fireEvent.click(toggle);
    await waitFor(() => expect((toggle as HTMLInputElement).checked).toBe(false));
    fireEvent.click(await screen.findByRole('button', { name: '应用设置' }));
    await screen.findByText(/已设置工作表/);
    expect(findSheet(host.state().workbook, SHEET)!.protection).toBeUndefined();
  });
});
