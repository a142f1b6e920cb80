/**
 * A Chinese place typed without spaces (安徽省合肥市蜀山区长江西路123号, as 钉钉 and 企业微信 lists hold
 * addresses) read as province, city and the rest, only where the suffixes leave one reading: a province
 * ending 省 or 自治区 that the region field lists, or a municipality (北京市, 上海市, 天津市, 重庆市) whose
 * city it is; then a city ending 市, 自治州, 地区 or 盟. Anything else is no split: 浙江杭州市 names no
 * province by its suffix (海南藏族自治州 is in 青海, not 海南), and 吉林市 is a city, not 吉林省.
 */
import { foldHeader } from '../template/header-words';

export interface PlaceRun {
  /** 安徽省, 北京市: as typed. */
  province: string;
  /** 合肥市; a municipality's own name (北京市). */
  city: string;
  /** The district and street after the city (蜀山区长江西路123号), as typed; '' when none. */
  rest: string;
}

const MUNICIPALITIES = ['北京市', '上海市', '天津市', '重庆市', '重慶市'];

/** A municipality by its name with or without 市 (上海, 上海市): its own city, named with 市; else undefined. */
export function municipalityOf(text: string): string | undefined {
  const name = text.trim();
  return MUNICIPALITIES.find((m) => name === m || name === m.slice(0, -1));
}
/** A province by its suffix: the shortest run of Han characters up to 省 or 自治区. */
const PROVINCE = /^\p{Script=Han}{2,8}?(?:省|自治区|自治區)/u;
/** A city by its suffix, two to eight characters before it, none of them a district's or a street's. */
const CITY = /^(\p{Script=Han}{2,8}?)(?:市|自治州|地区|地區|盟)/u;
const NOT_IN_CITY = /[省区區县縣旗镇鎮乡鄉街路道号號村]/u;

/** The run's province, city and rest, or null when the text does not start with both unambiguously. */
export function splitPlaceRun(text: string, provinces: ReadonlySet<string>): PlaceRun | null {
  // 淘宝 writes a municipality as province and city: 上海 上海市 浦东新区 ….
  const twice = /^(\p{Script=Han}{2})\s+(\p{Script=Han}{3})(?=\s|$)/u.exec(text.trim());
  const trimmed =
    twice && municipalityOf(twice[1]!) !== undefined && municipalityOf(twice[1]!) === twice[2]
      ? text.trim().slice(twice[1]!.length).trimStart()
      : text.trim();
  const municipality = MUNICIPALITIES.find((m) => trimmed.startsWith(m));
  if (municipality) {
    // 北京市北京市朝阳区 and 北京市市辖区 repeat the municipality as its city.
    const rest = trimmed.slice(municipality.length).replace(new RegExp(`^(?:${municipality}|市辖区)`, 'u'), '');
    return { province: municipality, city: municipality, rest: rest.trim() };
  }
  const province = PROVINCE.exec(trimmed)?.[0];
  if (!province || !provinces.has(foldHeader(province))) return null;
  const after = trimmed.slice(province.length).trimStart();
  const city = CITY.exec(after);
  if (!city || NOT_IN_CITY.test(city[1]!)) return null;
  return { province, city: city[0], rest: after.slice(city[0].length).trim() };
}
