/**
 * The provincial-level divisions of China as the built-in region field's list: one option per
 * division, with the full official names people type (北京市, 广西壮族自治区) as synonyms. A city
 * that shares a province's name (吉林市 in 吉林省) is not a synonym: it names another place.
 */
import type { ChoiceOption } from './schema';

type RegionRow = [key: string, zh: string, en: string, ...synonyms: string[]];

const MUNICIPALITIES: RegionRow[] = [
  ['beijing', '北京', 'Beijing', '北京市', 'Peking', 'Beijing Municipality'],
  ['tianjin', '天津', 'Tianjin', '天津市', 'Tianjin Municipality'],
  ['shanghai', '上海', 'Shanghai', '上海市', 'Shanghai Municipality'],
  ['chongqing', '重庆', 'Chongqing', '重庆市', '重慶', 'Chongqing Municipality'],
];

// Provinces: "<name>省" and "<English> Province" are the same place.
const PROVINCES: RegionRow[] = [
  ['hebei', '河北', 'Hebei'],
  ['shanxi', '山西', 'Shanxi'],
  ['liaoning', '辽宁', 'Liaoning', '遼寧'],
  ['jilin', '吉林', 'Jilin'],
  ['heilongjiang', '黑龙江', 'Heilongjiang', '黑龍江'],
  ['jiangsu', '江苏', 'Jiangsu', '江蘇'],
  ['zhejiang', '浙江', 'Zhejiang'],
  ['anhui', '安徽', 'Anhui'],
  ['fujian', '福建', 'Fujian'],
  ['jiangxi', '江西', 'Jiangxi'],
  ['shandong', '山东', 'Shandong', '山東'],
  ['henan', '河南', 'Henan'],
  ['hubei', '湖北', 'Hubei'],
  ['hunan', '湖南', 'Hunan'],
  ['guangdong', '广东', 'Guangdong', '廣東'],
  ['hainan', '海南', 'Hainan'],
  ['sichuan', '四川', 'Sichuan'],
  ['guizhou', '贵州', 'Guizhou', '貴州'],
  ['yunnan', '云南', 'Yunnan', '雲南'],
  ['shaanxi', '陕西', 'Shaanxi', '陝西'],
  ['gansu', '甘肃', 'Gansu', '甘肅'],
  ['qinghai', '青海', 'Qinghai'],
  ['taiwan', '台湾', 'Taiwan', '台灣', '臺灣'],
];

const AUTONOMOUS_REGIONS: RegionRow[] = [
  ['innerMongolia', '内蒙古', 'Inner Mongolia', '内蒙古自治区', '內蒙古', 'Nei Mongol'],
  ['guangxi', '广西', 'Guangxi', '广西壮族自治区', '广西自治区', '廣西', 'Guangxi Zhuang Autonomous Region'],
  ['tibet', '西藏', 'Tibet', '西藏自治区', 'Xizang', 'Tibet Autonomous Region'],
  ['ningxia', '宁夏', 'Ningxia', '宁夏回族自治区', '宁夏自治区', '寧夏', 'Ningxia Hui Autonomous Region'],
  ['xinjiang', '新疆', 'Xinjiang', '新疆维吾尔自治区', '新疆自治区', 'Xinjiang Uygur Autonomous Region'],
];

const SPECIAL_REGIONS: RegionRow[] = [
  ['hongKong', '香港', 'Hong Kong', '香港特别行政区', '香港特區', 'Hong Kong SAR', 'HKSAR'],
  ['macao', '澳门', 'Macao', '澳门特别行政区', '澳門', 'Macau', 'Macao SAR'],
];

function option([key, zh, en, ...synonyms]: RegionRow): ChoiceOption {
  return { key, labels: { 'zh-CN': zh, 'en-US': en }, synonyms };
}

export const CHINA_REGIONS: readonly ChoiceOption[] = [
  ...MUNICIPALITIES.map(option),
  ...PROVINCES.map(([key, zh, en, ...rest]) => option([key, zh, en, `${zh}省`, ...rest, `${en} Province`])),
  ...AUTONOMOUS_REGIONS.map(option),
  ...SPECIAL_REGIONS.map(option),
];
