/**
 * The sheet-level signals for reading phones, worked out once per snapshot: which column holds each
 * row's country, and the region most of the sheet's unambiguous phones and countries resolve to.
 * The majority is taken over a spread sample of at most 2,000 rows, so its cost does not grow with the sheet.
 */
import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js/max';
import type { CellValue } from '../sheet/cell-value';
import type { SheetSnapshot } from '../sheet/snapshot';
import { shownPhoneReader } from './phone-shown';
import type { HeaderMapping } from '../template/header-mapping';
import type { Template } from '../template/schema';
import { chineseScript, type ChineseScript } from './chinese-script';
import { countryColumn, regionOfCountryCell } from './country-column';
import { parsePhoneIn, phoneText, CN_MOBILE } from './phone-parse';
import { isExplicit, isTrunkWritten, splitExtension, writtenRegion } from './phone-reading';
import { groupedAs, isGrouped } from './phone-grouping';
import { labelledNumbers } from './phone-labels';
import { ListHomeTally } from './phone-list-home';
import { NATIONAL_REGIONS, TRADITIONAL_REGIONS, TYPED_MARKETS } from './phone-national-regions';
import { countryEvidence } from './sheet-country-evidence';
import { scriptCountry } from './sheet-script-country';
import { inRowMail, namesOthers, withSoleReaders } from './phone-list-evidence';

export interface PhoneSheet {
  /** The template's region. */
  home: string;
  /** The sheet's majority region (three rows or more), or `home` when no region has most of its signals. */
  sheet: string;
  /** 1-based column of each row's country, when the sheet has one. */
  countryCol?: number;
  /** The country column is a column of places (地區, Region): only the country names in it are read. */
  countryByName?: true;
  /** Other regions several of the sheet's bare numbers are valid in only (a Taiwan list's Hong Kong numbers). */
  also?: string[];
  /** The list is no team's of the home region (phone-list-home.ts): the home's numbers keep their +code too. */
  foreignList?: true;
}

const SAMPLE = 2_000;
const COUNTRY_MEMO_LIMIT = 10_000;
/** Foreign regions a bare number is tried in: the most frequent of the sheet's written ones. */
const MAX_FOREIGN = 3;
/**
 * Fewest rows that make a region the sheet's: one or two other rows say nothing about a third (one
 * +49 number beside a bare 07400 222333 would otherwise make both German, the bare one by its own vote).
 */
const MIN_MAJORITY = 3;

export function readPhoneSheet(
  values: readonly (readonly CellValue[] | undefined)[],
  mapping: HeaderMapping,
  template: Template,
  /** The sheet's number formats, where known: a phone stored as a number reads as its cell shows it (phone-shown.ts). */
  formats?: Pick<SheetSnapshot, 'columnFormats' | 'extras'>,
): PhoneSheet {
  const home = template.defaultRegion;
  const country = countryColumn(values, mapping, home);
  const byCountry = country
    ? { countryCol: country.col, ...(country.byName ? { countryByName: true as const } : {}) }
    : {};
  const kinds = new Map(template.fields.map((f) => [f.key, f.kind]));
  const phoneCols = mapping.columns.filter((c) => c.field && kinds.get(c.field) === 'phone').map((c) => c.col);
  const shown = shownPhoneReader(formats, phoneCols);
  const votes = new Map<string, number>();
  /** Numbers that say nothing alone (020 7946 0958), asked again once the sheet's foreign numbers are known. */
  const bare: string[] = [];
  /**
   * Numbers in China's trunk-0 shape that China reads (020-7946-3123): they vote for China, and are
   * asked again in the national vote, since a British or Indian list writes its own numbers so too.
   */
  const trunkShaped: string[] = [];
  /** Regions of +codes on numbers no region takes (+44 7700 900123, a drama number): evidence, not votes. */
  const codes = new Map<string, number>();
  /** Every sampled row's number, for asking how many of them the template's region reads at all. */
  const numbers: string[] = [];
  /**
   * The bare and trunk-shaped numbers the row's own e-mail domain does not settle: one it does (030
   * 1234567 beside a .de address) is that country's, and says nothing of the other rows' in the national vote.
   */
  const unsettled: string[] = [];
  const unsettledTrunk: string[] = [];
  const emailCols = mapping.columns.filter((c) => c.field && kinds.get(c.field) === 'email').map((c) => c.col);
  let voters = 0;
  const tally = new ListHomeTally(home);
  const step = Math.max(1, Math.floor((values.length - 1) / SAMPLE));
  for (let index = 1; index < values.length; index += step) {
    const row = values[index];
    if (!row) continue;
    let region = country ? regionOfCountryCell(row[country.col - 1], country.byName) : null;
    let signal = region !== null;
    if (region !== null) tally.country(region);
    else {
      for (const col of phoneCols) {
        const value = shown ? shown(row[col - 1], index + 1, col) : row[col - 1];
        if (value === null || value === undefined || value === '') continue;
        signal = true;
        if (typeof value !== 'string' && typeof value !== 'number') break;
        const base = phoneBase(value);
        numbers.push(base);
        region = phoneSignal(base, home);
        tally.number(base, region);
        const mailed = (region === null || isTrunkWritten(base)) && inRowMail(row, emailCols, base);
        if (region === null) {
          bare.push(base);
          if (!mailed) unsettled.push(base);
          const code = isExplicit(base) ? codeRegion(base) : null;
          if (code) codes.set(code, (codes.get(code) ?? 0) + 1);
        } else if (isTrunkWritten(base)) {
          trunkShaped.push(base);
          if (!mailed) unsettledTrunk.push(base);
        }
        break;
      }
    }
    if (!signal) continue;
    voters++;
    if (region) votes.set(region, (votes.get(region) ?? 0) + 1);
  }
  voteForeignOnly(bare, home, votes);
  let best = home;
  let most = 0;
  for (const [region, count] of votes)
    if (count > most || (count === most && region === home)) [best, most] = [region, count];
  // A few foreign numbers in a list of national ones do not make the sheet foreign: it takes most rows.
  let sheet = most >= MIN_MAJORITY && most * 2 > voters ? best : home;
  let script: ChineseScript | undefined;
  const scriptOf = () => (script ??= chineseScript(values, step));
  let also: string[] = [];
  let evidence: ReadonlyMap<string, number> = votes;
  const cols = (test: (field: string) => boolean) =>
    mapping.columns.filter((c) => c.field && test(c.field)).map((c) => c.col);
  const listEvidence = () =>
    countryEvidence(
      values,
      {
        emails: cols((field) => kinds.get(field) === 'email'),
        postcodes: cols((field) => field === 'postcode'),
        amounts: cols((field) => kinds.get(field) === 'money'),
      },
      step,
      withCounts(votes, codes),
    );
  // Kana or Hangul names the list's country (a Japanese team's 携帯電話 column of 090-1234-5678) where
  // no country has most of its numbers but by China's trunk-0 shape, which is Japan's and Korea's way too.
  const homeVotes = (votes.get(home) ?? 0) - (home === 'CN' ? trunkShaped.length : 0);
  const homeSettled = homeVotes >= MIN_MAJORITY && homeVotes * 2 > voters;
  const scripted = sheet === home && !homeSettled ? scriptCountry(values, step) : null;
  if (scripted !== null && scripted !== home) sheet = scripted;
  else if (sheet === home && most * 2 <= voters) {
    if (scriptOf() === 'none') {
      evidence = listEvidence();
      const national = nationalMajority([...unsettled, ...unsettledTrunk], home, evidence);
      sheet = national?.region ?? home;
      also = national?.also ?? [];
    } else if (scriptOf() === 'traditional') {
      const region = traditionalMajority(bare, home);
      sheet = region ?? home;
      also = region ? traditionalOthers(bare, sheet) : traditionalCandidates(bare);
    }
  }
  const foreignList = tally.foreign(
    sheet,
    scriptOf,
    () => [...bare, ...trunkShaped].filter((base) => parsePhoneIn(base, home)).length,
  );
  // No region has most of a list that is no team's of the template's region (a few British, Polish and
  // Japanese contacts): its bare numbers are read among the regions the list points to (phone-reading.ts),
  // not given the template region's code by default.
  if (foreignList && sheet === home && also.length === 0)
    also = withSoleReaders(listRegions(evidence, home), [...unsettled, ...unsettledTrunk], home);
  // A list most of whose numbers the template's region does not read, but one the list points to does
  // (a Japanese team's kintone export in kanji: 03-1234-5678 beside .co.jp addresses), is read among
  // the regions it points to as well: its 090-1234-5678 is a Chinese landline (0901) only by chance.
  else if (sheet === home && also.length === 0)
    also = readElsewhere(numbers, home, () => (evidence === votes ? listEvidence() : evidence));
  // A list no majority makes the template region's, in no Chinese script, whose rows' e-mail domains or
  // postcodes name other countries (a .co.uk lead beside a .co.kr one) is no more the template region's
  // than theirs: its bare numbers are read among them too, a row's e-mail domain settling its own.
  if (sheet === home && also.length === 0 && !homeSettled && scriptOf() === 'none') {
    if (evidence === votes) evidence = listEvidence();
    if (namesOthers(evidence, withCounts(votes, codes), home))
      also = withSoleReaders(listRegions(evidence, home), [...unsettled, ...unsettledTrunk], home);
  }
  return {
    home,
    sheet,
    ...(also.length > 0 ? { also } : {}),
    ...byCountry,
    ...(foreignList ? { foreignList: true as const } : {}),
  };
}

/** Whether a number is one of `region`'s: read there, and not with another country's +code. */
function readsIn(base: string, region: string): boolean {
  return parsePhoneIn(base, region)?.country === region;
}

/**
 * The regions the list points to (`evidence`, asked only when needed) that read most of its numbers
 * where the template's region reads fewer than half: none on a list the template's region reads (a
 * Chinese list with a few foreign numbers, or mostly junk: its foreign evidence reads no more of it).
 */
function readElsewhere(
  numbers: readonly string[],
  home: string,
  evidence: () => ReadonlyMap<string, number>,
): string[] {
  const sample = numbers.slice(0, NATIONAL_SAMPLE);
  if (sample.length < MIN_MAJORITY) return [];
  const homeCount = sample.filter((base) => readsIn(base, home)).length;
  if (homeCount * 2 >= sample.length) return [];
  return listRegions(evidence(), home).filter((region) => {
    const count = sample.filter((base) => readsIn(base, region)).length;
    return count >= MIN_MAJORITY && count * 2 > sample.length && count > homeCount;
  });
}

/** Most regions a list without a home is read among: enough for a few countries' contacts. */
const MAX_LIST_REGIONS = 4;

/** The regions other than `home` a list's +codes, countries, e-mail domains and postcodes name, most named first. */
function listRegions(evidence: ReadonlyMap<string, number>, home: string): string[] {
  return [...evidence]
    .filter(([region]) => region !== home)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_LIST_REGIONS)
    .map(([region]) => region);
}

/**
 * A bare number no reading in the template's region takes but one in a region the sheet's other
 * numbers are written in does (a British list: 0161 234 5678 beside +44 20 7946 0958) votes for
 * that region. One valid both ways (020 7946 0958 is London and Guangzhou) still votes for neither.
 */
function voteForeignOnly(bare: string[], home: string, votes: Map<string, number>): void {
  const foreign = [...votes.entries()]
    .filter(([region]) => region !== home)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_FOREIGN)
    .map(([region]) => region);
  if (foreign.length === 0) return;
  for (const base of bare) {
    if (parsePhoneIn(base, home)) continue;
    let region: string | null = null;
    let e164 = '';
    for (const candidate of foreign) {
      const parsed = parsePhoneIn(base, candidate);
      if (!parsed || parsed.e164 === e164) continue;
      if (region !== null) {
        region = null; // two foreign readings: no vote
        break;
      }
      [region, e164] = [candidate, parsed.e164];
    }
    if (region !== null) votes.set(region, votes.get(region)! + 1);
  }
}

/** How a country groups its national numbers where another reads the same digits: a British mobile. */
const GROUPED: Readonly<Record<string, RegExp>> = { GB: /^07\d{3} \d{6}$/ };

/** The region of a +code's country (+44: GB) among the English-speaking ones, or null. */
function codeRegion(base: string): string | null {
  const code = /^\+(\d{1,3})/.exec(base.replace(/[\s\-().]/g, ''))?.[1];
  if (!code) return null;
  return NATIONAL_REGIONS.find((region) => code.startsWith(getCountryCallingCode(region as CountryCode))) ?? null;
}

function withCounts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> {
  const sum = new Map(a);
  for (const [region, count] of b) sum.set(region, (sum.get(region) ?? 0) + count);
  return sum;
}

/** Bare numbers the national vote reads: enough to tell the regions apart, few enough to stay quick. */
const NATIONAL_SAMPLE = 300;
/** Share of the numbers by which two regions' counts may differ and still say nothing between them. */
const NEAR_SHARE = 0.1;

/**
 * The region a list written with national numbers only is in, when it is not in Chinese (a UK sign-up
 * sheet: 07123 456789, 020 7946 0958): of the regions that read most of its bare numbers (the
 * template's takes part, but a tie with it goes to the other: 020 7946 0958 is Guangzhou too, yet
 * nothing else in the list is Chinese), the one the rest of the list points to (`countryEvidence`).
 * Where nothing does, the region that reads clearly more numbers; two that read about as many (07911
 * 123456 is a British and an Indian mobile, and one number only India reads says nothing of the rest)
 * leave the numbers both read ambiguous (`also`), the sheet's the larger market's (NATIONAL_REGIONS'
 * order), so a number only the other reads is not moved to its country.
 */
function nationalMajority(
  bare: readonly string[],
  home: string,
  evidence: ReadonlyMap<string, number>,
): { region: string; also?: string[] } | null {
  const sample = bare.slice(0, NATIONAL_SAMPLE);
  const counts = new Map<string, number>();
  const regions = NATIONAL_REGIONS.includes(home) ? NATIONAL_REGIONS : [...NATIONAL_REGIONS, home];
  for (const base of sample) {
    const readings = regions.map((region) => [region, parsePhoneIn(base, region)] as const);
    // A number typed as a market outside the candidates groups its own (0711 123456 as Stuttgart's,
    // 044 123 45 67 as Zürich's) and as none of them does, or typed as bare digits after a trunk 0
    // that such a market reads too (0711123456), says nothing for those that read it only by its
    // digits: otherwise a German list's numbers, all valid in South Africa too, make it South African.
    const alike = isGrouped(base) && readings.some(([, parsed]) => parsed && groupedAs(base, parsed.national));
    if (!alike && typedAsElsewhere(base, regions)) continue;
    for (const [region, parsed] of readings) if (parsed) counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  const homeCount = counts.get(home) ?? 0;
  const order = (region: string) => NATIONAL_REGIONS.indexOf(region);
  const said = (region: string) => evidence.get(region) ?? 0;
  const qualified = [...counts]
    .filter(([region, count]) => region !== home && count >= MIN_MAJORITY && count * 2 > sample.length)
    .filter(([, count]) => count >= homeCount);
  // A list most of whose rows say it is one country's (.co.uk addresses, KT1 1AA postcodes) is that
  // country's even where another reads more of its numbers: Ofcom's drama mobiles (07700 900123) are
  // India's to libphonenumber, never Britain's, and no code the list does not support is given.
  const named = [...evidence].filter(([region]) => regions.includes(region) && region !== home);
  const [told, toldCount] = named.sort((a, b) => b[1] - a[1])[0] ?? [home, 0];
  const unique = toldCount > 0 && !named.some(([region, count]) => region !== told && count === toldCount);
  const strong = toldCount >= MIN_MAJORITY && toldCount * 2 > sample.length;
  // Fewer rows say so, but the numbers are grouped as that country groups them (07700 900456 is
  // British; India writes 77009 00456): still that country's, not the one only libphonenumber reads.
  const grouped = GROUPED[told]?.test.bind(GROUPED[told]);
  const shaped = grouped !== undefined && sample.filter((base) => grouped(base)).length * 2 > sample.length;
  if (unique && (strong || shaped) && !qualified.some(([region]) => said(region) > 0)) return { region: told };
  if (qualified.length === 0) return null;
  const mostSaid = Math.max(...qualified.map(([region]) => said(region)));
  const pointed = qualified.filter(([region]) => said(region) === mostSaid);
  const most = Math.max(...pointed.map(([, count]) => count));
  const near = pointed
    .filter(([, count]) => count >= most - Math.max(1, Math.ceil(sample.length * NEAR_SHARE)))
    .sort((a, b) => order(a[0]) - order(b[0]))
    .map(([region]) => region);
  const [region, ...also] = near;
  return also.length === 0 ? { region: region! } : { region: region!, also };
}

/**
 * Whether a market outside `regions` reads a number as its own: a grouped one written with the groups
 * it is typed in, or bare digits after a trunk 0 that are its national number (0711123456).
 */
function typedAsElsewhere(base: string, regions: readonly string[]): boolean {
  const grouped = isGrouped(base);
  const digits = base.replace(/\D/g, '');
  if (!grouped && !/^0[1-9]\d{7,}$/.test(digits)) return false;
  return TYPED_MARKETS.some((region) => {
    if (regions.includes(region)) return false;
    const parsed = parsePhoneIn(base, region);
    if (parsed === null) return false;
    return grouped ? groupedAs(base, parsed.national) : parsed.national.replace(/\D/g, '') === digits;
  });
}

/**
 * The one traditional-script region most of a list's bare numbers are valid in (a Hong Kong list's
 * 9123 4567, a Taiwan list's 0912-345-678), read more often there than in any other such region or
 * the template's. Hong Kong reads a Macau list's 6612 3456 and 2838 3333 alike: no region then.
 */
function traditionalMajority(bare: readonly string[], home: string): string | null {
  const sample = bare.slice(0, NATIONAL_SAMPLE);
  const counts = new Map<string, number>();
  for (const base of sample)
    for (const region of [...TRADITIONAL_REGIONS, home])
      if (parsePhoneIn(base, region)) counts.set(region, (counts.get(region) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[0] === home || (second && second[1] === first[1])) return null;
  return first[1] >= MIN_MAJORITY && first[1] * 2 > sample.length ? first[0] : null;
}

/**
 * The traditional-script regions other than the sheet's that several bare numbers are valid in and the
 * sheet's region is not (9123 4567 in a Taiwan list): the list mixes them, so a number both read is ambiguous.
 */
function traditionalOthers(bare: readonly string[], sheet: string): string[] {
  const sample = bare.slice(0, NATIONAL_SAMPLE);
  return TRADITIONAL_REGIONS.filter(
    (region) =>
      region !== sheet &&
      sample.filter((base) => parsePhoneIn(base, region) && !parsePhoneIn(base, sheet)).length >= MIN_MAJORITY,
  );
}

/**
 * The traditional-script regions any bare number of a list with no such majority is valid in (a Taiwan
 * shop's list with one Hong Kong and one Macau customer): its numbers are read among them.
 */
function traditionalCandidates(bare: readonly string[]): string[] {
  const sample = bare.slice(0, NATIONAL_SAMPLE);
  return TRADITIONAL_REGIONS.filter((region) => sample.some((base) => parsePhoneIn(base, region)));
}

/** A phone cell's text without its extension; of a cell of labelled numbers (Phone:… Mobile:…), its first. */
function phoneBase(value: CellValue): string {
  const text = String(value);
  const first = typeof value === 'string' ? labelledNumbers(text)?.[0]?.number : undefined;
  return splitExtension(phoneText(first ?? text))[0];
}

/** The region a phone cell's number alone says it belongs to, or null when it does not say (bare digits). */
function phoneSignal(base: string, home: string): string | null {
  if (isExplicit(base)) return parsePhoneIn(base, home)?.country ?? null;
  const written = writtenRegion(base);
  // 0161-496-1000 is written the Chinese way but is no Chinese number: it says nothing of China.
  if (isTrunkWritten(base) && !parsePhoneIn(base, 'CN')) return null;
  return written ?? (CN_MOBILE.test(base) ? 'CN' : null);
}

/** Reads a row's country cell, remembering the few distinct values a country column holds. */
export function rowRegionReader(sheet: PhoneSheet): (row: readonly CellValue[] | undefined) => string | null {
  const col = sheet.countryCol;
  if (!col) return () => null;
  const memo = new Map<CellValue, string | null>();
  return (row) => {
    const value = row?.[col - 1] ?? null;
    if (value === null || value === '') return null;
    let region = memo.get(value);
    if (region === undefined) {
      region = regionOfCountryCell(value, sheet.countryByName);
      if (memo.size < COUNTRY_MEMO_LIMIT) memo.set(value, region);
    }
    return region;
  };
}
