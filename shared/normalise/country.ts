/**
 * Country cells ("USA", "美国", "United Kingdom", "CN", "+1", "86") read as the ISO 3166 region a
 * phone number of that row belongs to. ISO codes and calling codes come from libphonenumber's
 * metadata; names from a small bilingual table plus the runtime's Intl region names when it has them.
 */
import { getCountries, getCountryCallingCode, isSupportedCountry } from 'libphonenumber-js/max';
import { simplifiedHan } from '../dedupe/simplified';
import type { CellValue } from '../sheet/cell-value';

/** Names and codes people type that Intl's region names do not give (abbreviations, old and short names). */
const NAMES: Record<string, string[]> = {
  US: ['USA', 'U.S.A.', 'U.S.', 'United States', 'United States of America', 'America', '美国', '美國', '美利坚合众国'],
  GB: [
    'UK',
    'U.K.',
    'United Kingdom',
    'Great Britain',
    'Britain',
    'England',
    'Scotland',
    'Wales',
    'GBR',
    '英国',
    '英國',
  ],
  CN: [
    'China',
    'PRC',
    "People's Republic of China",
    'Mainland China',
    'China Mainland',
    'CHN',
    '中国',
    '中國',
    '中国大陆',
    '大陆',
    '内地',
    '中华人民共和国',
  ],
  HK: ['Hong Kong', 'Hongkong', 'Hong Kong SAR', 'HKG', '香港', '中国香港', '香港特别行政区'],
  MO: ['Macau', 'Macao', '澳门', '中国澳门', '澳门特别行政区'],
  TW: ['Taiwan', 'TWN', '台湾', '臺灣', '中国台湾'],
  SG: ['Singapore', 'SGP', '新加坡'],
  JP: ['Japan', 'JPN', '日本'],
  KR: ['Korea', 'South Korea', 'Republic of Korea', 'KOR', '韩国', '南韩'],
  CA: ['Canada', 'CAN', '加拿大'],
  AU: ['Australia', 'AUS', '澳大利亚', '澳洲'],
  NZ: ['New Zealand', 'NZL', '新西兰'],
  DE: ['Germany', 'DEU', '德国'],
  FR: ['France', 'FRA', '法国'],
  IT: ['Italy', 'ITA', '意大利'],
  ES: ['Spain', 'ESP', '西班牙'],
  NL: ['Netherlands', 'Holland', 'NLD', '荷兰'],
  CH: ['Switzerland', 'CHE', '瑞士'],
  RU: ['Russia', 'RUS', '俄罗斯'],
  IN: ['India', 'IND', '印度'],
  MY: ['Malaysia', 'MYS', '马来西亚'],
  TH: ['Thailand', 'THA', '泰国'],
  VN: ['Vietnam', 'Viet Nam', 'VNM', '越南'],
  ID: ['Indonesia', 'IDN', '印度尼西亚', '印尼'],
  PH: ['Philippines', 'PHL', '菲律宾'],
  AE: ['UAE', 'United Arab Emirates', 'ARE', '阿联酋'],
  BR: ['Brazil', 'BRA', '巴西'],
  MX: ['Mexico', 'MEX', '墨西哥'],
  IE: ['Ireland', 'IRL', '爱尔兰'],
};

/** Header texts (folded) of a column holding each row's country. */
const HEADERS = new Set(
  [
    'country',
    'countryregion',
    'countryorregion',
    'countrycode',
    'nation',
    'nationality',
    'countryname',
    '国家',
    '国家地区',
    '国家/地区',
    '国别',
    '国籍',
    '国家或地区',
    '所在国家',
    // German, French, Spanish, Portuguese and Italian lists: Land, Pays, País, Paese.
    'land',
    'pays',
    'país',
    'pais',
    'paese',
  ].map(foldCountryKey),
);

let table: Map<string, string> | undefined;

/** Folded for lookup; traditional characters as simplified, so 台灣, 澳門 and 香港特別行政區 are found. */
export function foldCountryKey(text: string): string {
  return simplifiedHan(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\s_\-.·:：/\\'"’()（）]+/g, '');
}

function buildTable(): Map<string, string> {
  const names = new Map<string, string>();
  const add = (name: string, region: string) => {
    const key = foldCountryKey(name);
    if (key !== '' && !names.has(key)) names.set(key, region);
  };
  for (const [region, list] of Object.entries(NAMES)) for (const name of list) add(name, region);
  const regions = getCountries();
  for (const region of regions) add(region, region);
  // Lists from German, French, Spanish, Portuguese and Italian teams name countries in their own
  // language (Deutschland, Schweiz, México, Brasil): read after English and Chinese, which win a clash.
  for (const locale of ['en', 'zh-CN', 'de', 'fr', 'es', 'pt', 'it']) {
    // Intl region names cover every ISO code in each language where the runtime ships ICU data.
    let display: Intl.DisplayNames | undefined;
    try {
      display =
        typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([locale], { type: 'region' }) : undefined;
    } catch {
      display = undefined;
    }
    if (!display) continue;
    for (const region of regions) {
      const name = display.of(region);
      if (name && name !== region) add(name, region);
    }
  }
  return names;
}

/** The calling code's main region: +1 -> US, +44 -> GB, 86 -> CN (libphonenumber lists the main one first). */
const MAIN_REGION: Record<string, string> = { 1: 'US', 7: 'RU', 44: 'GB', 212: 'MA', 358: 'FI', 590: 'GP', 599: 'CW' };
const mainRegionOfCode = new Map<string, string>();
function regionOfCallingCode(code: string): string | null {
  if (mainRegionOfCode.size === 0) {
    for (const region of getCountries()) {
      const calling = getCountryCallingCode(region);
      if (!mainRegionOfCode.has(calling)) mainRegionOfCode.set(calling, region);
    }
    // Alphabetical order would pick a small territory for a shared code.
    for (const [calling, region] of Object.entries(MAIN_REGION)) mainRegionOfCode.set(calling, region);
  }
  return mainRegionOfCode.get(code) ?? null;
}

/** The region a country cell names, or null when it names none (blank, unknown, ambiguous text). */
export function regionOfCountry(value: CellValue | undefined): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).normalize('NFKC').trim();
  if (text === '' || text.length > 60) return null;
  const code = /^(?:\+|00)?\s*(\d{1,3})$/.exec(text);
  if (code) return regionOfCallingCode(code[1]!);
  table ??= buildTable();
  const region = table.get(foldCountryKey(text));
  return region && isSupportedCountry(region) ? region : null;
}

/** Whether a header names a country column (Country, 国家, 国家/地区, Country Code, 国籍 …). */
export function isCountryHeader(header: string): boolean {
  return HEADERS.has(foldCountryKey(header));
}
