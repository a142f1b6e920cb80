/**
 * Decodes the bytes of a text file whose encoding nobody told us. Order: a byte-order mark
 * (UTF-8, UTF-16LE/BE), then strict UTF-8, then GB18030 — a superset of GBK/GB2312, which is what
 * Excel in Chinese Windows writes for "CSV". Other legacy encodings (Big5, Shift-JIS,
 * Windows-1252) are not detected: they decode as GB18030 and may look wrong. A file whose lines
 * are partly UTF-8 and partly GBK is reported as mixed (a GBK line that happens to be valid UTF-8
 * is counted as UTF-8; with a few CJK characters per line that is rare).
 */

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** The file started with a byte-order mark (removed from `text`). */
  bom: boolean;
  /**
   * Set when some lines are UTF-8 and others GBK (two exports pasted together): `text` is then
   * garbled in the minority lines, so the reader refuses the file instead of guessing.
   */
  mixed?: MixedEncoding;
}

export interface MixedEncoding {
  /** The encoding most non-ASCII lines are in. */
  majority: 'utf8' | 'gb18030';
  /** 1-based line numbers (counting line feeds) of the lines in the other encoding. */
  otherLines: number[];
  /** How many lines are in the majority encoding. */
  majorityLines: number;
}

/** The text when `bytes` are valid UTF-8, else undefined (one pass: the strict decode is the check). */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The WHATWG decoders every browser and Node have; gb18030 decodes GBK and GB2312 too. */
function decode(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    const strict = strictUtf8(body);
    const mixed = strict === undefined ? mixedEncoding(body) : undefined;
    return { text: strict ?? decode(body, 'utf-8'), encoding: 'utf8', bom: true, ...(mixed ? { mixed } : {}) };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf16le', bom: true };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf16be', bom: true };
  const strict = strictUtf8(bytes);
  if (strict !== undefined) return { text: strict, encoding: 'utf8', bom: false };
  const mixed = mixedEncoding(bytes);
  return { text: decode(bytes, 'gb18030'), encoding: 'gb18030', bom: false, ...(mixed ? { mixed } : {}) };
}

/** Length of the valid UTF-8 sequence starting at `i` (2 to 4), or 0 when it is not one. */
function utf8SequenceAt(buffer: Uint8Array, i: number): number {
  const b = buffer[i];
  const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (n === 0 || i + n > buffer.length) return 0;
  for (let k = 1; k < n; k++) if ((buffer[i + k] & 0xc0) !== 0x80) return 0;
  const second = buffer[i + 1];
  // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
  if (
    (b === 0xe0 && second < 0xa0) ||
    (b === 0xed && second > 0x9f) ||
    (b === 0xf0 && second < 0x90) ||
    (b === 0xf4 && second > 0x8f)
  )
    return 0;
  return n;
}

/**
 * Sorts the lines holding non-ASCII bytes into valid UTF-8 and not (read as GBK). Both encodings
 * keep ASCII, line feeds included, as single bytes, so lines split the same way in either.
 * Returns undefined when every such line is in one encoding.
 */
export function mixedEncoding(buffer: Uint8Array): MixedEncoding | undefined {
  const utf8: number[] = [];
  const gbk: number[] = [];
  let line = 1;
  let nonAscii = false;
  let valid = true;
  const endLine = () => {
    if (nonAscii) (valid ? utf8 : gbk).push(line);
    line++;
    nonAscii = false;
    valid = true;
  };
  for (let i = 0; i < buffer.length;) {
    const b = buffer[i];
    if (b === 0x0a) {
      endLine();
      i++;
    } else if (b < 0x80) {
      i++;
    } else {
      nonAscii = true;
      const n = valid ? utf8SequenceAt(buffer, i) : 0;
      if (n === 0) valid = false;
      i += n || 1;
    }
  }
  endLine();
  if (utf8.length === 0 || gbk.length === 0) return undefined;
  return utf8.length >= gbk.length
    ? { majority: 'utf8', otherLines: gbk, majorityLines: utf8.length }
    : { majority: 'gb18030', otherLines: utf8, majorityLines: gbk.length };
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
