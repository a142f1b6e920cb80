/**
 * Decodes the bytes of a text file whose encoding nobody told us. Order: a byte-order mark
 * (UTF-8, UTF-16LE/BE), then strict UTF-8, then GB18030 — a superset of GBK/GB2312, which is what
 * Excel in Chinese Windows writes for "CSV". Other legacy encodings (Big5, Shift-JIS,
 * Windows-1252) are not detected: they decode as GB18030 and may look wrong.
 */
import * as iconv from 'iconv-lite';

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** The file started with a byte-order mark (removed from `text`). */
  bom: boolean;
}

export function decodeText(buffer: Buffer): DecodedText {
  if (buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(buffer.subarray(3)), encoding: 'utf8', bom: true };
  }
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) {
    return { text: iconv.decode(buffer.subarray(2), 'utf16le'), encoding: 'utf16le', bom: true };
  }
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) {
    return { text: iconv.decode(buffer.subarray(2), 'utf16be'), encoding: 'utf16be', bom: true };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), encoding: 'utf8', bom: false };
  } catch {
    return { text: iconv.decode(buffer, 'gb18030'), encoding: 'gb18030', bom: false };
  }
}

/**
 * Share of characters no spreadsheet text contains: C0 controls other than tab, line feed,
 * carriage return and form feed, DEL, and U+FFFD (bytes the decoder could not map).
 */
export function junkRatio(text: string): number {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  if (sample.length === 0) return 0;
  let junk = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) junk++;
  }
  return junk / sample.length;
}
