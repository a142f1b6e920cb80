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

  test('undoes a set up from an earlier session, its dropdowns, marks, freeze and filter too, after a reload', async () => {
    const host = makeHost();
    const sheet = () => host.state().workbook.sheets.find((s) => s.name === SHEET)!;
    const before = rows(host).map((r) => [...r]);
    const first = await renderApp(host);
    fireEvent.click(screen.getByRole('button', { name: 'Read headers' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Apply setup' }));
    await screen.findByText(/Done: set up the sheet/);
    expect(sheet().validations.length).toBeGreaterThan(0);
    expect(sheet()).toMatchObject({ freezeRows: 1, filter: expect.any(Object) });
    first.unmount();

    await renderApp(host); // a new session: only the workbook remembers the set up
    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show recorded operations' }));
    const item = await screen.findByTestId('operation-1');
    fireEvent.click(within(item).getByRole('button', { name: /^Undo: 1\. Set up/ }));
    await screen.findByRole('button', { name: 'Show recorded operations' });
    expect(rows(host).map((r) => r.slice(0, before[0]!.length))).toEqual(before);
    expect(sheet()).toMatchObject({ validations: [], required: [], freezeRows: 0 });
    expect(sheet().filter).toBeUndefined();
  });
});
