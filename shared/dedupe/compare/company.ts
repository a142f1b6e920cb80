/**
 * Company names: compared once legal suffixes (有限公司, 股份有限公司, Co., Ltd., Inc., LLC, GmbH …)
 * and region prefixes or bracketed regions (北京, （北京）, China) are removed. Chinese and English
 * forms meet through the brand: industry words are set aside (科技 = technology) and the rest
 * compared in pinyin (华为技术有限公司 = Huawei Technologies Co., Ltd.).
 */
import type { CellValue } from '../../sheet/cell-value';
import { matchText } from '../fold';
import { hasHan, pinyinSyllables } from '../han';
import { hashString, jaroWinkler, withinOneEdit } from '../similarity';
import type { Comparator } from './comparator';
import { HAN_INDUSTRY, HAN_REGIONS, HAN_SUFFIXES, LATIN_INDUSTRY, LATIN_REGIONS, LATIN_SUFFIXES } from './company-words';

export interface PreparedCompany {
  key: string;
  han: boolean;
  /** Brand letters: pinyin for Chinese, the non-industry words run together for Latin. */
  brand: string;
  brandHash: number;
  industry: string[];
}

const BRACKETS = /[([【<《〔][^)\]】>》〔〕]*[)\]】>》〕]/g;

function stripHan(s: string): string {
  let out = s.replace(/[\s\p{P}\p{S}]+/gu, '');
  for (let changed = true; changed; ) {
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
        changed = true;
      }
    }
  }
  return out;
}

function stripLatin(s: string): string {
  const tokens = s.replace(/[^a-z0-9\s]+/g, ' ').split(/\s+/).filter(Boolean);
  if (tokens[0] === 'the' && tokens.length > 1) tokens.shift();
  while (tokens.length > 1 && LATIN_SUFFIXES.has(tokens[tokens.length - 1]!)) tokens.pop();
  while (tokens.length > 1 && LATIN_REGIONS.has(tokens[0]!)) tokens.shift();
  while (tokens.length > 1 && LATIN_REGIONS.has(tokens[tokens.length - 1]!)) tokens.pop();
  return tokens.map((t) => LATIN_INDUSTRY.get(t) ?? t).join(' ');
}

/** The company's core: the name without legal form and region, lower-case. */
export function companyKey(value: CellValue): string | null {
  const folded = matchText(value);
  if (folded === null) return null;
  const unbracketed = folded.replace(BRACKETS, ' ').trim() || folded;
  const core = hasHan(unbracketed) ? stripHan(unbracketed) : stripLatin(unbracketed);
  return core || folded;
}

export function prepareCompany(key: string): PreparedCompany {
  if (hasHan(key)) {
    let brand = key;
    const industry: string[] = [];
    for (let changed = true; changed; ) {
      changed = false;
      for (const [word, english] of HAN_INDUSTRY) {
        if (brand.endsWith(word) && brand.length > word.length) {
          brand = brand.slice(0, -word.length);
          industry.push(english);
          changed = true;
        }
      }
    }
    const letters = pinyinSyllables(brand).join('');
    return { key, han: true, brand: letters, brandHash: hashString(letters), industry };
  }
  const tokens = key.split(' ');
  const canonical = new Set(LATIN_INDUSTRY.values());
  const brandTokens = tokens.filter((t) => !canonical.has(t));
  const industry = tokens.filter((t) => canonical.has(t));
  const letters = (brandTokens.length ? brandTokens : tokens).join('');
  return { key, han: false, brand: letters, brandHash: hashString(letters), industry: brandTokens.length ? industry : [] };
}

function industriesAgree(a: string[], b: string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((w) => large.includes(w));
}

export function compareCompanies(a: PreparedCompany, b: PreparedCompany): number {
  const sameBrand = a.brandHash === b.brandHash && a.brand.length >= 2 && a.brand === b.brand && industriesAgree(a.industry, b.industry);
  if (a.han !== b.han) return sameBrand ? 1 : 4;
  if (sameBrand) return 2;
  if (a.han) return Math.min(a.key.length, b.key.length) >= 4 && withinOneEdit(a.key, b.key) ? 3 : 4;
  return jaroWinkler(a.key.replace(/ /g, ''), b.key.replace(/ /g, '')) >= 0.93 ? 3 : 4;
}

/** The name as written, without case, spacing and punctuation. */
function bare(raw: string): string {
  return (matchText(raw) ?? '').replace(/[\s\p{P}\p{S}]+/gu, '');
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
      { label: 'different', m: 0.09, u: 1 },
    ],
    key: companyKey,
    prepare: prepareCompany,
    compare: compareCompanies,
    explain(level, a, b, rawA, rawB) {
      switch (level) {
        case 0:
          return bare(rawA) === bare(rawB)
            ? { similarity: 1, phrase: 'same company' }
            : { label: 'suffix-removed', similarity: 1, phrase: 'same company once legal form and region are set aside' };
        case 1:
          return { similarity: 0.9, phrase: 'same company in Chinese and English, brand in pinyin' };
        case 2:
          return { similarity: 0.85, phrase: a.key === b.key ? 'same brand' : 'same brand name, written differently' };
        case 3:
          return { similarity: 0.8, phrase: 'company names a typo apart' };
        default:
          return { similarity: 0, phrase: 'different companies' };
      }
    },
    blockKeys(p, key) {
      return p.brand.length >= 2 ? [key, `brand:${p.brand}`] : [key];
    },
  };
}
