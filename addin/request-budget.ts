/**
 * Request sizes. Excel on the web rejects a request or response over 5 MB
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded), so the host counts the
 * bytes it queues and syncs early when the next action would pass a budget kept under that limit.
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

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function isPayloadTooLarge(error: unknown): boolean {
  const code = codeOf(error);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

export function isItemNotFound(error: unknown): boolean {
  return codeOf(error) === 'ItemNotFound';
}
