/**
 * A name cell that holds a person and their organisation, the way WeCom remark names (备注名) and
 * hurried lists write them: 张三-杭州源泉科技, 李四（上海华通物流）, 杭州源泉科技-王五, Tom Lee - Acme Ltd.
 * Read only when one side reads as a person's name and the other as an organisation's (or as the row's
 * own company); two people, a note in brackets, two organisations or no separator read as nothing.
 * WeCom users also join the two with a space (王志刚 森源建材, 森源建材 王志刚): read where one side is a
 * person's whole name and the other an organisation. A person's side that is a city's name too (金华
 * 森源建材: 金华 of 森源建材, or the company 金华森源建材) has two readings: nothing is read, and
 * `remarkTwoReadings` says so. Column mapping reads such a value as a person's (template/value-shape.ts);
 * the CRM export writes the person as the contact and the organisation as the account
 * (export/row-parties.ts). A person with a note about them (李四（采购）, 李四-采购) is read by
 * `readNotedName`, for matching.
 */
import { isOrganisationName } from './organisation-name';
import { COMPOUND_SURNAMES } from './han-surnames';
import { isPerson, personLike } from './person-shape';
import { HAN_REGIONS } from '../dedupe/compare/company-words';
import { isCityName } from './city-names';

export interface RemarkName {
  person: string;
  organisation: string;
}

const SEPARATOR = '[-‐–—―－|｜/／@]';
// A spaced separator splits only there, so Anne-Marie Dubois - Acme Ltd keeps her hyphen.
const SPACED = new RegExp(`\\s+${SEPARATOR}\\s+`);
const BARE = new RegExp(`\\s*${SEPARATOR}\\s*`);
const OPEN = '(（【\\[';
const CLOSE = ')）】\\]';
const TRAILING_BRACKET = new RegExp(`^(.+?)\\s*[${OPEN}]([^${OPEN}${CLOSE}]+)[${CLOSE}]$`);
const LEADING_BRACKET = new RegExp(`^[${OPEN}]([^${OPEN}${CLOSE}]+)[${CLOSE}]\\s*(.+)$`);
const HAN = /\p{Script=Han}/u;
const FOUR_HAN = /^\p{Script=Han}{4}$/u;
const PLACES = new Set(HAN_REGIONS);
// 常州, 浙江省, 南山区: a place, though 常 and 南 are surnames.
const PLACE = /^\p{Script=Han}{1,3}[州省市区县镇]$/u;
// 成都分公司, 杭州办事处: a branch of the organisation on the other side, not one of its own.
const BRANCH = /^\p{Script=Han}{0,3}(?:分公司|分店|分部|分厂|分行|支行|办事处|营业部|总部)$/u;

/**
 * One side of a remark that reads as a person's name: a Han name led by a common surname (张三, 张总,
 * 欧阳娜娜; four characters only after a compound surname, since 华润置地 reads as one too) that names
 * no place, or a Latin name. Written first, any capitalised name (Raj Patel - Initech LLC); after an
 * organisation, only one led by a known given name (Globex Corporation - Robert Chan), since a place
 * follows an organisation the same way (Acme Ltd - New York).
 */
function readsAsPerson(side: string, first: boolean): boolean {
  if (isOrganisationName(side)) return false;
  if (HAN.test(side)) {
    if (PLACES.has(side) || PLACE.test(side)) return false;
    return FOUR_HAN.test(side) ? COMPOUND_SURNAMES.test(side) : isPerson(side);
  }
  return (first && isPerson(side)) || personLike(side);
}

const fold = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.,]+/g, '');

/** The row's own company names this side (华润置地 of 华润置地有限公司, 华润置地采购 of 华润置地). */
function namesCompany(side: string, company: string): boolean {
  const a = fold(side);
  const b = fold(company);
  return a.length >= 2 && b.length >= 2 && (a.includes(b) || b.includes(a));
}

interface Sides {
  sides: [string, string];
  /** The side in brackets: only ever the organisation (华为技术有限公司（深圳）names a city, not a person). */
  bracketed?: 0 | 1;
  /** Split at a space (王志刚 森源建材): the person first, by a whole name (`wholeName`). */
  spaced?: true;
}

// 王志刚 森源建材, Kevin 阿里云: a name, a space, then Chinese words; a Latin name is one or two capitalised words.
const SPACED_HAN = /^(\p{Script=Han}{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(\p{Script=Han}{2,})$/u;

/**
 * A person's whole name, not a surname alone (欧阳 娜娜 is one name spaced): a Han name with a given
 * name after its surname, or a Latin name (Kevin, as WeCom users name themselves).
 */
function wholeName(side: string): boolean {
  if (!HAN.test(side)) return !isOrganisationName(side);
  const surname = COMPOUND_SURNAMES.test(side) ? 2 : 1;
  return side.length > surname && readsAsPerson(side, true);
}

function sidesOf(name: string): Sides | null {
  const trailing = TRAILING_BRACKET.exec(name);
  if (trailing) return { sides: [trailing[1]!, trailing[2]!.trim()], bracketed: 1 };
  const leading = LEADING_BRACKET.exec(name);
  if (leading) return { sides: [leading[1]!.trim(), leading[2]!], bracketed: 0 };
  const parts = name.split(SPACED.test(name) ? SPACED : BARE).map((p) => p.trim());
  if (parts.length === 2 && parts[0] !== '' && parts[1] !== '') return { sides: [parts[0]!, parts[1]!] };
  const spaced = parts.length === 1 ? SPACED_HAN.exec(name) : null;
  return spaced && wholeName(spaced[1]!) ? { sides: [spaced[1]!, spaced[2]!], spaced: true } : null;
}

// 森源建材 王志刚: the organisation first, then a whole name (Han, or one or two capitalised words).
const SPACED_AFTER = /^(\p{Script=Han}{2,})\s+(\p{Script=Han}{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)$/u;

/** The two sides of a cell joined by a space alone, the way round they read as a person and an organisation. */
function spacedSides(name: string, company: string): { person: string; organisation: string } | null {
  const organisation = (side: string) =>
    isOrganisationName(side) || (!readsAsPerson(side, true) && namesCompany(side, company));
  const before = SPACED_HAN.exec(name);
  if (before && wholeName(before[1]!) && organisation(before[2]!))
    return { person: before[1]!, organisation: before[2]! };
  const after = SPACED_AFTER.exec(name);
  if (after && wholeName(after[2]!) && organisation(after[1]!)) return { person: after[2]!, organisation: after[1]! };
  return null;
}

type RemarkReading = RemarkName | 'twoReadings' | null;

function readRemark(name: string, company: string): RemarkReading {
  const text = name.trim();
  const read = sidesOf(text);
  let found: RemarkName | null = null;
  if (read && !read.spaced) {
    const { sides, bracketed } = read;
    const organisation = sides.map(
      (side) => isOrganisationName(side) || (!readsAsPerson(side, true) && namesCompany(side, company)),
    );
    if (organisation[0] === organisation[1]) return null;
    const at = organisation[0] ? 0 : 1;
    if ((bracketed !== undefined && bracketed !== at) || BRANCH.test(sides[at]!)) return null;
    const person = sides[1 - at]!;
    if (readsAsPerson(person, at === 1)) found = { person, organisation: sides[at]! };
  } else if (!/[-‐–—―－|｜/／@(（【[]/.test(text)) {
    // 王志刚 森源建材, 森源建材 王志刚: a space alone joins them.
    found = spacedSides(text, company);
  }
  // 金华 森源建材: 金华 names a city as well as a person, so the cell may be one company's name.
  return found && isCityName(found.person) ? 'twoReadings' : found;
}

/**
 * The person and the organisation a name cell holds, or null when it is not clear. `company` is the
 * row's own company cell: a side it names is the organisation even where no suffix says so.
 */
export function readRemarkName(name: string, company = ''): RemarkName | null {
  const read = readRemark(name, company);
  return read === 'twoReadings' ? null : read;
}

/**
 * Whether a name cell reads as a person and an organisation only if its person's side is a person's
 * (金华 森源建材, 周口-宏达五金有限公司: 金华 and 周口 are cities too): kept as typed, and reported.
 */
export function remarkTwoReadings(name: string, company = ''): boolean {
  return readRemark(name, company) === 'twoReadings';
}

export interface NotedName {
  person: string;
  note: string;
}

/**
 * Notes that make the name beside them someone else's (李四（老婆）, 王五-助理: the wife or assistant
 * of the person named, or that person?) or a generation (Tom Lee (Jr)): such a cell is read as nothing.
 */
const OTHER_PERSON_HAN =
  /老婆|妻子|爱人|老公|丈夫|太太|夫人|媳妇|家属|家人|儿子|女儿|儿媳|女婿|父亲|母亲|爸爸|妈妈|老爸|老妈|哥哥|弟弟|姐姐|妹妹|爷爷|奶奶|孩子|小孩|亲戚|助理|秘书|司机|朋友|同事/;
const OTHER_PERSON_LATIN = new Set(
  (
    'wife husband spouse partner son daughter mother father mom mum dad parent child kid brother sister ' +
    'assistant secretary pa ea driver friend colleague mrs jr jnr junior sr snr senior ii iii iv 2nd 3rd 4th'
  ).split(' '),
);

function namesAnotherPerson(note: string): boolean {
  if (OTHER_PERSON_HAN.test(note)) return true;
  return note
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((word) => OTHER_PERSON_LATIN.has(word));
}

/**
 * A name cell that holds a person's whole name and a note about them: a role, a department or a
 * remark, in brackets or across a separator (李四（采购）, 李四(采购部), 李四-采购, 李四（微信同号）,
 * 【VIP】王五, Tom Lee (Purchasing)), or after a whole name and a space (王志刚 森源建材, Kevin 阿里云).
 * Read only when one side reads as a person's name and the other as neither a person (张三-李四, 张总（张建华）: two readings, kept as typed), an organisation (that
 * is `readRemarkName`'s) nor someone related to the person (李四（老婆）). A Han remark of three parts or
 * more with one person among them (张伟-杭州某某科技-采购) is that person. A Latin name is split only
 * at brackets or a spaced separator, so Anne-Marie Dubois keeps her hyphen.
 */
export function readNotedName(name: string): NotedName | null {
  const text = name.trim();
  const han = HAN.test(text);
  const read = sidesOf(text);
  if (!read) return han ? readPersonAmongNotes(text) : null;
  if (!han && read.bracketed === undefined && !SPACED.test(text)) return null;
  const { sides, bracketed, spaced } = read;
  // The note is the bracketed side; across a separator, the side that is no person; after a space, the second.
  const candidates: (0 | 1)[] = bracketed !== undefined ? [bracketed === 0 ? 1 : 0] : spaced ? [0] : [0, 1];
  for (const at of candidates) {
    const person = sides[at]!;
    const note = sides[1 - at]!;
    // After a space the person was read as a whole name (Kevin alone is one there), and the note may
    // be their organisation (王志刚 森源建材): the cell is not split into two parties here.
    if (
      (spaced || readsAsPerson(person, at === 0)) &&
      !readsAsPerson(note, at === 1) &&
      (spaced || !isOrganisationName(note))
    )
      return namesAnotherPerson(note) ? null : { person, note };
  }
  return null;
}

/**
 * A Han remark of three parts or more across a separator, one of them a person's name and the others
 * their organisation, role or city (张伟-杭州某某科技-采购, 杭州某某科技-张伟-采购): the person, with the
 * rest as the note. Two people (张伟-李娜-采购) or someone related to the person read as nothing.
 */
function readPersonAmongNotes(text: string): NotedName | null {
  const parts = text.split(BARE).map((p) => p.trim());
  if (parts.length < 3 || parts.some((p) => p === '')) return null;
  const people = parts.flatMap((part, at) => (readsAsPerson(part, at === 0) ? [at] : []));
  if (people.length !== 1) return null;
  const at = people[0]!;
  const person = parts[at]!;
  // The rest as typed, joined by the remark's own separator (杭州某某科技-采购).
  const mark = new RegExp(SEPARATOR).exec(text)?.[0] ?? '-';
  const note = parts.filter((_, i) => i !== at).join(mark);
  if (namesAnotherPerson(note) || isCityName(person)) return null;
  return { person, note };
}
