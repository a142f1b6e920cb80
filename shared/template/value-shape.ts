/**
 * What one cell looks like, judged from its text alone: a company (legal or trade suffix), a
 * person's name (a Han name led by a common surname, or "First Last"), an ID code, a date, a
 * phone number, an email address or a number. Column mapping uses these shapes as evidence; they
 * are deliberately cheap regular expressions, not the normalisers (which decide validity).
 */
import type { CellValue } from '../sheet/cell-value';

export type ValueShape = 'company' | 'person' | 'id' | 'date' | 'phone' | 'email' | 'number' | 'text';

// The ~150 most frequent surnames (2020 census order) and the common compound ones.
const SURNAMES = new Set(
  (
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付' +
    '方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳' +
    '甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'
  ).split(''),
);
const COMPOUND_SURNAMES =
  /^(欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|轩辕|令狐|端木|南宫|西门|独孤)/;

const HAN_COMPANY =
  /(公司|集团|工作室|事务所|研究院|研究所|中心|商行|商贸|商店|超市|门店|旗舰店|专卖店|分店|药房|诊所|医院|学校|学院|大学|幼儿园|银行|协会|合作社|酒店|餐厅|饭店|厂|社|馆|部|局|所|行|店|院)$/;
const LATIN_COMPANY =
  /\b(inc|llc|l\.l\.c|ltd|limited|gmbh|co|corp|corporation|company|group|plc|pty|llp|lp|ag|bv|srl|sarl|s\.a|holdings|partners|studio|studios|agency|solutions|technologies|technology|tech|consulting|labs|systems|services|industries|enterprises|associates|bakery|cafe|café|restaurant|clinic|school|university|bank|foundation|trust|ventures|capital|media|logistics|trading|motors|pharma|pharmaceuticals|software|networks|international|global|works|shop|store|supplies|hotel|salon|dental|farm|farms)\b\.?/i;
const HAN_PERSON = /^\p{Script=Han}{2,4}$/u;
const HAN_TRANSLITERATED = /^\p{Script=Han}+(?:·\p{Script=Han}+)+$/u;
const HAN_TITLED = /^\p{Script=Han}(先生|女士|小姐|老师|总|经理)$/u;
const LATIN_PERSON =
  /^[A-Z][a-zà-ÿ'’-]+(?: [A-Z]\.?)?(?: (?:van |de |von |da |di |le |la |o')?[A-Z][a-zà-ÿ'’-]+){1,2}$/;
const LATIN_SURNAME_FIRST = /^[A-Z][a-zà-ÿ'’-]+, [A-Z][a-zà-ÿ'’-]+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE_YMD = /^\d{4}\s*[-/.年]\s*\d{1,2}(\s*[-/.月]\s*\d{1,2}\s*日?)?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const DATE_DMY = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;
const DATE_WORDS = /^(\d{1,2} )?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* (\d{1,2},? )?\d{4}$/i;
const DATE_COMPACT = /^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
// Birthdays kept without the year: 04-21, 3/14, 5月2日.
const DATE_MONTH_DAY = /^(0?[1-9]|1[0-2])\s*[-/.月]\s*(0?[1-9]|[12]\d|3[01])\s*日?$/;
// Marketplaces export buyers' mobiles masked: 139****1234.
const MASKED_MOBILE = /^1[3-9]\d\*{4}\d{4}$/;
const CN_MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/;
const PHONE_CHARS = /^\+?[\d\s\-().]{7,22}(?:\s*(?:ext\.?|x|转)\s*\d{1,5})?$/i;
const MONEY =
  /^[¥￥$€£]?\s?-?\d{1,3}(?:,\d{3})*(?:\.\d+)?\s?(?:元|万|rmb|cny|usd)?$|^[¥￥$€£]?\s?-?\d+(?:\.\d+)?\s?(?:元|万|rmb|cny|usd)?$/i;
const CODE = /^[A-Za-z]{0,6}[-_]?\d{2,}(?:[-_]?[A-Za-z0-9]+)*$/;
const MIXED_CODE = /^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9_-]{5,24}$/;

export function valueShape(value: CellValue | undefined): ValueShape | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return 'date';
  if (typeof value === 'boolean') return 'text';
  if (typeof value === 'number') return numberShape(value);
  const s = value.normalize('NFKC').trim();
  if (s === '') return null;
  if (EMAIL.test(s)) return 'email';
  if (DATE_YMD.test(s) || DATE_DMY.test(s) || DATE_WORDS.test(s) || DATE_COMPACT.test(s) || DATE_MONTH_DAY.test(s))
    return 'date';
  if (MASKED_MOBILE.test(s)) return 'phone';
  const digits = s.replace(/\D/g, '');
  if (CN_MOBILE.test(s.replace(/[\s-]/g, ''))) return 'phone';
  if (
    PHONE_CHARS.test(s) &&
    digits.length >= 7 &&
    digits.length <= 15 &&
    (/[\s\-().+]/.test(s) || /^0\d{9,11}$/.test(s))
  )
    return 'phone';
  if (MONEY.test(s) && (digits.length <= 9 || /[.,¥￥$€£元万]/.test(s))) return 'number';
  // A bare run of 10-15 digits is a phone typed without spaces as often as an ID: call it a number, which neither field rejects.
  if (/^\d{10,15}$/.test(s)) return 'number';
  if (isCompany(s)) return 'company';
  if (isPerson(s)) return 'person';
  if (CODE.test(s) || MIXED_CODE.test(s)) return 'id';
  return 'text';
}

function numberShape(n: number): ValueShape {
  // An 11-digit mainland mobile typed as a number; other long integers may be phones or IDs.
  return Number.isInteger(n) && n >= 13e9 && n < 2e10 ? 'phone' : 'number';
}

export function isCompany(s: string): boolean {
  if (/\p{Script=Han}/u.test(s))
    return s.length >= 4 && (HAN_COMPANY.test(s) || s.includes('公司') || s.includes('集团'));
  return LATIN_COMPANY.test(s) || /&|\+/.test(s);
}

export function isPerson(s: string): boolean {
  if (HAN_TITLED.test(s)) return true;
  if (HAN_TRANSLITERATED.test(s)) return true;
  if (HAN_PERSON.test(s)) return SURNAMES.has(s[0]) || COMPOUND_SURNAMES.test(s);
  return LATIN_PERSON.test(s) || LATIN_SURNAME_FIRST.test(s);
}
