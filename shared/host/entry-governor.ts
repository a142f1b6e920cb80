/**
 * Governing rows as people type, where it needs the sidebar open (Excel's task pane listens to change
 * events). Google Sheets governs from its onEdit trigger and the demo grid from its own edits, so they
 * attach none. Kept beside the host, not in its interface: only the Setup view's switch asks for it.
 */
import type { SpreadsheetHost } from './host';

export interface EntryGovernor {
  /** False when the host has no change events (the switch says so). */
  readonly available: boolean;
  /** Follows the switch stored in the workbook's meta: starts listening to the sheet it names (a failure goes to lastError). */
  refresh(): Promise<void>;
  /** Resolves when every change received so far has been governed. */
  idle(): Promise<void>;
  /** The last change that could not be governed (left as typed), for the switch to show. */
  lastError(): unknown;
  /** Called after each change governed or failed; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

const governors = new WeakMap<SpreadsheetHost, EntryGovernor>();

export function attachEntryGovernor<H extends SpreadsheetHost>(host: H, governor: EntryGovernor): H {
  governors.set(host, governor);
  return host;
}

export function entryGovernorOf(host: SpreadsheetHost): EntryGovernor | undefined {
  return governors.get(host);
}
