/**
 * Person names: text normalisation, then the two fixes Chinese lists need. A space typed inside a Han
 * name goes when its parts make one name ("张 伟", "欧阳 娜娜": a surname, then a given name); after a
 * whole name it separates another word (李娜 采购, 王总 宏达五金, 赵敏 杭州), and the value has two
 * readings: it is left as typed. The separators of transliterated names (阿卜杜·热合曼) become the one
 * middle dot U+00B7. Latin names keep their case; only spaces are collapsed.
 */
import type { CellValue } from '../sheet/cell-value';
import type { NormaliseOutcome } from './types';
import { EMPTY, cellString, cleanText } from './text';
import { COMPOUND_SURNAMES, SURNAMES } from './han-surnames';

// Bullet, katakana middle dot (IMEs type it), hyphenation point, bullet and dot operators.
const MIDDLE_DOTS = /\s*[·•・‧∙⋅]\s*/g;
// A full stop between Han characters is a mistyped middle dot: 阿卜杜.热合曼.
const HAN_FULL_STOP = /(?<=\p{Script=Han})\s*\.\s*(?=\p{Script=Han})/gu;
// Han words with spaces between them: 张 伟, 李娜 采购.
const HAN_WORDS = /\p{Script=Han}+(?: +\p{Script=Han}+)+/gu;
const HAN_NAME = /^\p{Script=Han}+(?:·\p{Script=Han}+)*$/u;
const PLAIN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;
const COMPOUND_ONLY = new RegExp(`${COMPOUND_SURNAMES.source}$`);
// A surname and how the person is addressed: 王总, 李经理, 张老师.
const TITLED = /^\p{Script=Han}(?:先生|女士|小姐|老师|总|经理|主任|老板)$/u;

/** A name written only in Han characters, optionally in parts joined by "·". */
export function isHanName(s: string): boolean {
  return HAN_NAME.test(s);
}

/** A surname alone, waiting for its given name: 张, 欧阳. */
function isSurnameOnly(word: string): boolean {
  return word.length === 1 || COMPOUND_ONLY.test(word);
}

/** A whole name by itself: two or three characters led by a surname (李娜, 欧阳娜娜), or a surname and a title (王总). */
function isWholeName(word: string): boolean {
  if (TITLED.test(word)) return SURNAMES.has(word[0]!);
  if (COMPOUND_SURNAMES.test(word)) return word.length >= 3 && word.length <= 4;
  return word.length >= 2 && word.length <= 3 && SURNAMES.has(word[0]!);
}

/** How Han words typed apart read: one name (joined), a whole name then another word (two readings), or neither. */
type HanWords = { kind: 'one'; text: string } | { kind: 'two'; name: string; joined: string } | { kind: 'kept' };

function readHanWords(run: string): HanWords {
  const words = run.split(/ +/);
  const joined = words.join('');
  // Spaced out to line up with longer names: 李  娜, 张 三 丰.
  if (words.length <= 4 && words.every((w) => w.length === 1)) return { kind: 'one', text: joined };
  const [first, second] = words as [string, string];
  const head = isSurnameOnly(first) && second.length <= 2 ? first + second : first;
  const rest = words.slice(head === first ? 1 : 2);
  if (rest.length === 0) return { kind: 'one', text: joined };
  return isWholeName(head) ? { kind: 'two', name: head, joined } : { kind: 'kept' };
}

interface NameReading {
  /** The name as cleaning writes it: a Han name typed apart joined, a value of two readings as typed. */
  text: string;
  /** A whole name with another word after it (李娜 采购): the name alone, and everything joined. */
  readings?: [name: string, joined: string];
}

function readPersonName(s: string): NameReading {
  if (PLAIN_ASCII.test(s)) return { text: s }; // nothing below touches ASCII
  let readings: NameReading['readings'];
  const text = cleanText(s)
    .replace(MIDDLE_DOTS, '·')
    .replace(HAN_FULL_STOP, '·')
    .replace(HAN_WORDS, (run) => {
      const read = readHanWords(run);
      if (read.kind === 'one') return read.text;
      if (read.kind === 'two') readings ??= [read.name, read.joined];
      return run;
    });
  return readings ? { text, readings } : { text };
}

/** The name in its clean form; a value with two readings (李娜 采购) keeps its space. */
export function cleanPersonName(s: string): string {
  return readPersonName(s).text;
}

/** Whether a name is a whole Han name with another word typed after it (李娜 采购, 王总 宏达五金). */
export function hasTwoReadings(s: string): boolean {
  return readPersonName(s).readings !== undefined;
}

export function normalisePersonName(value: CellValue | undefined): NormaliseOutcome {
  const raw = cellString(value);
  if (raw === null) return EMPTY;
  const { text, readings } = readPersonName(raw);
  if (text === '') return EMPTY;
  return readings ? { status: 'ambiguous', code: 'name.ambiguous', readings } : { status: 'valid', value: text };
}
