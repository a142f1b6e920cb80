/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { SHEET, cell, makeHost, renderApp } from '../ui/helpers';
import { planDuplicateAction } from '../../shared/operations/duplicate-actions';
import { emptyPlan } from '../../shared/plan/plan';
import { findSheet } from '../../shared/plan/apply-plan';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';

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
    // Said as any undo is, and every view drops what it read before it.
    expect(await screen.findByText(/Done: undid "1\. Clean on/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Show recorded operations' }));
    expect(within(await screen.findByTestId('operation-1')).getByText('Undone')).toBeTruthy();
    expect(
      within(screen.getByTestId('operation-2')).getByText(/^2\. Undo Clean \(operation 1\) on Customers: \d+ cells$/),
    ).toBeTruthy();
  });

  test('says which later operation to undo first, with no command-line option the sidebar does not have', async () => {
    const host = makeHost();
    const first = await renderApp(host);
    fireEvent.click(screen.getByRole('tab', { name: 'Clean' }));
    fireEvent.click(screen.getByRole('button', { name: 'Preview changes' }));
    fireEvent.click(await screen.findByRole('button', { name: /^Apply \d+ changes$/ }));
    await screen.findByText(/Done: cleaned/);
    fireEvent.click(screen.getByRole('tab', { name: 'Set up' }));
    fireEvent.click(screen.getByRole('button', { name: 'Read headers' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Apply setup' }));
    await screen.findByText(/Done: set up the sheet/);
    first.unmount();

    await renderApp(host);
    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show recorded operations' }));
    const item = await screen.findByTestId('operation-1');
    expect(within(item).getByText(/Undo the later operations first: 2/)).toBeTruthy();
    expect(item.textContent).not.toMatch(/--all/);
  });

  test('lists a copy of duplicates from an earlier session, refuses while its sheet is edited, then undoes it with the sheet', async () => {
    const host = makeHost();
    const snapshot = await host.readSnapshot();
    const copy = planDuplicateAction(snapshot, {
      action: 'copy',
      clusters: [{ rows: [2, 6] }],
      template: DEFAULT_TEMPLATE,
      mapping: mapHeaders(snapshot.values[0]!, DEFAULT_TEMPLATE),
      locale: 'en-US',
      now: new Date('2024-06-01T08:00:00Z'),
      sheetNames: await host.sheetNames(),
    });
    await host.applyPlan(copy.plan);
    const typed = emptyPlan('Duplicates');
    typed.edits.push({ row: 2, col: 9, before: null, after: 'called back' });
    await host.applyPlan(typed);

    const first = await renderApp(host); // a new session: only the workbook remembers the copy
    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show recorded operations' }));
    let item = await screen.findByTestId('operation-1');
    expect(within(item).getByText('1. Copy duplicates on Customers: 0 cells, new sheet "Duplicates"')).toBeTruthy();
    expect(
      within(item).getByText(/The sheet "Duplicates" that operation 1 created has changed since \(I2: called back\)/),
    ).toBeTruthy();
    expect(within(item).queryByRole('button', { name: /^Undo: 1\./ })).toBeNull();

    // Someone takes their note away again: the sheet holds what the copy wrote, and undo deletes it.
    typed.edits = [{ row: 2, col: 9, before: 'called back', after: null }];
    await host.applyPlan(typed);
    first.unmount();
    await renderApp(host);
    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show recorded operations' }));
    item = await screen.findByTestId('operation-1');
    fireEvent.click(within(item).getByRole('button', { name: /^Undo: 1\. Copy duplicates/ }));
    await screen.findByRole('button', { name: 'Show recorded operations' });
    expect(findSheet(host.state().workbook, 'Duplicates')).toBeUndefined();
    expect(findSheet(host.state().workbook, SHEET)).toBeDefined();
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
