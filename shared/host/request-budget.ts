/**
 * Request sizes, for a host whose requests have a size limit: Excel on the web rejects a request or
 * response over 5 MB (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded), so the
 * host counts the bytes it queues and syncs early when the next action would pass a budget kept under that limit.
 * Desktop Excel has no such limit; the same budget only costs it a few extra round trips on huge plans.
 */

export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** What one request may carry: a fifth below the limit for the JSON envelope and object paths. */
export const REQUEST_BYTE_BUDGET = 4 * 1024 * 1024;
/** Object path and action overhead of one queued command. */
export const ACTION_OVERHEAD_BYTES = 200;
/** Estimate for reading one cell's values + formulas + numberFormat before anything was measured. */
export const READ_BYTES_PER_CELL = 80;
/** Overhead of one cell in a formulas-only read, on top of its text. */
export const FORMULA_BYTES_PER_CELL = 8;
export const MAX_CELLS_PER_REQUEST = Math.floor(REQUEST_BYTE_BUDGET / READ_BYTES_PER_CELL);
/** Rows the first read asks for before the sheet's size is known. */
export const FIRST_BLOCK_ROWS = 20_000;

/** Counts the bytes queued on a request context and syncs before the budget would be exceeded. */
export class RequestBudget {
  private used = 0;
  /** Syncs made because the budget was full (in addition to the caller's own). */
  flushes = 0;

  constructor(
    private readonly flush: () => Promise<void>,
    readonly limit: number = REQUEST_BYTE_BUDGET,
  ) {}

  /** Call before queueing a command of about `bytes`. */
  async reserve(bytes: number): Promise<void> {
    const cost = bytes + ACTION_OVERHEAD_BYTES;
    if (this.used > 0 && this.used + cost > this.limit) {
      await this.flush();
      this.flushes++;
      this.used = 0;
    }
    this.used += cost;
  }
}

/** UTF-8 length of a string, as it travels in a request. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of a value once serialised as JSON (what Office.js sends or receives for it). */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}
