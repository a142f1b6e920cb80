/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { cell, makeHost, renderApp } from './helpers';

async function preview() {
  fireEvent.click(screen.getByRole('tab', { name: 'Clean' }));
  fireEvent.click(screen.getByRole('button', { name: 'Preview changes' }));
  return screen.findByText(/changes selected/);
}

describe('CleanView', () => {
  test('previews every change old → new, all selected', async () => {
    await renderApp(makeHost());
    const summary = await preview();
    const [, selected, total] = /(\d+) of (\d+)/.exec(summary.textContent ?? '')!;
    expect(selected).toBe(total);
    const phone = screen.getByTestId('clean-group-C');
    expect(
      within(phone).getByRole('checkbox', { name: 'Change C2 from "+86 138 0013 8000" to "13800138000"' }),
    ).toBeTruthy();
    expect(phone.textContent).toContain('+86 138 0013 8000→13800138000');
    expect(screen.getByTestId('clean-group-D').textContent).toContain('ZHANGWEI@EXAMPLE.COM→zhangwei@example.com');
  });

  test('applies only the ticked changes', async () => {
    const host = makeHost();
    await renderApp(host);
    await preview();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Change C2 from "+86 138 0013 8000" to "13800138000"' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /All changes in D · Email/ }));
    const apply = screen.getByRole('button', { name: /^Apply \d+ changes$/ });
    fireEvent.click(apply);
    await screen.findByText(/Done: cleaned \d+ cells/);
    expect(cell(host, 2, 3)).toBe('+86 138 0013 8000'); // unticked
    expect(cell(host, 2, 4)).toBe('ZHANGWEI@EXAMPLE.COM'); // column unticked
    expect(cell(host, 4, 3)).toBe('13700137000'); // applied
    expect(cell(host, 2, 5)).toBe('2024-03-05');
    expect(cell(host, 4, 1)).toMatch(/^C\d{6}$/); // missing ID assigned
  });

  test('select all toggles every change', async () => {
    await renderApp(makeHost());
    await preview();
    const all = screen.getByRole('checkbox', { name: 'Select all changes' });
    fireEvent.click(all);
    expect(screen.getByText(/^0 of \d+ changes selected$/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Apply 0 changes' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(all);
    expect(screen.getByText(/changes selected/).textContent).toMatch(/^(\d+) of \1 changes selected$/);
  });

  test('clean, then undo from History puts every cell back', async () => {
    const host = makeHost();
    const before = host.state().workbook.sheets[0]!.values.map((row) => [...row]);
    await renderApp(host);
    await preview();
    fireEvent.click(screen.getByRole('button', { name: /^Apply \d+ changes$/ }));
    await screen.findByText(/Done: cleaned/);
    expect(cell(host, 2, 3)).toBe('13800138000');
    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    fireEvent.click(screen.getByRole('button', { name: /^Undo: Clean \d+ cells$/ }));
    await screen.findByText(/Done: undid/);
    expect(host.state().workbook.sheets[0]!.values).toEqual(before);
    expect(screen.getByText('Undone')).toBeTruthy();
  });

  test('the preview is dropped once the sheet changes', async () => {
    await renderApp(makeHost());
    await preview();
    fireEvent.click(screen.getByRole('button', { name: /^Apply \d+ changes$/ }));
    await screen.findByText(/Done: cleaned/);
    expect(screen.queryByText(/changes selected/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Preview changes' })).toBeTruthy();
  });
});
