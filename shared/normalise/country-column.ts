/**
 * The column holding each row's country, for reading its phones: the template's country field, a
 * header that names a country (Country, 国家/地区), else a column of places (地區, 区域, 所在地, Region,
 * Location) whose values name countries and regions (香港, 臺灣, Singapore) among places of the sheet's own
 * (广东, 上海市, 九龍), which name no country: their rows are read as the sheet reads them.
 */
import type { CellValue } from '../sheet/cell-value';
import type { HeaderMapping } from '../template/header-mapping';
import { foldCountryKey, isCountryHeader, regionOfCountry } from './country';

export interface CountryColumn {
  col: number;
  /** A place column: only country names in it are read, not codes (CA, GA and IN in a State column are no countries). */
  byName?: true;
}

/** Header texts (folded) of a column of places, read as countries when its values name them. */
const PLACE_HEADERS = new Set(
  ['地区', '所在地区', '区域', '所在区域', '地域', '所在地', 'region', 'location', 'area'].map(foldCountryKey),
);

/**
 * Parts of regions a 地区 column or an address's start names instead of the region (台北 for 臺灣, 九龙 or
 * 尖沙咀 for 香港): Taiwan's cities and counties, Hong Kong's areas, districts and well-known
 * neighbourhoods, Macau's islands and parishes, in both scripts (folded to simplified) and English.
 * Only names no mainland or other place shares: 沙田 and 湾仔 are Dongguan's and Zhuhai's too, 大埔 is
 * a Meizhou county, 西贡 is Saigon, Central and Aberdeen are anywhere (phone-row-place.ts reads a few
 * of those at an address's start). Read with a 市, 縣 or 區 after them.
 */
const PLACES_OF: Record<string, readonly string[]> = {
  TW: [
    ...['台北', '新北', '桃园', '台中', '台南', '高雄', '基隆', '新竹', '嘉义', '苗栗', '彰化', '南投', '云林'],
    ...['屏东', '宜兰', '花莲', '台东', '澎湖', '金门', '马祖', '连江'],
    ...['Taipei', 'New Taipei', 'Taoyuan', 'Taichung', 'Tainan', 'Kaohsiung', 'Keelung', 'Hsinchu', 'Chiayi'],
    ...['Changhua', 'Pingtung', 'Yilan', 'Hualien', 'Taitung'],
  ],
  HK: [
    ...['九龙', '新界', '港岛', '香港岛', 'Kowloon', 'New Territories', 'Hong Kong Island'],
    ...['尖沙咀', '尖东', '旺角', '油麻地', '佐敦', '深水埗', '荔枝角', '大角咀', '九龙城', '九龙塘'],
    ...['红磡', '土瓜湾', '何文田', '黄大仙', '钻石山', '新蒲岗', '九龙湾', '观塘', '将军澳', '铜锣湾', '西营盘'],
    ...['坚尼地城', '鲗鱼涌', '太古城', '筲箕湾', '香港仔', '鸭脷洲', '薄扶林', '跑马地', '荃湾', '葵芳', '青衣'],
    ...['屯门', '元朗', '天水围', '粉岭', '大屿山'],
    ...['Tsim Sha Tsui', 'Tsimshatsui', 'Mong Kok', 'Mongkok', 'Yau Ma Tei', 'Sham Shui Po', 'Cheung Sha Wan'],
    ...['Lai Chi Kok', 'Tai Kok Tsui', 'Kowloon City', 'Kowloon Tong', 'Hung Hom', 'To Kwa Wan', 'Ho Man Tin'],
    ...['Wong Tai Sin', 'San Po Kong', 'Kowloon Bay', 'Ngau Tau Kok', 'Kwun Tong', 'Yau Tong', 'Tseung Kwan O'],
    ...['Causeway Bay', 'Wan Chai', 'Wanchai', 'Sheung Wan', 'Sai Ying Pun', 'Kennedy Town', 'North Point'],
    ...['Quarry Bay', 'Shau Kei Wan', 'Chai Wan', 'Ap Lei Chau', 'Pok Fu Lam', 'Repulse Bay', 'Sha Tin'],
    ...['Shatin', 'Tai Wai', 'Ma On Shan', 'Tsuen Wan', 'Kwai Chung', 'Kwai Fong', 'Tsing Yi', 'Tuen Mun'],
    ...['Yuen Long', 'Tin Shui Wai', 'Sheung Shui', 'Fanling', 'Tai Po', 'Sai Kung', 'Tung Chung', 'Lantau'],
  ],
  MO: [
    ...['氹仔', '路环', '路氹', '澳门半岛', '花地玛堂', '风顺堂', '望德堂', '圣安多尼堂', '黑沙环', '筷子基'],
    ...['Taipa', 'Coloane', 'Cotai'],
  ],
};
const PLACE_REGIONS = new Map(
  Object.entries(PLACES_OF).flatMap(([region, places]) => places.map((place) => [foldCountryKey(place), region])),
);
/** What follows a city's or district's name: 台北市, 宜蘭縣, 九龍區 (folded to simplified). */
const PLACE_SUFFIX = /(?:市|县|区|city|county|district)$/;

/** The region a part of it names (台北市, 九龍), or null. */
function regionOfPart(text: string): string | null {
  const key = foldCountryKey(text);
  return PLACE_REGIONS.get(key) ?? PLACE_REGIONS.get(key.replace(PLACE_SUFFIX, '')) ?? null;
}

/** Country names that also name a part of a country (Georgia, a US state): in a place column they say neither. */
const PLACE_NAMES = new Set(['georgia'].map(foldCountryKey));
const CODE = /^(?:[a-z]{2,3}|\+?\d{1,4})$/i;
const LATIN = /[a-z]/i;
const SAMPLE = 2_000;
/** Distinct places a sample of a column of places holds at most (provinces, cities) for the rest to be read. */
const FEW_PLACES = 1_000;
/** Distinct places read at most over the whole column. */
const MAX_PLACES = 10_000;

/** The region a place names when it is a country's or region's name (香港, Singapore) or a part of one (台北, 九龍), else null. */
export function regionOfPlace(value: CellValue | undefined): string | null {
  if (typeof value !== 'string') return null;
  const text = value.normalize('NFKC').trim();
  if (CODE.test(text) || PLACE_NAMES.has(foldCountryKey(text))) return null;
  return regionOfCountry(text) ?? regionOfPart(text);
}

/** The region a cell of the country column names, read as that column is read. */
export function regionOfCountryCell(value: CellValue | undefined, byName?: boolean): string | null {
  return byName ? regionOfPlace(value) : regionOfCountry(value);
}

/** `home`: the template's region, which a column of places naming it alone says nothing about. */
export function countryColumn(
  values: readonly (readonly CellValue[] | undefined)[],
  mapping: HeaderMapping,
  home: string,
): CountryColumn | undefined {
  const named =
    mapping.columns.find((c) => c.field === 'country') ??
    mapping.columns.find((c) => c.header && isCountryHeader(c.header));
  if (named) return { col: named.col };
  for (const column of mapping.columns) {
    const place =
      column.field === 'region' || (column.header !== '' && PLACE_HEADERS.has(foldCountryKey(column.header)));
    if (place && namesCountries(values, column.col, home)) return { col: column.col, byName: true };
  }
  return undefined;
}

/**
 * Whether a column of places names countries: some value names a region other than the template's
 * (a mainland list's provinces, or 中国 alone, say nothing the sheet does not), and the Latin-script
 * values that name none are no more than those that do (a US list's cities, one of them Lebanon, are
 * no countries). The rows between the sampled ones are read too when the sample names no other region
 * and the column repeats a few places: ten 香港 rows among 100,000 of provinces may fall between them.
 */
function namesCountries(values: readonly (readonly CellValue[] | undefined)[], col: number, home: string): boolean {
  const memo = new Map<string, string | null>();
  const regionAt = (index: number): string | null | undefined => {
    const value = values[index]?.[col - 1];
    if (typeof value !== 'string' || value.trim() === '') return undefined;
    let region = memo.get(value);
    if (region === undefined) {
      region = regionOfPlace(value);
      memo.set(value, region);
    }
    return region;
  };
  let countries = 0;
  let otherLatin = 0;
  let abroad = false;
  const step = Math.max(1, Math.floor((values.length - 1) / SAMPLE));
  for (let index = 1; index < values.length; index += step) {
    const region = regionAt(index);
    if (region === undefined) continue;
    if (region !== null) {
      countries++;
      abroad ||= region !== home;
    } else if (LATIN.test(String(values[index]![col - 1]))) otherLatin++;
  }
  if (abroad || step === 1 || otherLatin > countries || memo.size > FEW_PLACES)
    return abroad && otherLatin <= countries;
  for (let index = 1; index < values.length && memo.size <= MAX_PLACES; index++) {
    const region = regionAt(index);
    if (region && region !== home) return true;
  }
  return false;
}
