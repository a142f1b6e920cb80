/**
 * A compound (OLE) file as Excel 97-2003 and Office's password encryption write one: a 512-byte
 * header, a FAT sector, then one directory sector naming the streams (UTF-16LE, NUL-ended). The
 * streams' contents are not written: what a reader judges the file by is its directory.
 */
const SECTOR = 512;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const FREE = 0xffffffff;

function directoryEntry(name: string, type: 1 | 2 | 5, child = FREE, right = FREE): Buffer {
  const entry = Buffer.alloc(128);
  entry.write(`${name}\0`, 0, 'utf16le');
  entry.writeUInt16LE((name.length + 1) * 2, 0x40);
  entry.writeUInt8(type, 0x42);
  entry.writeUInt8(1, 0x43); // black
  entry.writeUInt32LE(FREE, 0x44); // left sibling
  entry.writeUInt32LE(right, 0x48);
  entry.writeUInt32LE(child, 0x4c);
  entry.writeUInt32LE(type === 5 ? END_OF_CHAIN : 0, 0x74);
  return entry;
}

/** A compound file holding streams named `streams` (e.g. Workbook, SummaryInformation). */
export function compoundFile(streams: readonly string[]): Buffer {
  // One directory sector holds the root and three streams.
  if (streams.length > 3) throw new Error('compoundFile writes at most three streams');
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18); // minor version
  header.writeUInt16LE(3, 0x1a); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 0x1c); // little-endian
  header.writeUInt16LE(9, 0x1e); // sector shift
  header.writeUInt16LE(6, 0x20); // mini sector shift
  header.writeUInt32LE(1, 0x2c); // FAT sectors
  header.writeUInt32LE(1, 0x30); // first directory sector
  header.writeUInt32LE(4096, 0x38); // mini stream cutoff
  header.writeUInt32LE(END_OF_CHAIN, 0x3c);
  header.writeUInt32LE(END_OF_CHAIN, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + i * 4);
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);
  const entries = [directoryEntry('Root Entry', 5, streams.length > 0 ? 1 : FREE)];
  streams.forEach((name, i) => entries.push(directoryEntry(name, 2, FREE, i + 1 < streams.length ? i + 2 : FREE)));
  const directory = Buffer.alloc(SECTOR);
  entries.forEach((entry, i) => entry.copy(directory, i * 128));
  return Buffer.concat([header, fat, directory]);
}
