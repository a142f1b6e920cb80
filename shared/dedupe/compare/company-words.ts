/**
 * Word lists for company names: legal suffixes, region prefixes, and industry words with their
 * English equivalents (so 华为技术 and "Huawei Technologies" reduce to the same brand).
 */

/** Chinese legal forms, longest first; stripped from the end repeatedly. */
export const HAN_SUFFIXES = [
  '股份有限公司', '有限责任公司', '集团有限公司', '集团股份有限公司', '控股有限公司', '有限公司', '股份公司', '集团公司', '分公司', '总公司', '公司', '集团', '工作室', '事务所', '合伙企业', '有限合伙',
].sort((a, b) => b.length - a.length);

/** Latin legal forms, as whole lower-case tokens (punctuation already removed); stripped from the end repeatedly. */
export const LATIN_SUFFIXES = new Set([
  'co', 'ltd', 'limited', 'inc', 'incorporated', 'llc', 'llp', 'lp', 'gmbh', 'corp', 'corporation', 'company', 'plc', 'ag', 'sa', 'pty', 'group', 'kg', 'bv', 'nv', 'srl', 'spa', 'oy', 'ab', 'kk',
]);

export const HAN_REGIONS = [
  '中国', '北京', '上海', '天津', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '海南',
  '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏', '宁夏', '新疆', '香港', '澳门', '广州', '深圳', '杭州', '南京', '苏州', '成都', '武汉', '西安',
  '长沙', '郑州', '青岛', '厦门', '宁波', '无锡', '合肥', '福州', '济南', '大连', '沈阳', '哈尔滨', '长春', '昆明', '南昌', '东莞', '佛山', '珠海', '温州', '石家庄', '太原', '南宁', '贵阳',
].sort((a, b) => b.length - a.length);

export const LATIN_REGIONS = new Set([
  'china', 'beijing', 'shanghai', 'tianjin', 'chongqing', 'guangzhou', 'shenzhen', 'hangzhou', 'nanjing', 'suzhou', 'chengdu', 'wuhan', 'xian', 'hong', 'kong', 'hongkong', 'macau',
]);

/** Industry words: Chinese -> canonical English token. */
const HAN_INDUSTRY_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['科技', 'technology'], ['技术', 'technology'], ['网络', 'network'], ['信息', 'information'], ['贸易', 'trading'], ['商贸', 'trading'], ['电子', 'electronics'],
  ['实业', 'industrial'], ['工业', 'industrial'], ['发展', 'development'], ['咨询', 'consulting'], ['国际', 'international'], ['控股', 'holdings'], ['投资', 'investment'],
  ['管理', 'management'], ['服务', 'services'], ['软件', 'software'], ['物流', 'logistics'], ['医药', 'pharmaceutical'], ['生物', 'biotech'], ['建设', 'construction'],
  ['工程', 'engineering'], ['文化', 'culture'], ['传媒', 'media'], ['教育', 'education'], ['食品', 'food'], ['汽车', 'automotive'], ['能源', 'energy'], ['环保', 'environmental'],
  ['机械', 'machinery'], ['制造', 'manufacturing'], ['化工', 'chemical'], ['材料', 'materials'], ['设备', 'equipment'], ['智能', 'intelligent'], ['数据', 'data'], ['金融', 'financial'],
  ['地产', 'property'], ['置业', 'property'], ['房地产', 'property'], ['餐饮', 'catering'], ['电器', 'appliances'], ['家居', 'home'], ['广告', 'advertising'], ['设计', 'design'],
  ['通信', 'communications'], ['通讯', 'communications'], ['计算机', 'computer'], ['系统', 'systems'], ['数码', 'digital'], ['电气', 'electric'], ['光电', 'optoelectronics'],
  ['营销', 'marketing'], ['策划', 'planning'], ['印刷', 'printing'], ['包装', 'packaging'], ['纺织', 'textile'], ['服饰', 'apparel'], ['健康', 'health'], ['医疗', 'medical'],
];

/** Longest first, so 房地产 is taken before 地产. */
export const HAN_INDUSTRY = [...HAN_INDUSTRY_WORDS].sort((a, b) => b[0].length - a[0].length);

/** Latin industry words (and abbreviations) -> canonical token. */
export const LATIN_INDUSTRY = new Map<string, string>([
  ['technology', 'technology'], ['technologies', 'technology'], ['tech', 'technology'], ['network', 'network'], ['networks', 'network'], ['information', 'information'], ['info', 'information'],
  ['trading', 'trading'], ['trade', 'trading'], ['electronics', 'electronics'], ['electronic', 'electronics'], ['industrial', 'industrial'], ['industries', 'industrial'], ['industry', 'industrial'],
  ['development', 'development'], ['consulting', 'consulting'], ['consultancy', 'consulting'], ['international', 'international'], ['intl', 'international'], ['holdings', 'holdings'],
  ['holding', 'holdings'], ['investment', 'investment'], ['investments', 'investment'], ['management', 'management'], ['services', 'services'], ['service', 'services'],
  ['software', 'software'], ['logistics', 'logistics'], ['pharmaceutical', 'pharmaceutical'], ['pharma', 'pharmaceutical'], ['biotech', 'biotech'], ['biotechnology', 'biotech'],
  ['construction', 'construction'], ['engineering', 'engineering'], ['culture', 'culture'], ['media', 'media'], ['education', 'education'], ['food', 'food'], ['foods', 'food'],
  ['automotive', 'automotive'], ['auto', 'automotive'], ['energy', 'energy'], ['environmental', 'environmental'], ['machinery', 'machinery'], ['manufacturing', 'manufacturing'],
  ['mfg', 'manufacturing'], ['chemical', 'chemical'], ['chemicals', 'chemical'], ['materials', 'materials'], ['equipment', 'equipment'], ['intelligent', 'intelligent'], ['smart', 'intelligent'],
  ['data', 'data'], ['financial', 'financial'], ['finance', 'financial'], ['property', 'property'], ['properties', 'property'], ['realty', 'property'], ['catering', 'catering'],
  ['appliances', 'appliances'], ['home', 'home'], ['advertising', 'advertising'], ['design', 'design'], ['communications', 'communications'], ['communication', 'communications'],
  ['telecom', 'communications'], ['computer', 'computer'], ['systems', 'systems'], ['system', 'systems'], ['digital', 'digital'], ['electric', 'electric'], ['electrical', 'electric'],
  ['optoelectronics', 'optoelectronics'], ['marketing', 'marketing'], ['planning', 'planning'], ['printing', 'printing'], ['packaging', 'packaging'], ['textile', 'textile'],
  ['textiles', 'textile'], ['apparel', 'apparel'], ['health', 'health'], ['healthcare', 'health'], ['medical', 'medical'], ['science', 'technology'], ['sci', 'technology'],
]);
