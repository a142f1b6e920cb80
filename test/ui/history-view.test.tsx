/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { SHEET, cell, makeHost, renderApp } from './helpers';
import { addEntry, markUndone, undoChain } from '../../shared/ui/history/history';
import { emptyPlan } from '../../shared/plan/plan';

const rows = (host: ReturnType<typeof makeHost>) => host.state().workbook.sheets.find((s) => s.name === SHEET)!.values;

describe('history', () => {
  const entry = (n: number) => ({
    kind: 'clean' as const,
    title: { key: 'action.clean' as const, params: { count: n } },
    plan: emptyPlan('S'),
    undo: { kind: 'plan' as const, plan: emptyPlan('S') },
  });

  test('undoChain lists the target and every later entry still applied, newest first', () => {
    let entries = addEntry(addEntry(addEntry([], entry(1)), entry(2)), entry(3));
    expect(undoChain(entries, 1).map((e) => e.id)).toEqual([3, 2, 1]);
    entries = markUndone(entries, 3);
    expect(undoChain(entries, 1).map((e) => e.id)).toEqual([2, 1]);
    expect(undoChain(entries, 3)).toEqual([]);
  });
});

describe('HistoryView', () => {
  test('lists every applied action newest first; undoing an older one undoes the later ones first', async () => {
    const host = makeHost();
    const before = rows(host).map((r) => [...r]);
    await renderApp(host);

    fireEvent.click(screen.getByRole('tab', { name: 'Clean' }));
    fireEvent.click(screen.getByRole('button', { name: 'Preview changes' }));
    fireEvent.click(await screen.findByRole('button', { name: /^Apply \d+ changes$/ }));
    await screen.findByText(/Done: cleaned/);

    fireEvent.click(screen.getByRole('tab', { name: 'Duplicates' }));
    fireEvent.click(screen.getByRole('button', { name: 'Find duplicates' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Merge this group' }));
    await screen.findByText(/Done: merged/);
    expect(rows(host)).toHaveLength(5);

    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    const items = screen.getAllByTestId(/^history-/);
    expect(items.map((i) => within(i).getByText(/^(Merge|Clean)/).textContent)).toEqual([
      expect.stringMatching(/^Merge rows/),
      expect.stringMatching(/^Clean \d+ cells$/),
    ]);
    const undoClean = within(items[1]!).getByRole('button', { name: /^Undo: Clean/ });
    expect(undoClean.textContent).toBe('Undo this and 1 later');

    fireEvent.click(undoClean);
    await screen.findByText(/Done: undid "Clean/);
    expect(screen.getAllByText('Undone')).toHaveLength(2);
    expect(rows(host)).toEqual(before);
    expect(cell(host, 2, 3)).toBe('+86 138 0013 8000');
  });

  test('a merge from an earlier session (saved in the workbook) can be undone after a reload', async () => {
    const host = makeHost();
    const before = rows(host).map((r) => [...r]);
    const first = await renderApp(host);
    fireEvent.click(screen.getByRole('tab', { name: 'Duplicates' }));
    fireEvent.click(screen.getByRole('button', { name: 'Find duplicates' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Merge this group' }));
    await screen.findByText(/Done: merged/);
    first.unmount();

    await renderApp(host); // a new session: its own history is empty
    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    expect(screen.getByText('Nothing applied yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show saved merges' }));
    const undo = await screen.findByRole('button', { name: /^Undo: Merge M-\d{8}-1: rows \d+ into row \d+$/ });
    fireEvent.click(undo);
    await screen.findByText(/Done: undid "Merge M-/);
    expect(rows(host)).toEqual(before);
  });

  test('is empty before anything is applied', async () => {
    await renderApp(makeHost());
    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    expect(screen.getByText('Nothing applied yet.')).toBeTruthy();
  });
});
