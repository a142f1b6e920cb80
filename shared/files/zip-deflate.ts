/**
 * Compresses a zip written with every entry stored (exceljs's in-memory writer with
 * `compression: 'STORE'`) by deflating each entry with the deflater given (native zlib in Node):
 * the writer's own deflate is JavaScript and was a fifth of cleaning a 100,000-row .xlsx. Names,
 * order and CRCs are kept; the entries are dated 1980-01-01, so the same workbook gives the same
 * bytes. Returns undefined for a zip this cannot repack (an entry not stored, zip64 sizes), which
 * the caller then writes as it is.
 */
import { entryData, zipEntries } from './xlsx-scan';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** Names are UTF-8 (general purpose flag bit 11). */
const UTF8 = 0x0800;
const DEFLATE = 8;
const VERSION = 20;
/** MS-DOS date of 1980-01-01 (time 00:00). */
const DOS_DATE = (1 << 5) | 1;
const MAX_32 = 0xffffffff;

interface Packed {
  name: Uint8Array;
  data: Uint8Array;
  crc32: number;
  size: number;
  offset: number;
}

export function deflateStoredZip(
  stored: Uint8Array,
  deflateRaw: (data: Uint8Array) => Uint8Array,
): Uint8Array | undefined {
  const entries = zipEntries(stored);
  if (!entries || entries.length >= 0xffff) return undefined;
  const encoder = new TextEncoder();
  const packed: Packed[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = entryData(stored, entry);
    if (!raw || entry.method !== 0) return undefined;
    const name = encoder.encode(entry.name);
    const data = deflateRaw(raw);
    packed.push({ name, data, crc32: entry.crc32, size: raw.length, offset });
    offset += 30 + name.length + data.length;
  }
  const directory = packed.reduce((sum, p) => sum + 46 + p.name.length, 0);
  if (offset + directory > MAX_32) return undefined;
  const out = new Uint8Array(offset + directory + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const u16 = (value: number) => {
    view.setUint16(at, value, true);
    at += 2;
  };
  const u32 = (value: number) => {
    view.setUint32(at, value >>> 0, true);
    at += 4;
  };
  const bytes = (value: Uint8Array) => {
    out.set(value, at);
    at += value.length;
  };
  /** The fields a local header and a directory entry share, from "version needed" to the extra length. */
  const common = (p: Packed) => {
    u16(VERSION);
    u16(UTF8);
    u16(DEFLATE);
    u16(0);
    u16(DOS_DATE);
    u32(p.crc32);
    u32(p.data.length);
    u32(p.size);
    u16(p.name.length);
    u16(0);
  };
  for (const p of packed) {
    u32(LOCAL);
    common(p);
    bytes(p.name);
    bytes(p.data);
  }
  for (const p of packed) {
    u32(CENTRAL);
    u16(VERSION);
    common(p);
    u16(0); // comment length
    u16(0); // disk
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(p.offset);
    bytes(p.name);
  }
  u32(END);
  u16(0);
  u16(0);
  u16(packed.length);
  u16(packed.length);
  u32(directory);
  u32(offset);
  u16(0);
  return out;
}
