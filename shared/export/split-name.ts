/**
 * One name cell into the first and last names Western CRMs ask for. Han names are surname first,
 * with compound surnames (欧阳娜 → 欧阳 / 娜); Latin names split on spaces, the last word being the
 * last name (particles like "van" and generations like "Jr." stay with it, middle initials like "B."
 * with the first name; "Smith, John" is read as last, first; a leading title such as "Dr." is the
 * salutation; degrees after the name, as in "Rachel Green, MBA", are in neither part: post-nominals.ts).
 * Pinyin names are ambiguous: in a Chinese list, a known pinyin surname followed by
 * pinyin syllables means surname first ("Zhang Wei" → Zhang / Wei); elsewhere two such words are kept
 * whole, but for a row from China whose second word can only be a given name ("Wang Xiaoming" → Wang /
 * Xiaoming; "Li Na" reads both ways); Singapore, Malaysian and Hong Kong romanisations ("Lim Wei
 * Ming": romanised-chinese-name.ts) are surname first. Arabic particles (Al, Bin, Abu) join the surname.
 * A word in capitals among others ("ZHANG Wei", "Wei ZHANG") is the surname wherever it stands.
 * A name with two readings (surname + honorific such as 张总 or 陳大文先生, a mix of scripts, a Han name
 * and a note after a space such as 刘先生 看房) is kept whole as the last name and flagged, never guessed.
 */

import { vietnameseFamilyFirst } from './vietnamese-name';
import type { RowCountry } from './chinese-row';
import { simplifiedHan } from '../dedupe/simplified';
import { romanisedReading } from './romanised-chinese-name';
import { coupleName, endsWithRoleWord } from './person-words';
import { HAN_NAME_TITLES, HAN_SURNAME_TITLES, titlePattern } from '../normalise/han-titles';
import { GENERATIONS } from '../dedupe/compare/person-name-forms';
import { takePostNominals } from './post-nominals';

// The compound surnames of the Hundred Family Surnames still in use.
const COMPOUND_SURNAMES = new Set(
  (
    '欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 澹台 轩辕 独孤 南宫 西门 百里 呼延 端木 ' +
    '东郭 闻人 万俟 赫连 申屠 太史 钟离 淳于 单于 濮阳 公羊 公冶 宗政 仲孙 乐正 拓跋 第五 司空 司寇 亓官 左丘 梁丘 ' +
    '羊舌 微生 壤驷 公良 谷梁 段干 巫马 东门 漆雕 鲜于 闾丘 子车 颛孙 哥舒'
  ).split(' '),
);

// Honorifics written after a surname (张总, 李经理, 王老师): the given name is not in the cell.
const HONORIFIC = titlePattern(HAN_SURNAME_TITLES, 'whole');
// The same after a full name (陳大文先生, 王建国经理); one-character ones (总, 工) also end given names.
const HONORIFIC_AFTER_NAME = titlePattern(HAN_NAME_TITLES, 'end');

// Pinyin of the common Chinese surnames (single and compound), lower case without tones.
const PINYIN_SURNAMES = new Set(
  (
    'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han ' +
    'feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng su wei lu ding ren shen yao zhong cui ' +
    'tan fan jin shi liao jia xia fu fang bai zou meng xiong qin qiu yin xue yan duan lei hou long tao gu mao hao gong ' +
    'shao wan qian dai mo kong xiang chang kang shu niu ou qi ge geng guan hong ji lai lan lian ling mei miao ning ' +
    'pang pei qiao rao ruan sha shan tong wen xing you zhan zhuang zhuo bao bi bian chai chu di fei gan hua huo kuang ' +
    'lou mu nie pu quan rong sang tu xin yi zang zhai zuo an ai ba bo ceng che dou e ' +
    'ouyang sima zhuge shangguan dongfang huangfu yuchi gongsun murong zhangsun yuwen situ xiahou linghu tantai xuanyuan'
  ).split(' '),
);

// One pinyin syllable (v and ü both stand for ü), and a word of one or more: "xiaoming", "wei", "lüe".
const SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|üan|van|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|uo|ui|un|üe|ve|ue|a|e|i|o|u|ü|v)';
const PINYIN_WORD = new RegExp(`^(?:${SYLLABLE})+$`);
/** One syllable (Na, Wei, Jian): a word that may be a surname of its own, as 那 and 魏 are. */
const PINYIN_SYLLABLE = new RegExp(`^${SYLLABLE}$`);

const HAN_ONLY = /^\p{Script=Han}+(?:·\p{Script=Han}+)*$/u;
const HAS_HAN = /\p{Script=Han}/u;
const LATIN_WORDS = /^[\p{Script=Latin}'’.,\- ]+$/u;
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'del',
  'della',
  'des',
  'du',
  'la',
  'le',
  'dos',
  'das',
  'ter',
  'ten',
  'bin',
  'al',
  'st.',
  'st',
]);
/**
 * Arabic surname particles, capitalised as often as not (Ahmed Al Mansouri, Mohammed Bin Rashid,
 * Ahmed Abd El Fattah): they go with the surname after them, typed either way.
 */
const ARABIC_PARTICLES = new Set(['al', 'el', 'bin', 'bint', 'ibn', 'abu', 'abd']);
/** A generation (Jr., Sr., III), as dedupe reads one; Junior and Senior alone are surnames too. */
const SUFFIXES = {
  test(word: string): boolean {
    const key = word.toLowerCase().replace(/\.$/, '');
    return GENERATIONS.has(key) && key !== 'junior' && key !== 'senior';
  },
};
// Titles written before a Latin name, as the CRMs' Salutation picklists spell them.
const SALUTATIONS = new Map([
  ['mr', 'Mr.'],
  ['mrs', 'Mrs.'],
  ['ms', 'Ms.'],
  ['miss', 'Miss'],
  ['mx', 'Mx.'],
  ['dr', 'Dr.'],
  ['prof', 'Prof.'],
]);
// Initials ("B.", "J.R.R."): not a surname written in capitals.
const INITIALS = /^(?:\p{Lu}\.)+$/u;

export interface SplitName {
  first: string;
  last: string;
  /** A title before a Latin name ("Dr.", "Ms"), as typed; absent when there is none. */
  salutation?: string;
  /** True when the name could not be split with confidence and is kept whole in `last`. */
  keptWhole: boolean;
  /** A romanised Chinese name in a list that is not Chinese, read surname first (Lim Wei Ming). */
  surnameFirst?: true;
  /** Degrees and credentials typed after the name ("MBA", "MBA, CPA"), in neither part (post-nominals.ts). */
  postNominals?: string;
}

export interface SplitOptions {
  /** The list is Chinese (zh locale or mostly Han names): a leading pinyin surname means surname first. */
  chineseList: boolean;
  /**
   * The country the row says (its country, a +86 or +84 number). China: a pinyin surname and a given
   * name of two syllables or more (Wang Xiaoming) is surname first; Vietnam: a name led by a Vietnamese
   * family name (Nguyen Van An) is.
   */
  rowCountry?: RowCountry | null;
}

/** The surname of a Han name: a compound surname when the name starts with one and goes on. */
export function hanSurname(name: string): string {
  const two = name.slice(0, 2);
  return name.length > 2 && COMPOUND_SURNAMES.has(two) ? two : name.slice(0, 1);
}

export function isPinyinSurname(word: string): boolean {
  return PINYIN_SURNAMES.has(word.toLowerCase());
}

function isPinyin(word: string): boolean {
  return PINYIN_WORD.test(word.toLowerCase());
}

/**
 * How two pinyin words led by a common surname read outside a Chinese list: surname first on a row
 * from China where the second word can only be a given name (Wang Xiaoming); otherwise both ways
 * (Li Na, Zhang Wei: Na and Wei may be surnames; Wang Xiaoming with nothing saying China: the team
 * may have typed it given name first), or null when the words are no such name.
 */
function pinyinReading(words: readonly string[], options: SplitOptions): 'surnameFirst' | 'ambiguous' | null {
  if (options.chineseList || words.length !== 2) return null;
  const [surname, given] = words as [string, string];
  if (!isPinyinSurname(surname) || !isPinyin(given)) return null;
  const onlyGiven = !isPinyinSurname(given) && !PINYIN_SYLLABLE.test(given.toLowerCase());
  return options.rowCountry === 'CN' && onlyGiven ? 'surnameFirst' : 'ambiguous';
}

function whole(name: string): SplitName {
  return { first: '', last: name, keptWhole: true };
}

function splitHan(name: string): SplitName {
  // Transliterated names (阿卜杜·热合曼) are given name first: the last part is the family name.
  const dot = name.lastIndexOf('·');
  if (dot > 0) return { first: name.slice(0, dot), last: name.slice(dot + 1), keptWhole: false };
  if (name.length === 1 || COMPOUND_SURNAMES.has(name)) return { first: '', last: name, keptWhole: false };
  const surname = hanSurname(name);
  const rest = name.slice(surname.length);
  const plain = simplifiedHan(rest);
  if (HONORIFIC.test(plain) || HONORIFIC_AFTER_NAME.test(plain)) return whole(name);
  return { first: rest, last: surname, keptWhole: false };
}

const isCapitals = (word: string) =>
  word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase() && !INITIALS.test(word);

const titleKey = (word: string) => word.toLowerCase().replace(/\.$/, '');

/** The CRM's Salutation picklist value of a title as typed ("dr" → "Dr."); other titles as typed. */
export function salutationValue(typed: string): string {
  return SALUTATIONS.get(titleKey(typed)) ?? typed;
}

/** Whether a cell holds a title alone (Mr., Ms, Dr.), as Outlook's Title column does. */
export function isSalutation(text: string): boolean {
  return SALUTATIONS.has(titleKey(text.trim()));
}

/** A leading title and the words after it; no title when nothing would be left of the name. */
function takeSalutation(words: string[]): { salutation?: string; words: string[] } {
  return words.length > 1 && SALUTATIONS.has(titleKey(words[0]))
    ? { salutation: words[0], words: words.slice(1) }
    : { words };
}

function splitLatin(name: string, options: SplitOptions): SplitName {
  // Suffixes after a comma belong to the last name: "King, Jr." is not last name King, first Jr.
  const parts = name.split(',');
  let keep = parts.length;
  while (keep > 1 && SUFFIXES.test(parts[keep - 1].trim())) keep--;
  const suffixes = parts.slice(keep).map((part) => part.trim());
  const [last, given, ...more] = parts.slice(0, keep).map((part) => part.trim());
  if (given && last && more.length === 0) {
    const title = takeSalutation(given.split(' '));
    const split = { first: title.words.join(' '), last: [last, ...suffixes].join(' '), keptWhole: false };
    return withSalutation(split, title.salutation);
  }
  const title = takeSalutation([parts.slice(0, keep).join(','), ...suffixes].join(' ').split(' '));
  return withSalutation(splitWords(title.words, options), title.salutation);
}

function withSalutation(split: SplitName, salutation: string | undefined): SplitName {
  return salutation === undefined ? split : { salutation, ...split };
}

function splitWords(words: string[], options: SplitOptions): SplitName {
  if (words.length === 1) return { first: '', last: words[0], keptWhole: false };

  const capitals = words.filter((word) => isCapitals(word) && !SUFFIXES.test(word));
  if (capitals.length === 1 && words.length > 1) {
    const at = words.indexOf(capitals[0]);
    return { first: words.filter((_, i) => i !== at).join(' '), last: capitals[0], keptWhole: false };
  }
  if (options.chineseList && isPinyinSurname(words[0]) && words.slice(1).every(isPinyin)) {
    return { first: words.slice(1).join(' '), last: words[0], keptWhole: false };
  }
  if (options.rowCountry === 'VN' && vietnameseFamilyFirst(words))
    return { first: words.slice(1).join(' '), last: words[0]!, keptWhole: false, surnameFirst: true };
  const pinyin = pinyinReading(words, options);
  if (pinyin === 'surnameFirst') return { first: words[1]!, last: words[0]!, keptWhole: false, surnameFirst: true };
  if (pinyin === 'ambiguous') return whole(words.join(' '));
  const romanised = romanisedReading(words);
  if (romanised === 'surnameFirst')
    return { first: words.slice(1).join(' '), last: words[0], keptWhole: false, surnameFirst: true };
  if (romanised === 'ambiguous') return whole(words.join(' '));
  let start = words.length - 1;
  while (start > 1 && SUFFIXES.test(words[start])) start--;
  while (
    start > 1 &&
    ((PARTICLES.has(words[start - 1].toLowerCase()) && words[start - 1] === words[start - 1].toLowerCase()) ||
      ARABIC_PARTICLES.has(words[start - 1].toLowerCase()))
  )
    start--;
  // A capitalised particle opening lower-case ones is theirs: Van der Berg, De la Cruz.
  if (
    start > 1 &&
    start < words.length - 1 &&
    PARTICLES.has(words[start]) &&
    PARTICLES.has(words[start - 1].toLowerCase())
  )
    start--;
  return { first: words.slice(0, start).join(' '), last: words.slice(start).join(' '), keptWhole: false };
}

/** Splits a cleaned name (spaces collapsed, trimmed). */
export function splitPersonName(name: string, options: SplitOptions): SplitName {
  const text = name.trim().replace(/\s+/g, ' ');
  if (text === '') return { first: '', last: '', keptWhole: false };
  // A couple named together (Natalie & Brian Walker): their given names, then their one surname.
  const couple = coupleName(text);
  if (couple) return { ...couple, keptWhole: false };
  // A name and a role (李娜 采购): two readings, kept whole.
  if (endsWithRoleWord(text)) return whole(text);
  if (HAN_ONLY.test(text)) return splitHan(text);
  if (HAS_HAN.test(text)) {
    // Han with a space between surname and given name ("欧阳 娜"): the name is still surname first.
    // After a longer first word the space ends the name (刘先生 看房, 王志刚 森源建材: a note or a
    // company follows it), which is kept as typed.
    const compact = text.replace(/ /g, '');
    const first = text.split(' ')[0]!;
    const surnameFirst = first.length === 1 || COMPOUND_SURNAMES.has(first) || !text.includes(' ');
    return HAN_ONLY.test(compact) && surnameFirst ? splitHan(compact) : whole(text);
  }
  if (LATIN_WORDS.test(text)) {
    // Degrees and credentials after the name (Rachel Green, MBA) are no part of it: set aside.
    const { name: bare, credentials } = takePostNominals(text);
    const split = splitLatin(bare, options);
    return credentials ? { ...split, postNominals: credentials } : split;
  }
  return whole(text);
}

/** The full name from its parts, in the order the name's script writes it. */
export function joinPersonName(first: string, last: string): string {
  if (!first) return last;
  if (!last) return first;
  return HAS_HAN.test(last) && HAS_HAN.test(first) ? `${last}${first}` : `${first} ${last}`;
}

const SAMPLE = 2000;

/** A Chinese list: the zh-CN locale, or mostly Han names among the first names of the sheet. */
export function isChineseList(locale: string, names: Iterable<string>): boolean {
  if (locale === 'zh-CN') return true;
  let han = 0;
  let total = 0;
  for (const name of names) {
    if (!name) continue;
    total++;
    if (HAS_HAN.test(name)) han++;
    if (total >= SAMPLE) break;
  }
  return total > 0 && han * 2 > total;
}
