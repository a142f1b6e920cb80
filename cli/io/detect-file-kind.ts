/**
 * What a file holds, judged from its bytes rather than its extension: an xlsx workbook (a zip
 * with xl/workbook.xml), text (read as CSV), or something else we name for the error message.
 */
export type FileKind = { kind: 'xlsx' } | { kind: 'text' } | { kind: 'other'; description: string; hint?: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const SIGNATURES: { bytes: number[]; description: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], description: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], description: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], description: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], description: 'a GIF image' },
  { bytes: [0x1f, 0x8b], description: 'a gzip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], description: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], description: 'a 7-Zip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], description: 'a program' },
  { bytes: [0x4d, 0x5a], description: 'a program' },
];

function startsWith(buffer: Buffer, bytes: readonly number[]): boolean {
  return buffer.length >= bytes.length && bytes.every((b, i) => buffer[i] === b);
}

/** Zip entry names are stored uncompressed, so a plain byte search finds them. */
function zipHas(buffer: Buffer, entry: string): boolean {
  return buffer.includes(Buffer.from(entry, 'latin1'));
}

function describeZip(buffer: Buffer): FileKind {
  if (zipHas(buffer, 'xl/workbook.xml') || zipHas(buffer, 'xl/workbook.bin')) {
    if (zipHas(buffer, 'xl/workbook.bin')) {
      return {
        kind: 'other',
        description: 'an Excel binary workbook (.xlsb)',
        hint: 'Open it in Excel and save it as .xlsx.',
      };
    }
    return { kind: 'xlsx' };
  }
  if (zipHas(buffer, 'word/document.xml')) return { kind: 'other', description: 'a Word document' };
  if (zipHas(buffer, 'ppt/presentation.xml')) return { kind: 'other', description: 'a PowerPoint presentation' };
  if (zipHas(buffer, 'content.xml') && zipHas(buffer, 'mimetype')) {
    return { kind: 'other', description: 'an OpenDocument file', hint: 'Save it as .xlsx or .csv first.' };
  }
  // Excel parts without xl/workbook.xml: most likely a truncated or damaged workbook, which
  // exceljs then reports as unreadable (a better message than "not a spreadsheet").
  if (zipHas(buffer, 'xl/worksheets/') || zipHas(buffer, 'xl/styles.xml')) return { kind: 'xlsx' };
  return { kind: 'other', description: 'a zip archive without a workbook inside' };
}

/**
 * Classifies the bytes of a file. Text detection is permissive here (any byte pattern that is not
 * a known binary signature and has no NUL bytes outside UTF-16); decoding then checks for
 * control characters, which catches binary junk that slips through.
 */
export function detectFileKind(buffer: Buffer): FileKind {
  if (startsWith(buffer, ZIP) || startsWith(buffer, EMPTY_ZIP)) return describeZip(buffer);
  if (startsWith(buffer, OLE)) {
    return {
      kind: 'other',
      description: 'an old-format .xls workbook or a password-protected file',
      hint: 'Open it in Excel, remove any password, and save it as .xlsx.',
    };
  }
  for (const signature of SIGNATURES) {
    if (startsWith(buffer, signature.bytes)) return { kind: 'other', description: signature.description };
  }
  const utf16 = startsWith(buffer, [0xff, 0xfe]) || startsWith(buffer, [0xfe, 0xff]);
  if (!utf16 && buffer.subarray(0, 64 * 1024).includes(0)) return { kind: 'other', description: 'a binary file' };
  return { kind: 'text' };
}
