/**
 * What a file holds, judged from its bytes rather than its extension: an xlsx workbook (a zip
 * with xl/workbook.xml), text (read as CSV), or something else we name for the error message.
 */
import type { LooksLike } from './file-messages';

export type FileKind = { kind: 'xlsx' } | { kind: 'text' } | { kind: 'other'; looksLike: LooksLike };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const SIGNATURES: { bytes: number[]; looksLike: LooksLike }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], looksLike: 'pdf' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], looksLike: 'png' },
  { bytes: [0xff, 0xd8, 0xff], looksLike: 'jpeg' },
  { bytes: [0x47, 0x49, 0x46, 0x38], looksLike: 'gif' },
  { bytes: [0x1f, 0x8b], looksLike: 'gzip' },
  { bytes: [0x52, 0x61, 0x72, 0x21], looksLike: 'rar' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], looksLike: 'sevenZip' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], looksLike: 'program' },
  { bytes: [0x4d, 0x5a], looksLike: 'program' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);
}

/** Zip entry names are stored uncompressed, so a plain byte search finds them. */
function zipHas(bytes: Uint8Array, entry: string): boolean {
  const needle = Array.from(entry, (c) => c.charCodeAt(0));
  for (let i = bytes.indexOf(needle[0]); i >= 0; i = bytes.indexOf(needle[0], i + 1))
    if (startsWith(bytes, needle, i)) return true;
  return false;
}

/** Stream names of a compound (OLE) file are stored in its directory as UTF-16LE, ended by a NUL. */
function oleHas(bytes: Uint8Array, name: string): boolean {
  return zipHas(bytes, `${Array.from(name, (c) => `${c}\0`).join('')}\0\0`);
}

/**
 * What an OLE compound file holds: an Excel 97-2003 workbook (a Workbook or Book stream), an .xlsx
 * encrypted with a password (EncryptedPackage), or something else (a Word 97 document, say).
 */
function describeOle(bytes: Uint8Array): FileKind {
  if (oleHas(bytes, 'EncryptedPackage')) return { kind: 'other', looksLike: 'encrypted' };
  if (oleHas(bytes, 'Workbook') || oleHas(bytes, 'Book')) return { kind: 'other', looksLike: 'oldExcel' };
  return { kind: 'other', looksLike: 'xls' };
}

function describeZip(bytes: Uint8Array): FileKind {
  if (zipHas(bytes, 'xl/workbook.bin')) return { kind: 'other', looksLike: 'xlsb' };
  if (zipHas(bytes, 'xl/workbook.xml')) return { kind: 'xlsx' };
  if (zipHas(bytes, 'word/document.xml')) return { kind: 'other', looksLike: 'word' };
  if (zipHas(bytes, 'ppt/presentation.xml')) return { kind: 'other', looksLike: 'powerpoint' };
  // An OpenDocument file names its kind in its first entry, `mimetype`, stored uncompressed.
  if (zipHas(bytes, 'application/vnd.oasis.opendocument.spreadsheet')) return { kind: 'other', looksLike: 'ods' };
  if (zipHas(bytes, 'content.xml') && zipHas(bytes, 'mimetype')) return { kind: 'other', looksLike: 'openDocument' };
  // Excel parts without xl/workbook.xml: most likely a truncated or damaged workbook, which
  // exceljs then reports as unreadable (a better message than "not a spreadsheet").
  if (zipHas(bytes, 'xl/worksheets/') || zipHas(bytes, 'xl/styles.xml')) return { kind: 'xlsx' };
  return { kind: 'other', looksLike: 'zip' };
}

/**
 * Classifies the bytes of a file. Text detection is permissive here (any byte pattern that is not
 * a known binary signature and has no NUL bytes outside UTF-16); decoding then checks for
 * control characters, which catches binary junk that slips through.
 */
export function detectFileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return describeZip(bytes);
  if (startsWith(bytes, OLE)) return describeOle(bytes);
  const signature = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature) return { kind: 'other', looksLike: signature.looksLike };
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (!utf16 && bytes.subarray(0, 64 * 1024).includes(0)) return { kind: 'other', looksLike: 'binary' };
  return { kind: 'text' };
}
