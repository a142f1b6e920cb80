/**
 * Worksheet change events of the Excel emulator (`worksheet.onChanged`, ExcelApi 1.7). Like Excel,
 * a write through the API raises the event too, after the sync that made it; `settle()` delivers
 * queued events until none is left, and fails when handlers keep changing the sheet (an event loop).
 */
import type { EmSheet, Rect } from './emulator-model';
import { formatAddress } from './emulator-model';

export interface EmChangedArgs {
  type: 'WorksheetChanged';
  address: string;
  changeType: 'RangeEdited';
  source: 'Local' | 'Remote';
  worksheetId: string;
}

type Handler = (args: EmChangedArgs) => Promise<unknown>;

/** Events one settle delivers before it calls the handlers' writes a loop. */
const MAX_EVENTS = 100;

export class EmEvents {
  private handlers: Array<{ sheet: EmSheet; handler: Handler }> = [];
  private queue: Array<{ sheet: EmSheet; args: EmChangedArgs }> = [];
  /** Every event delivered, in order (tests assert what the add-in saw). */
  readonly delivered: EmChangedArgs[] = [];

  add(sheet: EmSheet, handler: Handler): { remove(): void } {
    const entry = { sheet, handler };
    this.handlers.push(entry);
    return { remove: () => (this.handlers = this.handlers.filter((h) => h !== entry)) };
  }

  get count(): number {
    return this.handlers.length;
  }

  /** A range changed (by a person or through the API): queue the event for the sheet's handlers. */
  changed(sheet: EmSheet, rect: Rect, source: 'Local' | 'Remote' = 'Local'): void {
    if (!this.handlers.some((h) => h.sheet === sheet)) return;
    const args: EmChangedArgs = {
      type: 'WorksheetChanged',
      address: formatAddress(rect),
      changeType: 'RangeEdited',
      source,
      worksheetId: sheet.name,
    };
    this.queue.push({ sheet, args });
  }

  /** Delivers queued events (and those their handlers cause) one at a time, as Excel does. */
  async settle(): Promise<void> {
    for (let delivered = 0; this.queue.length > 0; delivered++) {
      if (delivered === MAX_EVENTS) throw new Error('emulator: change handlers keep changing the sheet (event loop)');
      const { sheet, args } = this.queue.shift()!;
      this.delivered.push(args);
      for (const h of this.handlers.filter((entry) => entry.sheet === sheet)) await h.handler(args);
    }
  }
}
