/**
 * The area code a row's place suggests for a landline typed without it (62556677 on a row whose
 * address is in 北京): the city its address begins with (after 中国 and a province) or its city column
 * names. Only a suggestion for the message: the address may be the company's and the line elsewhere,
 * so nothing adds the code. The table holds the cities customer lists name most (every provincial
 * capital and the large prefecture cities); a place it does not hold suggests nothing.
 */
import type { CellValue } from '../sheet/cell-value';
import type { HeaderMapping } from '../template/header-mapping';
import { foldHeader } from '../template/header-words';
import { parsePhoneIn, phoneText } from './phone-parse';
import { splitExtension } from './phone-reading';

// "<city> <area code>", by region. Hainan dials 0898 across the island; 长沙, 株洲 and 湘潭 share 0731.
const AREA_CODES = [
  '北京 010|上海 021|天津 022|重庆 023|广州 020|深圳 0755|东莞 0769|佛山 0757|珠海 0756|中山 0760|惠州 0752|汕头 0754|江门 0750',
  '南京 025|苏州 0512|无锡 0510|常州 0519|南通 0513|扬州 0514|徐州 0516',
  '杭州 0571|宁波 0574|温州 0577|嘉兴 0573|湖州 0572|绍兴 0575|金华 0579|台州 0576',
  '合肥 0551|芜湖 0553|福州 0591|厦门 0592|泉州 0595|南昌 0791',
  '济南 0531|青岛 0532|烟台 0535|潍坊 0536|郑州 0371|洛阳 0379',
  '武汉 027|宜昌 0717|襄阳 0710|长沙 0731|株洲 0731|湘潭 0731',
  '石家庄 0311|保定 0312|唐山 0315|太原 0351|呼和浩特 0471',
  '沈阳 024|大连 0411|长春 0431|哈尔滨 0451',
  '成都 028|贵阳 0851|昆明 0871|拉萨 0891|南宁 0771|桂林 0773|海口 0898|三亚 0898',
  '西安 029|兰州 0931|西宁 0971|银川 0951|乌鲁木齐 0991',
].flatMap((line) => line.split('|').map((pair) => pair.split(' ') as [city: string, code: string]));
const CODE_OF = new Map(AREA_CODES);
const LONGEST_CITY = Math.max(...AREA_CODES.map(([city]) => city.length));

/** A province before the city in an address (广东省深圳市, 四川成都): written with or without 省 or 自治区. */
const PROVINCE =
  /^(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾)省?|^(?:内蒙古|广西(?:壮族)?|西藏|宁夏(?:回族)?|新疆(?:维吾尔)?)(?:自治区)?/;
/** A city column's header, left unmapped beside 省 and 区 (纷享销客's 省, 市, 区): 市, 城市, 所在城市, City. */
const CITY_HEADER = /^(?:所在|所属)?(?:城市|市|地市)(?:名称)?$|^city$/;

export interface AreaCode {
  city: string;
  code: string;
}

/** The city a place begins with (北京市朝阳区…, 广东省深圳市南山区…, 成都市, 成都) and its area code, or null. */
export function areaCodeOf(value: CellValue | undefined): AreaCode | null {
  if (typeof value !== 'string') return null;
  const text = value.trim().replace(/^中国/, '').replace(PROVINCE, '');
  for (let length = Math.min(LONGEST_CITY, text.length); length >= 2; length--) {
    const city = text.slice(0, length);
    const code = CODE_OF.get(city);
    if (code) return { city, code };
  }
  return null;
}

/**
 * The area code a row's address, region or city column suggests, or null where they name none or
 * two that differ (the row does not say which is the line's).
 */
export function rowAreaCodeReader(mapping: HeaderMapping): (row: readonly CellValue[] | undefined) => AreaCode | null {
  const cols = mapping.columns
    .filter((c) => {
      const field = c.field ?? c.secondOf;
      return field === 'address' || field === 'region' || (field == null && CITY_HEADER.test(foldHeader(c.header)));
    })
    .map((c) => c.col);
  return (row) => {
    let found: AreaCode | null = null;
    for (const col of cols) {
      const named = areaCodeOf(row?.[col - 1]);
      if (!named) continue;
      if (found && found.code !== named.code) return null;
      found ??= named;
    }
    return found;
  };
}

/**
 * The number (its extension aside) with the area code before it (010-62556677) where the code makes
 * it a valid number, else null.
 */
export function withAreaCode(local: string, code: string): string | null {
  const digits = splitExtension(phoneText(local))[0].replace(/\D/g, '');
  const text = `${code}-${digits}`;
  return parsePhoneIn(text, 'CN') ? text : null;
}
