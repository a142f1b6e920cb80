/**
 * Reading rows in chunks under a byte budget, for a host whose responses have a size limit: each
 * chunk is sized from the bytes per row measured so far (with a margin, since rows further down
 * may be longer), and halved while the host says the response was too big.
 */
import type { HostCallOptions } from './host';
import { throwIfAborted } from './abort';

/** Rows further down may be longer than those measured so far. */
const SAFETY = 1.1;

export interface ChunkSource<T> {
  /** Queues a read of rows first..last; what it returns holds them once `send` resolves. */
  queue(first: number, last: number): T;
  send(): Promise<void>;
  tooLarge(error: unknown): boolean;
  /** Bytes of a chunk once read. */
  bytes(chunk: T): number;
}

/** Bytes per row of a chunk read, with the margin; `fallback` when it had no rows. */
export function measuredBytesPerRow(bytes: number, rows: number, fallback: number): number {
  return rows > 0 ? (bytes / rows) * SAFETY : fallback;
}

/** Reads rows `from`..`to` in chunks; resolves with the bytes per row last measured. */
export async function readInChunks<T>(
  source: ChunkSource<T>,
  span: { from: number; to: number; bytesPerRow: number; byteBudget: number },
  call: HostCallOptions,
  onRows: (first: number, chunk: T) => void,
): Promise<number> {
  let bytesPerRow = span.bytesPerRow;
  let row = span.from;
  while (row <= span.to) {
    throwIfAborted(call.signal);
    let rows = Math.max(1, Math.min(span.to - row + 1, Math.floor(span.byteBudget / Math.max(1, bytesPerRow))));
    let chunk: T;
    for (;;) {
      chunk = source.queue(row, row + rows - 1);
      try {
        await source.send();
        break;
      } catch (error) {
        if (!source.tooLarge(error) || rows === 1) throw error;
        rows = Math.max(1, Math.floor(rows / 2));
      }
    }
    onRows(row, chunk);
    bytesPerRow = measuredBytesPerRow(source.bytes(chunk), rows, bytesPerRow);
    row += rows;
    call.onProgress?.({ done: row - 1, total: span.to });
  }
  return bytesPerRow;
}
