/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { SHEET, cell, makeHost, renderApp } from '../ui/helpers';

const rows = (host: ReturnType<typeof makeHost>) => host.state().workbook.sheets.find((s) => s.name === SHEET)!.values;

describe('SavedOperations', () => {
  test('lists a clean from an earlier session and undoes it after a reload', async () => {
    const host = makeHost();
    const before = rows(host).map((r) => [...r]);
    const first = await renderApp(host);
    fireEvent.click(screen.getByRole('tab', { name: 'Clean' }));
    fireEvent.click(screen.getByRole('button', { name: 'Preview changes' }));
    fireEvent.click(await screen.findByRole('button', { name: /^Apply \d+ changes$/ }));
    await screen.findByText(/Done: cleaned/);
    expect(cell(host, 2, 3)).not.toBe('+86 138 0013 8000');
    first.unmount();

    await renderApp(host); // a new session: only the workbook remembers the clean
    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show recorded operations' }));
    const item = await screen.findByTestId('operation-1');
    expect(within(item).getByText(/^1\. Clean on .*: \d+ cells$/)).toBeTruthy();
    fireEvent.click(within(item).getByRole('button', { name: /^Undo: 1\. Clean/ }));
    await screen.findByRole('button', { name: 'Show recorded operations' });
    expect(rows(host)).toEqual(before);

    fireEvent.click(screen.getByRole('button', { name: 'Show recorded operations' }));
    expect(within(await screen.findByTestId('operation-1')).getByText('Undone')).toBeTruthy();
    expect(
      within(screen.getByTestId('operation-2')).getByText(/^2\. Undo Clean \(operation 1\) on Customers: \d+ cells$/),
    ).toBeTruthy();
  });
});
