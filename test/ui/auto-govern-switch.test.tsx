/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { attachEntryGovernor, type EntryGovernor } from '../../shared/host/entry-governor';
import { makeHost, renderApp, SHEET } from './helpers';

function governor(available: boolean): EntryGovernor & { refreshed: number } {
  return {
    available,
    refreshed: 0,
    async refresh() {
      this.refreshed++;
    },
    idle: async () => undefined,
    lastError: () => null,
    subscribe: () => () => undefined,
  };
}

describe('AutoGovernSwitch', () => {
  test('saves the switch and the customer sheet in the workbook when it is turned on, and shows it on again', async () => {
    const host = makeHost();
    await renderApp(host);
    fireEvent.click(screen.getByRole('button', { name: 'Read headers' }));
    const toggle = await screen.findByRole('switch', { name: /Govern as people type/ });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    fireEvent.click(toggle);
    await waitFor(() => expect(host.state().workbook.meta['entry.autoGovern']).toBe('on'));
    expect(host.state().workbook.meta['entry.autoGovernSheet']).toBe(SHEET);

    fireEvent.click(screen.getByRole('button', { name: /^Read headers/ }));
    await waitFor(() =>
      expect((screen.getByRole('switch', { name: /Govern as people type/ }) as HTMLInputElement).checked).toBe(true),
    );
    fireEvent.click(screen.getByRole('switch', { name: /Govern as people type/ }));
    await waitFor(() => expect(host.state().workbook.meta['entry.autoGovern']).toBe('off'));
  });

  test('asks the pane to follow the switch and says it works while the pane is open when the host governs from the pane', async () => {
    const follower = governor(true);
    const host = attachEntryGovernor(makeHost(), follower);
    await renderApp(host);
    fireEvent.click(screen.getByRole('button', { name: 'Read headers' }));
    fireEvent.click(await screen.findByRole('switch', { name: /Govern as people type/ }));
    await waitFor(() => expect(follower.refreshed).toBe(1));
    expect(screen.getByText(/Works while this task pane is open/)).toBeTruthy();
  });

  test('says in Chinese that this Excel cannot follow changes when it lacks change events', async () => {
    const host = attachEntryGovernor(
      makeHost(undefined, { environment: { locale: 'zh-CN', theme: 'light' } }),
      governor(false),
    );
    await renderApp(host);
    fireEvent.click(screen.getByRole('button', { name: '读取表头' }));
    const toggle = await screen.findByRole('switch', { name: /录入时自动规范/ });
    expect((toggle as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText(/需要 ExcelApi 1\.7/)).toBeTruthy();
  });
});
