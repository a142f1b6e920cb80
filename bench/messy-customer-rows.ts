/**
 * Generated customer rows with the mess real lists have (spacing, full-width digits, +86 phones,
 * mixed date forms, currency text, option synonyms, invalid values), from a seeded PRNG so every
 * run measures the same work.
 */
import type { CellValue } from '../shared/sheet/cell-value';

export const MESSY_HEADERS = [
  '客户编号',
  '姓名',
  '性别',
  '手机',
  '邮箱',
  '公司',
  '地区',
  '客户类型',
  '价值等级',
  '最近联系日期',
  '购买次数',
  '累计消费金额',
  '标签',
  '备注',
];

const SURNAMES = ['张', '王', '李', '赵', '刘', '陈', '杨', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭'];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '建华',
  '志强',
];
const CITIES = ['北京', '上海', '广州', '深圳', '杭州', '成都', '武汉', '南京', ' 苏州 ', 'Shanghai'];
const COMPANIES = [
  '华为技术有限公司',
  '阿里巴巴（中国）有限公司',
  '腾讯科技',
  'ACME Co., Ltd.',
  '京东集团',
  '小米科技有限责任公司',
  '美团',
  '字节跳动',
];
const TYPES = ['潜在客户', '新客户', '老客户', '流失客户', '老客', 'Prospect', '意向客户'];
const TIERS = ['VIP', 'A', 'B', 'C', 'A级', 'b', '贵宾'];
const TAGS = ['高意向', '价格敏感', '决策人, 转介绍', '大客户；投诉', ''];

export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FULL_WIDTH_DIGITS = '０１２３４５６７８９';

export function messyCustomerRows(count: number, seed = 42): CellValue[][] {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const rows: CellValue[][] = [MESSY_HEADERS];
  for (let i = 1; i <= count; i++) {
    const mobile = `1${pick(['3', '5', '8', '9'])}${String(Math.floor(random() * 1e9)).padStart(9, '0')}`;
    const roll = random();
    const phone =
      roll < 0.6
        ? mobile
        : roll < 0.75
          ? `+86 ${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`
          : roll < 0.85
            ? [...mobile].map((d) => FULL_WIDTH_DIGITS[Number(d)]).join('')
            : roll < 0.95
              ? `0${pick(['10', '21', '755'])}-${String(Math.floor(random() * 1e8)).padStart(8, '0')}`
              : mobile.slice(0, 7);
    const name = `${pick(SURNAMES)}${random() < 0.1 ? ' ' : ''}${pick(GIVEN)}`;
    const user = `user${i}`;
    const day = 1 + Math.floor(random() * 28);
    const month = 1 + Math.floor(random() * 12);
    const dateRoll = random();
    const lastContact =
      dateRoll < 0.5
        ? `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
        : dateRoll < 0.7
          ? `2024/${month}/${day}`
          : dateRoll < 0.85
            ? `2024年${month}月${day}日`
            : dateRoll < 0.97
              ? 45000 + Math.floor(random() * 600)
              : '下周';
    rows.push([
      random() < 0.05 ? null : `C${String(i).padStart(6, '0')}`,
      random() < 0.02 ? null : name,
      pick(['男', '女', 'M', 'F', '男性', '女士', '']),
      phone,
      random() < 0.1 ? `${user.toUpperCase()}@EXAMPLE.COM ` : random() < 0.02 ? `${user}@` : `${user}@example.com`,
      pick(COMPANIES),
      pick(CITIES),
      pick(TYPES),
      pick(TIERS),
      lastContact,
      random() < 0.9 ? Math.floor(random() * 40) : `${Math.floor(random() * 40)}次`,
      random() < 0.5
        ? Math.round(random() * 1e6) / 100
        : `¥${(Math.round(random() * 1e6) / 100).toLocaleString('en-US')}`,
      pick(TAGS),
      random() < 0.3 ? '　需要回访　' : null,
    ]);
  }
  return rows;
}
