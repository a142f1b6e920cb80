/**
 * Compresses a zip written with every entry stored (exceljs's in-memory writer with
 * `compression: 'STORE'`) by deflating each entry with the deflater given (native zlib in Node):
 * the writer's own deflate is JavaScript and was a fifth of cleaning a 100,000-row .xlsx. Names,
 * order and CRCs are kept; the entries are dated 1980-01-01, so the same workbook gives the same
 * bytes. Returns undefined for a zip this cannot repack (an entry not stored, zip64 sizes), which
 * the caller then writes as it is.
 */
import { entryData, zipEntries } from './xlsx-scan';
import { writeZip, type ZipWriteEntry } from './zip-write';

const DEFLATE = 8;

export function deflateStoredZip(
  stored: Uint8Array,
  deflateRaw: (data: Uint8Array) => Uint8Array,
): Uint8Array | undefined {
  const entries = zipEntries(stored);
  if (!entries || entries.length >= 0xffff) return undefined;
  const packed: ZipWriteEntry[] = [];
  for (const entry of entries) {
    const raw = entryData(stored, entry);
    if (!raw || entry.method !== 0) return undefined;
    packed.push({ name: entry.name, method: DEFLATE, data: deflateRaw(raw), crc32: entry.crc32, size: raw.length });
  }
  return writeZip(packed);
}
