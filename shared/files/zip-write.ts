/**
 * Writes a zip from entries whose data is already in its final form (stored or deflated), so a
 * caller can copy the compressed data of entries it does not change. Names are UTF-8; entries are
 * dated 1980-01-01, so the same entries give the same bytes. Returns undefined past what a zip
 * without zip64 holds (65,535 entries, 4 GB).
 */

export interface ZipWriteEntry {
  name: string;
  /** 0 stored, 8 deflated: how `data` is held. */
  method: number;
  data: Uint8Array;
  /** CRC-32 and length of the uncompressed bytes. */
  crc32: number;
  size: number;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** Names are UTF-8 (general purpose flag bit 11). */
const UTF8 = 0x0800;
const VERSION = 20;
/** MS-DOS date of 1980-01-01 (time 00:00). */
const DOS_DATE = (1 << 5) | 1;
const MAX_32 = 0xffffffff;

export function writeZip(entries: readonly ZipWriteEntry[]): Uint8Array | undefined {
  if (entries.length >= 0xffff) return undefined;
  const encoder = new TextEncoder();
  const names = entries.map((entry) => encoder.encode(entry.name));
  const offsets: number[] = [];
  let offset = 0;
  entries.forEach((entry, i) => {
    offsets.push(offset);
    offset += 30 + names[i].length + entry.data.length;
  });
  const directory = names.reduce((sum, name) => sum + 46 + name.length, 0);
  if (offset + directory > MAX_32 || entries.some((entry) => entry.size >= MAX_32)) return undefined;
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
  const common = (entry: ZipWriteEntry, name: Uint8Array) => {
    u16(VERSION);
    u16(UTF8);
    u16(entry.method);
    u16(0);
    u16(DOS_DATE);
    u32(entry.crc32);
    u32(entry.data.length);
    u32(entry.size);
    u16(name.length);
    u16(0);
  };
  entries.forEach((entry, i) => {
    u32(LOCAL);
    common(entry, names[i]);
    bytes(names[i]);
    bytes(entry.data);
  });
  entries.forEach((entry, i) => {
    u32(CENTRAL);
    u16(VERSION);
    common(entry, names[i]);
    u16(0); // comment length
    u16(0); // disk
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(offsets[i]);
    bytes(names[i]);
  });
  u32(END);
  u16(0);
  u16(0);
  u16(entries.length);
  u16(entries.length);
  u32(directory);
  u32(offset);
  u16(0);
  return out;
}

let table: Uint32Array | undefined;

/** CRC-32 (the zip and PNG polynomial, 0xEDB88320), for entries written anew. */
export function crc32(data: Uint8Array): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of data) crc = table[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
