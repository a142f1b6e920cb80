/**
 * Whether a name names an organisation rather than a person: a legal or trade word (有限公司, 集团,
 * 工作室, Ltd, Inc, Pvt Ltd, Sdn Bhd, GmbH, Diner …), or, in Chinese, the trade a short name ends with (北京明德贸易,
 * 杭州青禾食品): B2B lists often keep companies by such names, without the legal suffix. Column
 * mapping and the CRM export both ask this one question.
 */
import { COMPOUND_SURNAMES } from './han-surnames';
import { isCouple } from './person-shape';

const HAN_LEGAL =
  /(公司|集团|工作室|事务所|研究院|研究所|中心|商行|商贸|商店|超市|门店|旗舰店|专卖店|分店|药房|诊所|医院|学校|学院|大学|幼儿园|银行|协会|合作社|经营部|门市部|酒店|餐厅|饭店|厂|社|馆|部|局|所|行|店|院)$/;
// The trades a short company name ends with; only names of four characters or more (a person's
// given name may be 文化 or 建材 too, after a one-character surname).
const HAN_TRADE =
  /(贸易|工贸|科技|实业|企业|控股|国际|食品|物流|供应链|传媒|传播|文化|影视|广告|会展|策划|设计|电子|电器|电气|光电|照明|通信|网络|信息|软件|数据|器械|医疗|医药|药业|制药|生物|健康|美容|母婴|教育|培训|机械|设备|仪器|模具|五金|制造|制品|建材|建筑|工程|装饰|家居|家具|服饰|服装|纺织|化工|材料|能源|环保|农业|汽车|汽配|物业|地产|置业|投资|金融|保险|咨询|印务|包装|酒业|茶业|餐饮|百货|商城|旅游|旅行社)$/;
const LATIN_ORGANISATION =
  /\b(inc|incorporated|llc|l\.l\.c|ltd|limited|gmbh|co|corp|corporation|company|group|plc|pty|pvt|pte|sdn|bhd|berhad|opc|llp|lp|ag|bv|srl|sarl|s\.a|holdings|partners|studio|studios|agency|solutions|technologies|technology|tech|consulting|labs|systems|services|industries|enterprises|associates|bakery|cafe|café|restaurant|clinic|school|university|bank|foundation|trust|ventures|capital|media|logistics|trading|motors|pharma|pharmaceuticals|software|networks|international|global|works|shop|store|supplies|hotel|salon|dental|farm|farms|diner|bistro|pizzeria|seafood|seafoods|foods|traders|imports|exports|builders)\b\.?/i;

const SALUTATION = '(?:mr|mrs|ms|miss|mx|dr|prof)\\.?';
const SALUTATION_PAIR = new RegExp(`^${SALUTATION}\\s*(?:&|\\+|and)\\s*${SALUTATION}(?:\\s|$)`, 'i');

export function isOrganisationName(name: string): boolean {
  // A branch or city in brackets after the name: 华为技术有限公司（深圳）.
  const text = name
    .normalize('NFKC')
    .trim()
    .replace(/\s*[(（][^()（）]*[)）]$/, '');
  if (/\p{Script=Han}/u.test(text)) {
    if (text.length < 4) return false;
    if (HAN_LEGAL.test(text) || text.includes('公司') || text.includes('集团')) return true;
    return HAN_TRADE.test(text) && !(text.length === 4 && COMPOUND_SURNAMES.test(text));
  }
  if (LATIN_ORGANISATION.test(text)) return true;
  // Mr & Mrs K Jackson, Dr and Mrs Patel, Margaret & Robert Hughes: a couple, not a firm of two.
  return /&|\+/.test(text) && !SALUTATION_PAIR.test(text) && !isCouple(text);
}
