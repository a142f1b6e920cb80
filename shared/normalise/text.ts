/**
 * Text normalisation, the first step of every other normaliser: drop invisible characters, fold
 * compatibility forms with Unicode NFKC (UAX #15: full-width letters, digits and punctuation, the
 * ideographic space), collapse whitespace, trim.
 */
import { isoDate, type CellValue } from '../sheet/cell-value';
import type { NormaliseOutcome } from './types';

export const EMPTY: NormaliseOutcome = Object.freeze({ status: 'empty' });

// Format (Cf) and control (Cc) characters other than whitespace controls: zero-width spaces and
// joiners, BOM, soft hyphen, the bidi marks phones add around pasted numbers. They go before NFKC
// so that NFKC sees the letters they separated (keeps the result idempotent).
const INVISIBLE = /(?![\t\n\v\f\r\x85])[\p{Cf}\p{Cc}]/gu;
const WHITESPACE = /[\s\x85]+/g;
// Printable ASCII and CJK unified ideographs (U+4E00-U+9FFF, which NFKC leaves alone) in words
// separated by single spaces: already normal, the common case in both languages.
const PLAIN = /^[\x21-\x7e\u4e00-\u9fff]+(?: [\x21-\x7e\u4e00-\u9fff]+)*$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Removes zero-width and control characters and applies NFKC, keeping whitespace as it is. */
export function foldText(s: string): string {
  if (PRINTABLE_ASCII.test(s)) return s; // NFKC leaves printable ASCII alone
  return s.replace(INVISIBLE, '').normalize('NFKC');
}

// Full-width ！（），：；？ are correct Chinese typography next to Chinese text, so they are kept
// there; elsewhere (between Latin letters or digits) they fold to ASCII like other full-width forms.
const CJK_PUNCTUATION = /[\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f]/g;
const CJK_NEIGHBOUR =
  /[\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f\u201c\u201d\u2018\u2019]/;
const PLACEHOLDER_BASE = 0xe000; // private use: NFKC leaves it alone
const PLACEHOLDERS = /[\ue001-\ue01f]/;

/** Already normal: cleanText and NFKC both leave it as it is. */
export function isPlainText(s: string): boolean {
  return PLAIN.test(s);
}

/** The normal form of a string: folded, whitespace runs (tabs, newlines, U+00A0, U+3000) as one space, trimmed. */
export function cleanText(s: string): string {
  if (PLAIN.test(s)) return s;
  // Text that already holds the placeholder characters is folded plainly, so nothing is mistaken for one.
  const folded = PLACEHOLDERS.test(s) ? foldText(s) : restoreCjkPunctuation(foldText(protectCjkPunctuation(s)));
  return folded.replace(WHITESPACE, ' ').trim();
}

function protectCjkPunctuation(s: string): string {
  if (!/[\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f]/.test(s)) return s;
  const kept = new Map<number, boolean>();
  const open: number[] = [];
  for (const match of s.matchAll(CJK_PUNCTUATION)) {
    const at = match.index;
    kept.set(at, CJK_NEIGHBOUR.test(s[at - 1] ?? '') || CJK_NEIGHBOUR.test(s[at + 1] ?? ''));
    // Brackets stay a pair: （VIP） after Chinese text keeps both full-width, not （VIP).
    if (match[0] === '\uff08') open.push(at);
    else if (match[0] === '\uff09' && open.length > 0) {
      const start = open.pop()!;
      const both = kept.get(start)! || kept.get(at)!;
      kept.set(start, both);
      kept.set(at, both);
    }
  }
  return s.replace(CJK_PUNCTUATION, (ch, offset: number) =>
    kept.get(offset) ? String.fromCharCode(PLACEHOLDER_BASE + ch.charCodeAt(0) - 0xff00) : ch,
  );
}

function restoreCjkPunctuation(s: string): string {
  return s.replace(/[\ue001-\ue01f]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - PLACEHOLDER_BASE + 0xff00));
}

/** Full-width ASCII (U+FF01-U+FF5E) and the ideographic space to their ASCII forms, nothing else. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/**
 * The text a cell shows, for normalisers that work on strings: numbers and booleans as `String()`
 * does, dates as ISO. `null` for blank cells and for values no host produces (objects).
 */
export function cellString(value: CellValue | undefined): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isoDate(value) || null;
  return null;
}

/** `keepLines`: a field people write on several lines (notes, a street address) keeps its line breaks. */
export function normaliseText(value: CellValue | undefined, keepLines = false): NormaliseOutcome {
  const raw = cellString(value);
  if (raw === null) return EMPTY;
  let text = keepLines && LINE_BREAK.test(raw) ? cleanLines(raw) : cleanText(raw);
  // Lines ended CRLF (a CSV written on Windows) are the same lines: no change to make or announce.
  if (keepLines && text !== raw && text === raw.replace(/\r\n/g, '\n')) text = raw;
  return text === '' ? EMPTY : { status: 'valid', value: text };
}

const LINE_BREAK = /[\r\n\u2028\u2029]/;
const LINES = /\s*(?:\r\n?|[\n\u2028\u2029])\s*/;

/**
 * A cell typed on several lines (Alt+Enter in a note, 沟通记录 or a street address) keeps its lines:
 * each is cleaned, blank ones dropped, and they are joined with the line feed Excel writes.
 */
function cleanLines(raw: string): string {
  return raw
    .split(LINES)
    .map(cleanText)
    .filter((line) => line !== '')
    .join('\n');
}

// A space between two Han characters, as the ideographic space (U+3000) of a full-width typist becomes.
const HAN_SPACE = /(?<=\p{Script=Han}) (?=\p{Script=Han})/gu;

/**
 * A company's name: cleaned as any text, then without the spaces typed between its Han characters
 * (北京 星河文化传媒有限公司, typed with a full-width space, is 北京星河文化传媒有限公司: Chinese writes
 * a name's words together), as a person's name is (马 丽). A space beside a Latin word stays (Apple 中国).
 */
export function normaliseCompanyText(value: CellValue | undefined): NormaliseOutcome {
  const outcome = normaliseText(value);
  if (outcome.status !== 'valid' || typeof outcome.value !== 'string' || !outcome.value.includes(' ')) return outcome;
  return { status: 'valid', value: outcome.value.replace(HAN_SPACE, '') };
}
