/**
 * Decodes the bytes of a text file whose encoding nobody told us. Order: a byte-order mark
 * (UTF-8, UTF-16LE/BE), then strict UTF-8, then the code page Excel writes for "CSV" on Windows:
 * GB18030 (a superset of GBK/GB2312, mainland Chinese Windows), Big5 (Taiwan and Hong Kong
 * Windows) or Windows-1252 (US, UK, Western Europe), told apart by where the bytes above ASCII stand
 * (see `legacyEncoding`). Other code pages (Shift-JIS, Windows-1250) are not detected and may look wrong. A file whose lines are partly
 * UTF-8 and partly in the code page is reported as mixed (a code-page line that happens to be
 * valid UTF-8 is counted as UTF-8; with a few non-ASCII characters per line that is rare).
 */

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | LegacyEncoding;

/** The code pages read when the bytes are not UTF-8. */
export type LegacyEncoding = 'gb18030' | 'big5' | 'windows1252';

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
  majority: 'utf8' | LegacyEncoding;
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

/** The WHATWG decoders every browser and Node have; gb18030 decodes GBK and GB2312 too, big5 Big5-HKSCS. */
function decode(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5'): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/** What Windows-1252 puts at 0x80-0x9F (WHATWG index); the five bytes it leaves undefined stay C1 controls. */
const WINDOWS_1252_80 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const windows1252Char = (b: number) => (b >= 0x80 && b < 0xa0 ? WINDOWS_1252_80[b - 0x80]! : String.fromCharCode(b));

/** The characters at 0x80-0x9F as UTF-8 (€ is E2 82 AC); 0xA0-0xFF are U+00A0-U+00FF, two bytes each. */
const WINDOWS_1252_80_UTF8 = Array.from({ length: 32 }, (_, i) => new TextEncoder().encode(WINDOWS_1252_80[i]));

/**
 * Windows-1252 is decoded here, by way of UTF-8 and the native decoder, because Node's
 * TextDecoder reads 'windows-1252' as Latin-1, or drops 0x80-0x9F, in many releases
 * (nodejs/node#60888): ’ “ ” € would be lost.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const chunk = 1 << 16;
  const out = new Uint8Array(chunk * 3);
  const utf8 = new TextDecoder('utf-8');
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += chunk) {
    const end = Math.min(start + chunk, bytes.length);
    let n = 0;
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      if (b < 0x80) {
        out[n++] = b;
      } else if (b >= 0xa0) {
        out[n++] = 0xc0 | (b >> 6);
        out[n++] = 0x80 | (b & 0x3f);
      } else {
        const u = WINDOWS_1252_80_UTF8[b - 0x80]!;
        for (let k = 0; k < u.length; k++) out[n++] = u[k]!;
      }
    }
    parts.push(utf8.decode(out.subarray(0, n)));
  }
  return parts.join('');
}

const decodeLegacy = (bytes: Uint8Array, encoding: LegacyEncoding) =>
  encoding === 'windows1252' ? decodeWindows1252(bytes) : decode(bytes, encoding);

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    const strict = strictUtf8(body);
    const mixed = strict === undefined ? mixedEncoding(body, legacyEncoding(body)) : undefined;
    return { text: strict ?? decode(body, 'utf-8'), encoding: 'utf8', bom: true, ...(mixed ? { mixed } : {}) };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf16le', bom: true };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf16be', bom: true };
  const strict = strictUtf8(bytes);
  if (strict !== undefined) return { text: strict, encoding: 'utf8', bom: false };
  const legacy = legacyEncoding(bytes);
  const mixed = mixedEncoding(bytes, legacy);
  return { text: decodeLegacy(bytes, legacy), encoding: legacy, bom: false, ...(mixed ? { mixed } : {}) };
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
 * Sorts the lines holding non-ASCII bytes into valid UTF-8 and not (read in `legacy`, the code
 * page the rest is in). All these encodings keep ASCII, line feeds included, as single bytes, so
 * lines split the same way in each. Returns undefined when every such line is in one encoding.
 */
export function mixedEncoding(buffer: Uint8Array, legacy: LegacyEncoding = 'gb18030'): MixedEncoding | undefined {
  const utf8: number[] = [];
  const legacyLines: number[] = [];
  let line = 1;
  let nonAscii = false;
  let valid = true;
  const endLine = () => {
    if (nonAscii) (valid ? utf8 : legacyLines).push(line);
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
  if (utf8.length === 0 || legacyLines.length === 0) return undefined;
  return utf8.length >= legacyLines.length
    ? { majority: 'utf8', otherLines: legacyLines, majorityLines: utf8.length }
    : { majority: legacy, otherLines: utf8, majorityLines: legacyLines.length };
}

/**
 * What a byte above ASCII is in Windows-1252: 2 a letter (é ñ ü Œ), 1 another character
 * (’ “ ” – — £ € ° ×), 0 one of the five bytes it leaves undefined or the soft hyphen.
 */
const WINDOWS_1252_KINDS = Uint8Array.from({ length: 256 }, (_, b) => {
  const char = windows1252Char(b);
  return b < 0x80 || /\p{C}/u.test(char) ? 0 : /\p{L}/u.test(char) ? 2 : 1;
});

/** The byte at `i`; past either end, a line feed (the edge of a line, like ASCII). */
const at = (buffer: Uint8Array, i: number) => (i >= 0 && i < buffer.length ? buffer[i]! : 0x0a);
const isAsciiLetter = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);

/**
 * The high byte at `i` reads as Latin text in Windows-1252: a letter or sign alone between ASCII
 * bytes (Renée, Don’t, £120), or one of two between ASCII that are letters inside a word
 * (Conceição) or a no-break space next to a sign (French Excel's "1 234 €").
 */
function latinAt(buffer: Uint8Array, i: number): boolean {
  const prev = at(buffer, i - 1);
  const next = at(buffer, i + 1);
  if (prev >= 0x80 && next >= 0x80) return false; // inside a run of three or more
  const kind = WINDOWS_1252_KINDS[buffer[i]!]!;
  if (kind === 0) return false;
  if (prev < 0x80 && next < 0x80) return true;
  const first = next >= 0x80 ? i : i - 1;
  const before = at(buffer, first - 1);
  const after = at(buffer, first + 2);
  if (before >= 0x80 || after >= 0x80) return false;
  const other = first === i ? next : prev;
  const otherKind = WINDOWS_1252_KINDS[other]!;
  if (kind === 2 && otherKind === 2) return isAsciiLetter(before) && isAsciiLetter(after);
  return (buffer[i] === 0xa0 && otherKind === 1) || (other === 0xa0 && kind === 1);
}

/** High bytes enough to judge a file by (its first 50,000 Chinese characters, say): the rest is not read. */
const VOTES = 100_000;

/**
 * GB18030 or Windows-1252, for bytes that are not UTF-8, by where the bytes above ASCII stand.
 * GBK writes every Chinese character as two such bytes, and Chinese comes in runs (张伟, 杭州市;
 * even A座 and VIP客户 are pairs). Windows-1252 writes one byte per accented letter or typographic
 * sign, alone among ASCII (Renée, Don’t, £120), which GB18030 reads as a CJK character glued into
 * a Latin word (Ren閑 Martin) or cannot read at all. So the file is Windows-1252 when more than
 * half its high bytes read as Latin text (`latinAt`). Chinese text loses only when most of its
 * characters are rare GBK ones whose second byte is ASCII (镕 E9 46; not 喆 86 B4) standing
 * alone next to ASCII. Lines that are valid UTF-8 (the UTF-8 part of a mixed file) do not count,
 * and counting stops after `VOTES` high bytes.
 */
export function legacyEncoding(buffer: Uint8Array): LegacyEncoding {
  let latin = 0;
  let high = 0;
  let lineLatin = 0;
  let lineHigh = 0;
  let lineUtf8 = true;
  let utf8End = 0;
  for (let i = 0; i <= buffer.length && high < VOTES; i++) {
    const b = at(buffer, i);
    if (b === 0x0a) {
      if (!lineUtf8) {
        latin += lineLatin;
        high += lineHigh;
      }
      lineLatin = lineHigh = 0;
      lineUtf8 = true;
    } else if (b >= 0x80) {
      lineHigh++;
      if (latinAt(buffer, i)) lineLatin++;
      if (lineUtf8 && i >= utf8End) {
        const n = utf8SequenceAt(buffer, i);
        lineUtf8 = n > 0;
        utf8End = i + n;
      }
    }
  }
  return latin * 2 > high ? 'windows1252' : chineseCodePage(buffer);
}

/**
 * GB18030 or Big5, for Chinese bytes. Both write a character as a lead byte 0x81-0xFE and a second
 * byte, but GB2312, where all common simplified characters are, keeps the second byte at 0xA1 or
 * above, while Big5 puts about 40% of traditional characters' second bytes in 0x40-0x7E (名 A6 57,
 * 電 B9 71, 台 A5 78). GBK's additions (镕 E9 46, and the traditional characters a GBK file can hold)
 * do too, about one pair in eight of traditional text, but many of those are pairs Big5 has no place
 * for (a first byte up to 0xA0 or a second 0x80-0xA0: 戶 91 F4). So the bytes are Big5 when more
 * than a fifth of the pairs, and at least two, end low and fewer than one in twenty are GBK's own.
 */
function chineseCodePage(buffer: Uint8Array): 'gb18030' | 'big5' {
  let pairs = 0;
  let low = 0;
  let gbkOnly = 0;
  for (let i = 0; i + 1 < buffer.length && pairs < VOTES; i++) {
    const lead = buffer[i]!;
    if (lead < 0x81 || lead === 0xff) continue;
    const trail = buffer[i + 1]!;
    if (trail < 0x40 || trail === 0x7f || trail === 0xff) continue;
    pairs++;
    if (trail <= 0x7e) low++;
    if (lead <= 0xa0 || (trail >= 0x80 && trail <= 0xa0)) gbkOnly++;
    i++;
  }
  return low >= 2 && low * 5 > pairs && gbkOnly * 20 < pairs ? 'big5' : 'gb18030';
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
