/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { HostError, type SpreadsheetHost } from '../../shared/host/host';
import { subject } from '../../shared/host/step-actions';
import { emptyPlan } from '../../shared/plan/plan';
import { makeHost, renderApp } from './helpers';

describe('errors reach the one error bar', () => {
  test('a HostError from applyPlan shows its step and message, and nothing enters the history', async () => {
    const host = makeHost();
    const failing: SpreadsheetHost = {
      ...host,
      applyPlan: () => Promise.reject(new HostError('writing values to the sheet', 'The workbook is protected.')),
    };
    await renderApp(failing as typeof host);
    fireEvent.click(screen.getByRole('tab', { name: 'Clean' }));
    fireEvent.click(screen.getByRole('button', { name: 'Preview changes' }));
    fireEvent.click(await screen.findByRole('button', { name: /^Apply \d+ changes$/ }));
    const bar = await screen.findByTestId('error-bar');
    expect(bar.textContent).toContain('Something went wrong');
    expect(bar.textContent).toContain('While writing values to the sheet: The workbook is protected.');
    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    expect(screen.getByText('Nothing applied yet.')).toBeTruthy();
  });

  test.each([
    ['zh-CN', '检查', '检查工作表', '读取工作表时出错：无法读取当前工作表：Excel is busy. (GeneralException)'],
    [
      'en-US',
      'Check',
      'Check sheet',
      'While reading the sheet: Could not read the active sheet (reading the sheet): Excel is busy. (GeneralException)',
    ],
  ] as const)(
    'words what a host could not do in the sidebar language (%s) when a read fails',
    async (locale, tab, button, text) => {
      const host = makeHost(undefined, { environment: { locale, theme: 'light' } });
      const failure = {
        action: 'read' as const,
        subjects: [subject.of('activeSheet')],
        reason: 'Excel is busy. (GeneralException)',
      };
      await renderApp({
        ...host,
        readSnapshot: () => Promise.reject(HostError.failed('read', failure)),
      } as typeof host);
      fireEvent.click(screen.getByRole('tab', { name: tab }));
      fireEvent.click(screen.getByRole('button', { name: button }));
      expect((await screen.findByTestId('error-bar')).textContent).toContain(text);
    },
  );

  test('an unexpected error while reading is shown in words, and can be dismissed', async () => {
    const host = makeHost();
    await renderApp({ ...host, readSnapshot: () => Promise.reject(new Error('network down')) } as typeof host);
    fireEvent.click(screen.getByRole('tab', { name: 'Check' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check sheet' }));
    expect((await screen.findByTestId('error-bar')).textContent).toContain(
      'An unexpected error happened: network down',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('error-bar')).toBeNull();
  });

  test('a failing environment() still opens the sidebar (in English) and says why', async () => {
    const host = makeHost();
    await renderApp({
      ...host,
      environment: () => Promise.reject(new HostError('reading the display language', 'Office is not ready.')),
    } as typeof host);
    expect(screen.getByRole('tab', { name: 'Set up' })).toBeTruthy();
    expect(screen.getByTestId('error-bar').textContent).toContain(
      'While reading the display language: Office is not ready.',
    );
  });

  test('a failing selectCell is reported', async () => {
    const host = makeHost();
    await renderApp({
      ...host,
      selectCell: () => Promise.reject(new HostError('selecting a cell', 'The sheet was deleted.')),
    } as typeof host);
    fireEvent.click(screen.getByRole('tab', { name: 'Check' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check sheet' }));
    fireEvent.click(await screen.findByRole('button', { name: /Required value missing/ }));
    fireEvent.click(await screen.findByRole('button', { name: /^Go to B5:/ }));
    expect((await screen.findByTestId('error-bar')).textContent).toContain(
      'While selecting a cell: The sheet was deleted.',
    );
  });

  test('Cancel stops a long read: a notice, no error, no result', async () => {
    const host = makeHost();
    const slow: SpreadsheetHost = {
      ...host,
      readSnapshot: (options) =>
        new Promise((_, reject) => {
          options?.onProgress?.({ done: 1, total: 10 });
          options?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    };
    await renderApp(slow as typeof host);
    fireEvent.click(screen.getByRole('tab', { name: 'Check' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check sheet' }));
    const progress = await screen.findByRole('progressbar');
    expect(progress).toBeTruthy();
    expect(screen.getByText('Reading the sheet…')).toBeTruthy();
    expect(screen.getByText('1 of 10')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Cancelled. Nothing was changed.')).toBeTruthy();
    expect(screen.queryByTestId('error-bar')).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: 'Check sheet' })).toBeTruthy();
  });

  test('an undo the merge stage refuses (the sheet changed since) explains why', async () => {
    const host = makeHost();
    await renderApp(host);
    fireEvent.click(screen.getByRole('tab', { name: 'Duplicates' }));
    fireEvent.click(screen.getByRole('button', { name: 'Find duplicates' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Merge this group' }));
    await screen.findByText(/Done: merged/);
    // Someone edits the kept row's notes by hand after the merge.
    const sheet = host.state().workbook.sheets[0]!;
    const notesRow = sheet.values.findIndex((r) => typeof r[5] === 'string' && String(r[5]).includes('first')) + 1;
    await host.applyPlan({
      ...emptyPlan(sheet.name),
      edits: [{ row: notesRow, col: 6, before: sheet.values[notesRow - 1]![5]!, after: 'edited by hand' }],
    });
    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    fireEvent.click(screen.getByRole('button', { name: /^Undo: Merge rows/ }));
    await waitFor(() => expect(screen.getByTestId('error-bar').textContent).toContain('Cannot undo:'));
  });
});
