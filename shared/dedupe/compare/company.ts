/**
 * Company names: compared once legal suffixes (有限公司, 股份有限公司, Co., Ltd., Inc., LLC, GmbH …)
 * and region prefixes or bracketed regions (北京, （北京）, China) are removed. Chinese and English
 * forms meet through the brand: industry words are set aside (科技 = technology) and the rest
 * compared in pinyin (华为技术有限公司 = Huawei Technologies Co., Ltd.). Organisation names also
 * match with their parent in front (YMCA of Greater Springfield - Lakeside YMCA = Lakeside YMCA)
 * or a place after it, words in another order, and without a reissue numeral (Lincoln School II).
 */
import type { CellValue } from '../../sheet/cell-value';
import { foldAccents } from '../accents';
import { matchText } from '../fold';
import { hasHan, pinyinSyllables } from '../han';
import {
  editSketch,
  hashString,
  jaroWinkler,
  mayBeWithinOneEditAt,
  withinOneEdit,
  writeEditSketch,
} from '../similarity';
import type { Comparator, QuickTest } from './comparator';
import {
  HAN_COUNTY_CITIES,
  HAN_INDUSTRY,
  HAN_REGIONS,
  HAN_SUFFIXES,
  LATIN_INDUSTRY,
  LATIN_NAME_WORDS,
  LATIN_REGIONS,
  LATIN_SUFFIXES,
  LATIN_SUFFIX_QUALIFIERS,
} from './company-words';

export interface PreparedCompany {
  key: string;
  han: boolean;
  /** Latin words of the name (industry words canonical), for word-by-word comparison. */
  words: string[];
  /** Brand letters: pinyin for Chinese, the non-industry words run together for Latin. */
  brand: string;
  brandHash: number;
  industry: string[];
  /** A cell holding the name in English and in Chinese (Tencent 腾讯): each form, which either may match. */
  forms: [PreparedCompany, PreparedCompany] | null;
}

const BRACKETS = /[([【<《〔]([^)\]】>》〔〕]*)[)\]】>》〕]/g;
/** A second site or reissue written into the name: Lincoln School II. */
const ROMAN_SUFFIX = new Set(['ii', 'iii', 'iv']);
/** Words that join a parent to its site: YMCA of Greater Springfield - Lakeside YMCA. */
const JOINERS = new Set(['of', 'the', 'and', 'at', 'de', 'la']);

/** A bracketed region (（北京）, (China)) is dropped; any other bracket (（滨江站）, a branch) is kept as words. */
function unbracket(text: string): string {
  return text.replace(BRACKETS, (_whole, inner: string) => {
    const bare = inner.trim().replace(/[省市]$/, '');
    // Taiwan writes 股份有限公司 short as (股)公司: a legal form, as the region in brackets is no name.
    return HAN_REGIONS.includes(bare) ||
      HAN_COUNTY_CITIES.includes(bare) ||
      LATIN_REGIONS.has(bare) ||
      bare === '' ||
      bare === '股' ||
      bare === '股份'
      ? ' '
      : ` ${inner} `;
  });
}

/** A city's district or county (天河区, 浦东新区, 顺德区): read as one only right after the city. */
const DISTRICT = /^[\u4e00-\u9fff]{2,3}?[区县]/;

function stripHan(s: string): string {
  let out = s.replace(/[\s\p{P}\p{S}]+/gu, '');
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of HAN_SUFFIXES) {
      if (out.endsWith(suffix) && out.length > suffix.length) {
        out = out.slice(0, -suffix.length);
        changed = true;
      }
    }
    for (const region of HAN_REGIONS) {
      if (out.startsWith(region) && out.length > region.length + 1) {
        out = out.slice(region.length).replace(/^[省市]/, '');
        const district = DISTRICT.exec(out)?.[0];
        if (district && out.length > district.length + 1) out = out.slice(district.length);
        changed = true;
      }
    }
    // A county-level city, after its prefecture or alone (温州瑞安市, 瑞安): a place as 杭州 is.
    for (const city of HAN_COUNTY_CITIES) {
      if (out.startsWith(city) && out.length > city.length + 1) {
        out = out.slice(city.length).replace(/^市/, '');
        changed = true;
      }
    }
  }
  return out;
}

function stripLatin(s: string): string {
  const tokens = s
    .replace(/['’]/g, '')
    // Baker & Sons = Baker and Sons.
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9\s]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (tokens[0] === 'the' && tokens.length > 1) tokens.shift();
  for (let legal = false; tokens.length > 1;) {
    const last = tokens[tokens.length - 1]!;
    const suffix = LATIN_SUFFIXES.has(last);
    if (!suffix && !ROMAN_SUFFIX.has(last) && !(legal && LATIN_SUFFIX_QUALIFIERS.has(last))) break;
    tokens.pop();
    legal = suffix;
  }
  while (tokens.length > 1 && LATIN_REGIONS.has(tokens[0]!)) tokens.shift();
  while (tokens.length > 1 && LATIN_REGIONS.has(tokens[tokens.length - 1]!)) tokens.pop();
  return tokens.map((t) => LATIN_INDUSTRY.get(t) ?? LATIN_NAME_WORDS.get(t) ?? t).join(' ');
}

/** Joins the English and the Chinese form of a name written in one cell (tencent|腾讯): neither key holds it. */
const FORMS = '|';
/** An English and a Chinese name side by side, either first: Tencent 腾讯, 利豐 Li & Fung, Tencent (腾讯). */
const LATIN_THEN_HAN =
  /^([^\p{Script=Han}]*\p{Script=Latin}[^\p{Script=Han}]*?)[\s/|]+(\p{Script=Han}[^\p{Script=Latin}]*)$/u;
const HAN_THEN_LATIN =
  /^(\p{Script=Han}[^\p{Script=Latin}]*?)[\s/|]+([^\p{Script=Han}]*\p{Script=Latin}[^\p{Script=Han}]*)$/u;

/**
 * Both forms of a name in one cell, each keyed alone, when each is a name of its own: a Chinese part
 * that is only an industry word (ABC 贸易) belongs to the Latin name, and a name written solid (TCL科技)
 * is one name.
 */
function bothForms(text: string): string | null {
  const latinFirst = LATIN_THEN_HAN.exec(text);
  const parts = latinFirst ? [latinFirst[1]!, latinFirst[2]!] : HAN_THEN_LATIN.exec(text)?.slice(1, 3).reverse();
  if (!parts) return null;
  const latin = stripLatin(parts[0]!.trim());
  const han = stripHan(parts[1]!);
  // ABC 国际贸易, 华为 Technologies, 腾讯 Ltd: one part says only a trade, a place or a legal form.
  const hanRest = withoutIndustry(han, []);
  if (han.length < 2 || HAN_INDUSTRY.some(([word]) => word === hanRest)) return null;
  if (HAN_REGIONS.includes(hanRest) || HAN_COUNTY_CITIES.includes(hanRest)) return null;
  const latinWords = latin.split(' ');
  const named = latinWords.some(
    (w) => /[a-z]{2}/.test(w) && !LATIN_CANONICAL.has(w) && !LATIN_SUFFIXES.has(w) && !LATIN_REGIONS.has(w),
  );
  return named ? `${latin}${FORMS}${han}` : null;
}

/** The company's core: the name without legal form and region, lower-case. */
export function companyKey(value: CellValue): string | null {
  const matched = matchText(value);
  if (matched === null) return null;
  // Café Étoile = Cafe Etoile: accents are how it was typed, not another name.
  const folded = foldAccents(matched);
  const unbracketed = unbracket(folded).trim() || folded;
  if (!hasHan(unbracketed)) return stripLatin(unbracketed) || folded;
  return bothForms(unbracketed) ?? (stripHan(unbracketed) || folded);
}

/** Positions in HAN_INDUSTRY of the words ending in each character. */
const INDUSTRY_BY_LAST = new Map<string, number[]>();
HAN_INDUSTRY.forEach(([word], k) => {
  const last = word[word.length - 1]!;
  INDUSTRY_BY_LAST.set(last, [...(INDUSTRY_BY_LAST.get(last) ?? []), k]);
});
const LATIN_CANONICAL = new Set(LATIN_INDUSTRY.values());

/**
 * The brand without its industry words, those pushed onto `industry`: passes over HAN_INDUSTRY in
 * its order until one takes nothing, each visiting only the words that end as the brand now does.
 */
function withoutIndustry(key: string, industry: string[]): string {
  let brand = key;
  for (let changed = true; changed;) {
    changed = false;
    let from = 0;
    for (;;) {
      const ending = INDUSTRY_BY_LAST.get(brand[brand.length - 1] ?? '');
      let taken = -1;
      if (ending) {
        for (const k of ending) {
          const word = HAN_INDUSTRY[k]![0];
          if (k >= from && brand.endsWith(word) && brand.length > word.length) {
            taken = k;
            break;
          }
        }
      }
      if (taken < 0) break;
      const [word, english] = HAN_INDUSTRY[taken]!;
      brand = brand.slice(0, -word.length);
      industry.push(english);
      changed = true;
      from = taken + 1;
    }
  }
  return brand;
}

export function prepareCompany(key: string): PreparedCompany {
  const at = key.indexOf(FORMS);
  if (at >= 0) {
    const forms: [PreparedCompany, PreparedCompany] = [
      prepareCompany(key.slice(0, at)),
      prepareCompany(key.slice(at + 1)),
    ];
    return { ...forms[1], key, forms };
  }
  if (hasHan(key)) {
    const industry: string[] = [];
    const letters = pinyinSyllables(withoutIndustry(key, industry)).join('');
    return { key, han: true, words: [], brand: letters, brandHash: hashString(letters), industry, forms: null };
  }
  const tokens = key.split(' ');
  const canonical = LATIN_CANONICAL;
  const brandTokens = tokens.filter((t) => !canonical.has(t));
  const industry = tokens.filter((t) => canonical.has(t));
  const letters = (brandTokens.length ? brandTokens : tokens).join('');
  const words = tokens.filter((t) => !JOINERS.has(t));
  return {
    key,
    han: false,
    words,
    brand: letters,
    brandHash: hashString(letters),
    industry: brandTokens.length ? industry : [],
    forms: null,
  };
}

function industriesAgree(a: string[], b: string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((w) => large.includes(w));
}

/** Two words are the same word typed: equal, one slip apart, or one the other's abbreviation (deli, delicatessen). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  if (short.length >= 4 && long.startsWith(short)) return true;
  return short.length >= 4 && (withinOneEdit(a, b) || (short.length >= 7 && jaroWinkler(a, b) >= 0.93));
}

/**
 * Two words are one as a one-word name inside a longer one must show it: equal, or one the other's
 * abbreviation (deli, delicatessen). A slip in the only word (Brown, Browne) is a likeness of its own:
 * with words around it too, it is two names that look alike (Brown & Co, Browne Legal), not one name
 * inside another. In a name of more words the others still agree (Rosewood Fmaily Clinic North Campus).
 */
function sameWordWritten(a: string, b: string): boolean {
  if (a === b) return true;
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  return short.length >= 4 && long.length >= short.length + 2 && long.startsWith(short);
}

/** The words of `short` match words of `long` one by one from `offset` on (`same` says when two words match). */
function wordsAt(long: string[], short: string[], offset: number, same = sameWord): boolean {
  return offset >= 0 && offset + short.length <= long.length && short.every((w, k) => same(w, long[offset + k]!));
}

/** Every word of `short` (two or more) is its own word of `long`, in any order (as written: no abbreviations). */
function wordsWithin(long: string[], short: string[]): boolean {
  if (short.length < 2 || short.length > long.length) return false;
  const used = new Array<boolean>(long.length).fill(false);
  return short.every((w) => {
    const k = long.findIndex((l, i) => !used[i] && l === w);
    if (k < 0) return false;
    used[k] = true;
    return true;
  });
}

function sortedWords(words: string[]): string {
  return [...words].sort().join(' ');
}

const LEVEL = { exact: 0, pinyin: 1, sameBrand: 2, typo: 3, contained: 4, different: 5 } as const;

/** The forms of `a` and `b` that match best (a cell of both forms against either), and their level. */
function closestForms(a: PreparedCompany, b: PreparedCompany): [PreparedCompany, PreparedCompany, number] {
  let best: [PreparedCompany, PreparedCompany, number] = [a, b, LEVEL.different];
  for (const x of a.forms ?? [a])
    for (const y of b.forms ?? [b]) {
      const level = x.key === y.key ? LEVEL.exact : compareOne(x, y);
      if (level < best[2]) best = [x, y, level];
    }
  return best;
}

export function compareCompanies(a: PreparedCompany, b: PreparedCompany): number {
  return a.forms || b.forms ? closestForms(a, b)[2] : compareOne(a, b);
}

function compareOne(a: PreparedCompany, b: PreparedCompany): number {
  const sameBrand =
    a.brandHash === b.brandHash &&
    a.brand.length >= 2 &&
    a.brand === b.brand &&
    industriesAgree(a.industry, b.industry);
  if (a.han !== b.han) return sameBrand ? LEVEL.pinyin : LEVEL.different;
  if (sameBrand) return LEVEL.sameBrand;
  const [short, long] = a.key.length <= b.key.length ? [a, b] : [b, a];
  if (a.han) {
    if (short.key.length >= 4 && withinOneEdit(a.key, b.key)) return LEVEL.typo;
    // 杭州阳光公益 - 阳光社区服务中心 = 阳光社区服务中心; a longer ending (阳光社区服务中心滨江站) is another branch.
    return short.key.length >= 4 && long.key.endsWith(short.key) ? LEVEL.contained : LEVEL.different;
  }
  // Word by word, so that a shared parent or a shared ending (Elementary School) is not a likeness.
  if (
    a.words.length === b.words.length &&
    (wordsAt(a.words, b.words, 0) || sortedWords(a.words) === sortedWords(b.words))
  )
    return LEVEL.typo;
  // One name inside the other: with the parent in front (X - Lakeside YMCA), a place after (Spago (Los Angeles)),
  // or its words in another order among more (Restaurant Ritz-Carlton Atlanta / Ritz-Carlton Restaurant).
  const distinctive = short.words.join('').length >= 4;
  const same = short.words.length === 1 ? sameWordWritten : sameWord;
  const inside =
    wordsAt(long.words, short.words, long.words.length - short.words.length, same) ||
    wordsAt(long.words, short.words, 0, same) ||
    wordsWithin(long.words, short.words);
  return distinctive && inside ? LEVEL.contained : LEVEL.different;
}

/**
 * Two Chinese company names of other brands, more than a typo apart and with other endings (so
 * neither ends with the other), or a Chinese and a Latin name of other brands, differ, as
 * `compareCompanies` finds; Latin names are compared word by word and always asked.
 */
const COMPANY_QUICK: QuickTest<PreparedCompany> = {
  width: 7,
  write(p, out, at) {
    writeEditSketch(editSketch(p.key), out, at);
    out[at + 4] = p.brandHash;
    // 2: both forms, either of which may match a name in either script.
    out[at + 5] = p.forms ? 2 : p.han ? 1 : 0;
    out[at + 6] = hashString(p.key.slice(-4));
  },
  differ(q, a, b) {
    if (q[a + 4] === q[b + 4] || q[a + 5] === 2 || q[b + 5] === 2) return false;
    if (q[a + 5] !== q[b + 5]) return true;
    return q[a + 5] === 1 && q[a + 6] !== q[b + 6] && !mayBeWithinOneEditAt(q, a, b);
  },
};

/** The name as written, without case, spacing and punctuation, its short words read out (St. = Saint, & = and). */
function bare(raw: string): string {
  return (matchText(raw) ?? '')
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .split(/[\s\p{P}\p{S}]+/u)
    .map((w) => LATIN_NAME_WORDS.get(w) ?? w)
    .join('');
}

/** `通/同` when two names of one length differ in one character only, else null. */
function oneCharacterApart(a: string, b: string): string | null {
  if (a.length !== b.length) return null;
  let at = -1;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if (at >= 0) return null;
    at = k;
  }
  return at < 0 ? null : `${a[at]}/${b[at]}`;
}

export function companyComparator(): Comparator<PreparedCompany> {
  return {
    name: 'company',
    termFrequency: true,
    levels: [
      { label: 'exact', m: 0.75, u: 1e-4 },
      { label: 'pinyin', m: 0.06, u: 1e-6 },
      { label: 'same-brand', m: 0.06, u: 1e-5 },
      { label: 'typo', m: 0.04, u: 1e-5 },
      // One name is the other with words around it (a parent organisation, a place).
      { label: 'similar', m: 0.04, u: 1e-4 },
      { label: 'different', m: 0.05, u: 1 },
    ],
    key: companyKey,
    prepare: prepareCompany,
    quick: COMPANY_QUICK,
    compare: compareCompanies,
    explain(level, whole, other, rawA, rawB) {
      // A cell of both forms is explained by the form that matched.
      const [a, b] = whole.forms || other.forms ? closestForms(whole, other) : [whole, other];
      switch (level) {
        case 0:
          if (whole.key !== other.key)
            return { similarity: 1, phrase: 'same company, one row writing it in English and in Chinese' };
          return bare(rawA) === bare(rawB)
            ? { similarity: 1, phrase: 'same company' }
            : {
                label: 'suffix-removed',
                similarity: 1,
                phrase: 'same company once legal form and region are set aside',
              };
        case 1:
          return { similarity: 0.9, phrase: 'same company in Chinese and English, brand in pinyin' };
        case 2: {
          // 远通物流, 远同物流: one brand in pinyin, but one character typed for another, not one brand.
          const apart = a.han && b.han ? oneCharacterApart(a.key, b.key) : null;
          if (apart)
            return {
              label: 'typo',
              similarity: 0.85,
              phrase: `company names one character apart (${apart}), read the same`,
            };
          return { similarity: 0.85, phrase: a.key === b.key ? 'same brand' : 'same brand name, written differently' };
        }
        case 3:
          // Cho, Mark and Mark Cho: the same words, which no typo makes.
          return !a.han && a.key !== b.key && sortedWords(a.words) === sortedWords(b.words)
            ? { similarity: 0.8, phrase: 'same words in another order', label: 'reordered' }
            : { similarity: 0.8, phrase: 'company names a typo apart' };
        case 4:
          return {
            similarity: 0.7,
            phrase: 'one name is the other with more words (a parent organisation or a place)',
          };
        default:
          return { similarity: 0, phrase: 'different companies' };
      }
    },
    blockKeys: companyBlockKeys,
  };
}

function companyBlockKeys(p: PreparedCompany, key: string): string[] {
  // Each form of a cell of both meets names written in its script.
  if (p.forms) return [key, ...p.forms.flatMap((form) => companyBlockKeys(form, form.key))];
  const keys = p.brand.length >= 2 ? [key, `brand:${p.brand}`] : [key];
  // The site's own name at the end meets the same name with its parent in front.
  if (p.words.length >= 3) keys.push(`tail:${p.words.slice(-2).join(' ')}`);
  return keys;
}
