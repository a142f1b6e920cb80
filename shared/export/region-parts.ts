/**
 * The parts of one region cell as a CRM's address takes them. 有赞 and other platforms write province,
 * city and district in one cell (安徽省 合肥市 蜀山区, 北京市 北京市 朝阳区): the province is the State,
 * the city the City, the district goes before the street. 香港, 澳門 and 台灣 (by those names, not 台湾省)
 * are the address's country or region, not a province: the Country column takes them, as typed, where
 * the row has no country of its own. A cell typed without spaces (安徽省合肥市蜀山区) splits the same
 * way where its suffixes leave one reading (normalise/place-run.ts).
 */
import { cellText, type CellValue } from '../sheet/cell-value';
import { foldHeader } from '../template/header-mapping';
import type { Field } from '../template/schema';
import { municipalityOf, splitPlaceRun, type PlaceRun } from '../normalise/place-run';
import { provinceNames } from '../normalise/region-places';
export { isStateName } from '../normalise/state-names';

export interface RegionParts {
  /** The province (安徽省), or the whole cell when it does not split. */
  state: string;
  city: string;
  district: string;
  /** 香港, 台灣, 澳门: the cell names a country or region of its own. */
  country: string;
}

const COUNTRY_FORMS = new Set(
  [
    '香港',
    '香港特别行政区',
    '香港特區',
    '香港特別行政區',
    '澳门',
    '澳門',
    '澳门特别行政区',
    '澳門特別行政區',
    '台湾',
    '台灣',
    '臺灣',
    'Hong Kong',
    'Hong Kong SAR',
    'Macau',
    'Macao',
    'Macao SAR',
    'Taiwan',
  ].map(foldHeader),
);

const SEPARATORS = /[\s/／|｜,，、]+/;
const HAN = /^\p{Script=Han}+$/u;
const CITY = /(?:市|州|盟|地区)$/u;
const DISTRICT = /(?:区|县|旗|镇|區|縣|鎮)$/u;

/** The first part of a region cell (安徽省 of 安徽省 合肥市 蜀山区 or 安徽省合肥市), for telling provinces from cities. */
export function firstRegionPart(text: string, provinces: ReadonlySet<string>): string {
  const parts = text.trim().split(SEPARATORS);
  if (parts.length >= 2 && parts.length <= 3 && parts.every((p) => HAN.test(p))) return parts[0]!;
  return runInRegion(text.trim(), provinces)?.province ?? text.trim();
}

/** A region cell typed without spaces that names more than its province: 安徽省合肥市, 北京市朝阳区 (not 北京市 alone). */
function runInRegion(text: string, provinces: ReadonlySet<string>): PlaceRun | null {
  if (!HAN.test(text)) return null;
  const run = splitPlaceRun(text, provinces);
  return run && (run.rest !== '' || run.city !== run.province) ? run : null;
}

/** A region cell's parts; null when blank. */
export function regionParts(value: CellValue, provinces: ReadonlySet<string>): RegionParts | null {
  const text = cellText(value).trim();
  if (text === '') return null;
  if (COUNTRY_FORMS.has(foldHeader(text))) return { state: '', city: '', district: '', country: text };
  const parts = text.split(SEPARATORS);
  if (parts.length === 1) {
    const run = runInRegion(text, provinces);
    return { state: run?.province ?? text, city: run?.city ?? '', district: run?.rest ?? '', country: '' };
  }
  if (parts.length > 3 || !parts.every((p) => HAN.test(p)) || !provinces.has(foldHeader(parts[0]!)))
    return { state: text, city: '', district: '', country: '' };
  const [state, second, third] = parts as [string, string, string | undefined];
  // 北京市 北京市 朝阳区, 安徽省 合肥市 蜀山区; 上海市 浦东新区 names a district of the municipality,
  // which is its own city (as 上海市浦东新区 typed without spaces reads: normalise/place-run.ts).
  const inDistrict = DISTRICT.test(second) && !CITY.test(second);
  const city = inDistrict ? (municipalityOf(state) ?? '') : second;
  const district = third ?? (inDistrict ? second : '');
  return { state, city, district, country: '' };
}

const MEMO_LIMIT = 50_000;

/**
 * The region column's cells when it is the State column: each row's parts, and what the column holds
 * over all its rows (so the CRM's City, Country and street columns are written where they take any).
 */
export class RegionCells {
  private readonly provinces: Set<string>;
  private readonly byText = new Map<string, RegionParts | null>();
  readonly holds = { states: false, cities: false, districts: false, countries: false };

  constructor(
    values: readonly (readonly CellValue[])[],
    readonly col: number,
    field: Field,
    private readonly countryCols: readonly number[],
  ) {
    this.provinces = provinceNames(field);
    for (let r = 1; r < values.length; r++) {
      const row = values[r] ?? [];
      const parts = this.parts(row);
      if (!parts) continue;
      if (parts.state) this.holds.states = true;
      if (parts.city) this.holds.cities = true;
      if (parts.district) this.holds.districts = true;
      if (this.country(row)) this.holds.countries = true;
      else if (parts.country) this.holds.states = true;
    }
  }

  parts(row: readonly CellValue[]): RegionParts | null {
    const cell = row[this.col - 1] ?? null;
    if (typeof cell !== 'string') return regionParts(cell, this.provinces);
    // Lists repeat their places: each distinct cell is read once.
    let parts = this.byText.get(cell);
    if (parts === undefined) {
      parts = regionParts(cell, this.provinces);
      if (this.byText.size < MEMO_LIMIT) this.byText.set(cell, parts);
    }
    return parts;
  }

  /** The row's region as its country (香港, 臺灣), where the row has no country of its own; else ''. */
  country(row: readonly CellValue[]): string {
    const parts = this.parts(row);
    if (!parts?.country) return '';
    return this.countryCols.some((c) => cellText(row[c - 1] ?? null).trim() !== '') ? '' : parts.country;
  }
}
