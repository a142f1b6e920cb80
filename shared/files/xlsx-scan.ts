/**
 * Measures an .xlsx before exceljs loads it: every zip entry is inflated as a stream (memory stays
 * at one chunk) to count its real uncompressed bytes, the worksheet cells (`<c` elements), the
 * shared strings (`<si` elements) and the longest text run between XML tags. The sizes in the zip
 * directory are not trusted: a zip bomb can declare anything. A zip this reader cannot follow is
 * left to exceljs, which reports it. Inflating uses DecompressionStream (browsers, Node 18+).
 */
import type { ReadLimits } from './read-limits';

export type XlsxExcess =
  | { limit: 'fileBytes'; bytes: number }
  | { limit: 'cells'; cells: number; part: string }
  | { limit: 'strings'; strings: number; part: string }
  | { limit: 'textBytes'; bytes: number; part: string };

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** Uncompressed bytes as the central directory declares them (not trusted: a zip bomb's may be false). */
  size: number;
  localOffset: number;
  /** CRC-32 of the uncompressed bytes, as the central directory gives it. */
  crc32: number;
}

const CHUNK = 64 * 1024;
const LT = 0x3c;
const GT = 0x3e;

/** The central directory's entries, or undefined when the zip cannot be followed. */
export function zipEntries(buffer: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const u16 = (at: number) => view.getUint16(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  const floor = Math.max(0, buffer.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buffer.length - 22; i >= floor; i--) {
    if (u32(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  let count = u16(eocd + 10);
  let offset = u32(eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && u32(eocd - 20) === 0x07064b50) {
    const zip64 = u64(eocd - 12);
    if (zip64 + 56 > buffer.length || u32(zip64) !== 0x06064b50) return undefined;
    count = u64(zip64 + 32);
    offset = u64(zip64 + 48);
  }
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > buffer.length || u32(offset) !== 0x02014b50) return undefined;
    const nameLength = u16(offset + 28);
    const extraLength = u16(offset + 30);
    const commentLength = u16(offset + 32);
    const name = new TextDecoder().decode(buffer.subarray(offset + 46, offset + 46 + nameLength));
    let compressedSize = u32(offset + 20);
    let size = u32(offset + 24);
    let localOffset = u32(offset + 42);
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      const zip64 = zip64Extra(buffer.subarray(offset + 46 + nameLength, offset + 46 + nameLength + extraLength));
      if (!zip64) return undefined;
      // The extra field holds only the values that overflowed, uncompressed size first.
      if (size === 0xffffffff) size = zip64.shift() ?? 0;
      if (compressedSize === 0xffffffff) compressedSize = zip64.shift() ?? 0;
      if (localOffset === 0xffffffff) localOffset = zip64.pop() ?? 0;
    }
    entries.push({ name, method: u16(offset + 10), compressedSize, size, localOffset, crc32: u32(offset + 16) });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The 64-bit values of a zip64 extra field (uncompressed size, compressed size, local offset: those that overflowed). */
function zip64Extra(extra: Uint8Array): number[] | undefined {
  const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  for (let i = 0; i + 4 <= extra.length;) {
    const id = view.getUint16(i, true);
    const size = view.getUint16(i + 2, true);
    if (id === 0x0001) {
      const values: number[] = [];
      for (let j = i + 4; j + 8 <= i + 4 + size && j + 8 <= extra.length; j += 8)
        values.push(Number(view.getBigUint64(j, true)));
      return values;
    }
    i += 4 + size;
  }
  return undefined;
}

export function entryData(buffer: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const at = entry.localOffset;
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (at + 30 > buffer.length || view.getUint32(at, true) !== 0x04034b50) return undefined;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > buffer.length) return undefined;
  return buffer.subarray(start, start + entry.compressedSize);
}

export async function* inflated(data: Uint8Array, method: number): AsyncGenerator<Uint8Array> {
  if (method === 0) {
    for (let i = 0; i < data.length; i += CHUNK) yield data.subarray(i, i + CHUNK);
    return;
  }
  const reader = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) yield next.value;
  } finally {
    // Stopping early (a limit reached) must not inflate the rest of a zip bomb.
    await reader.cancel().catch(() => undefined);
  }
}

/**
 * Counts elements named `tag` (`c` for cells, `si` for shared strings) and the longest run of
 * bytes between `<` and `>`, across chunk boundaries.
 */
class XmlMeter {
  elements = 0;
  run = 0;
  longestRun = 0;
  /** Bytes of `tag` matched since the last `<`, or -1 when not inside a possible match. */
  private matched = -1;
  private readonly tag: number[];

  constructor(tag: string) {
    this.tag = Array.from(tag, (c) => c.charCodeAt(0));
  }

  feed(chunk: Uint8Array): void {
    let { elements, run, longestRun, matched } = this;
    const tag = this.tag;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (matched === tag.length) {
        if (b === 0x20 || b === GT || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d) elements++;
        matched = -1;
      } else if (matched >= 0) {
        matched = b === tag[matched] ? matched + 1 : -1;
      }
      if (b === LT || b === GT) {
        if (b === LT) matched = 0;
        if (run > longestRun) longestRun = run;
        run = 0;
      } else {
        run++;
      }
    }
    if (run > longestRun) longestRun = run;
    Object.assign(this, { elements, run, longestRun, matched });
  }
}

/** Thrown while reading a part that goes over a limit (see PartsMeter). */
export class XlsxLimitReached extends Error {
  constructor(readonly excess: XlsxExcess) {
    super(`over the read limit: ${excess.limit}`);
  }
}

/**
 * The limits scanXlsx checks, checked on the parts as they are read instead (a read that holds
 * only what it reads, the snapshot's, inflates each part once rather than scanning the whole zip
 * first): uncompressed bytes over all parts read, cells over all sheets read, shared strings,
 * the longest text. A part never read is never inflated, so it can exhaust nothing.
 */
export class PartsMeter {
  private total = 0;
  private cells = 0;

  constructor(private readonly limits: ReadLimits) {}

  /** The meter of one part: feed it every inflated chunk, then call the end it returns. */
  part(name: string): { feed(chunk: Uint8Array): void; end(): void } {
    const xml = /\.(xml|rels)$/i.test(name);
    const worksheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
    const strings = /^xl\/sharedStrings\.xml$/i.test(name);
    const meter = new XmlMeter(strings ? 'si' : 'c');
    const { limits } = this;
    return {
      feed: (chunk) => {
        this.total += chunk.length;
        if (this.total > limits.fileBytes) throw new XlsxLimitReached({ limit: 'fileBytes', bytes: this.total });
        if (!xml) return;
        meter.feed(chunk);
        if (meter.longestRun > limits.textBytes)
          throw new XlsxLimitReached({ limit: 'textBytes', bytes: meter.longestRun, part: name });
        if (worksheet && this.cells + meter.elements > limits.cells)
          throw new XlsxLimitReached({ limit: 'cells', cells: this.cells + meter.elements, part: name });
        if (strings && meter.elements > limits.cells)
          throw new XlsxLimitReached({ limit: 'strings', strings: meter.elements, part: name });
      },
      end: () => {
        if (worksheet) this.cells += meter.elements;
      },
    };
  }
}

/**
 * The first limit the workbook goes over, or undefined when it fits (or when the zip cannot be
 * followed: exceljs then reports the damage in its own words).
 */
export async function scanXlsx(buffer: Uint8Array, limits: ReadLimits): Promise<XlsxExcess | undefined> {
  const entries = zipEntries(buffer);
  if (!entries) return undefined;
  let total = 0;
  let cells = 0;
  for (const entry of entries) {
    const data = entryData(buffer, entry);
    if (!data || (entry.method !== 0 && entry.method !== 8)) continue;
    const xml = /\.(xml|rels)$/i.test(entry.name);
    const worksheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name);
    // Shared strings beyond the number of cells allowed serve nothing but exhausting memory.
    const strings = /^xl\/sharedStrings\.xml$/i.test(entry.name);
    const meter = new XmlMeter(strings ? 'si' : 'c');
    try {
      for await (const chunk of inflated(data, entry.method)) {
        total += chunk.length;
        if (total > limits.fileBytes) return { limit: 'fileBytes', bytes: total };
        if (!xml) continue;
        meter.feed(chunk);
        if (meter.longestRun > limits.textBytes)
          return { limit: 'textBytes', bytes: meter.longestRun, part: entry.name };
        if (worksheet && cells + meter.elements > limits.cells)
          return { limit: 'cells', cells: cells + meter.elements, part: entry.name };
        if (strings && meter.elements > limits.cells)
          return { limit: 'strings', strings: meter.elements, part: entry.name };
      }
    } catch {
      return undefined; // damaged deflate data: exceljs says so
    }
    if (worksheet) cells += meter.elements;
  }
  return undefined;
}
