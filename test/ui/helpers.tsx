/** Shared set-up for the sidebar tests: an in-memory host over a small messy sheet, and the rendered App. */
import { configure, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../shared/ui/App';
import { createMemoryHost, type MemoryHost, type MemoryHostOptions } from '../../shared/host/memory-host';
import { findSheet, workbookFromSnapshot } from '../../shared/plan/apply-plan';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import type { CellValue } from '../../shared/sheet/cell-value';
import { cellAt } from '../../shared/sheet/snapshot';

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own size to pick a layout.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = NoResizeObserver;
}

// findBy/waitFor give up after 1 s by default; a busy machine (the whole suite in parallel) can take
// longer to run a search through the core, which is not what these tests are about.
configure({ asyncUtilTimeout: 10_000 });

export const SHEET = 'Customers';

/** Five customers: an upper-case email, a spaced phone, a slash date, a missing ID, a blank required name, a duplicate pair. */
export function smallSheet(): SheetSnapshot {
  return {
    name: SHEET,
    values: [
      ['Customer ID', 'Name', 'Phone', 'Email', 'Last Purchase Date', 'Notes'],
      ['C000001', 'Zhang Wei', '+86 138 0013 8000', 'ZHANGWEI@EXAMPLE.COM', '2024/3/5', 'first'],
      ['C000002', 'Li Na', '13912345678', 'lina@example.com', '2024-03-06', null],
      [null, 'Wang Fang', '137 0013 7000', 'wangfang@example.com', '2024-03-07', null],
      ['C000004', null, '13600136000', 'nobody@example.com', '2024-03-08', null],
      ['C000005', 'Zhang Wei', '138 0013 8000', 'zhangwei@example.com', '2024-03-05', 'second'],
    ],
  };
}

export function makeHost(snapshot: SheetSnapshot = smallSheet(), options: MemoryHostOptions = {}): MemoryHost {
  return createMemoryHost(workbookFromSnapshot(snapshot), options);
}

/** The value of a cell of the host's workbook (A1 row/col numbers). */
export function cell(host: MemoryHost, row: number, col: number, sheet = SHEET): CellValue {
  const found = findSheet(host.state().workbook, sheet);
  if (!found) throw new Error(`no sheet ${sheet}`);
  return cellAt(found, row, col);
}

export async function renderApp(host: MemoryHost) {
  const result = render(<App host={host} />);
  await waitFor(() => expect(screen.getAllByRole('tab').length).toBeGreaterThan(0));
  return result;
}

export async function openTab(name: string | RegExp) {
  const { fireEvent } = await import('@testing-library/react');
  fireEvent.click(screen.getByRole('tab', { name }));
}
