/**
 * A Chinese customer list with known duplicates, for the accuracy and speed benchmarks. Seeded:
 * the same options give the same sheet. People work at shared companies (colleagues share the
 * company, its landline and address), common names (张伟, 王芳) belong to many different people,
 * and duplicate rows of a person carry the messes real lists have: names with spaces, in pinyin
 * (either order), with homophone characters or swapped characters; phones as +86 / spaces /
 * dashes / full-width / with a typo; emails in other case or with a typo; companies without
 * legal suffix, with the region in brackets or in English; values missing; exact copies.
 */
import { pinyin } from 'pinyin-pro';
import type { CellValue } from '../../shared/sheet/cell-value';

export interface GeneratedList {
  values: CellValue[][];
  /** Entity (person) of each data row, in row order: truth[0] is spreadsheet row 2. */
  truth: number[];
}

export interface GenerateOptions {
  people: number;
  /** Share of people entered more than once. */
  duplicateShare: number;
  seed: number;
  /** Add a customer ID column (unique per row) and a created date. */
  withIds?: boolean;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈';
const SURNAME_WEIGHTS = [...SURNAMES].map((_, i) => 1 / (i + 3));
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官'];
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰涛明超霞平刚辉鹏华红燕玲丹萍鑫斌宇浩凯健俊帆旭宁龙林欢阳建亮成佳峰婷慧颖倩雪琳晶波飞英兰梅莉云志海小晓文嘉子梓欣怡雨思诗雅博睿泽轩然晨梦瑶涵琪家天国立新春玉永德振金东昊毅';
const COMMON_NAMES = ['张伟', '王伟', '王芳', '李伟', '李娜', '张敏', '李静', '王静', '刘伟', '王秀英', '张丽', '刘洋'];
const HOMOPHONES: Record<string, string> = {
  伟: '玮炜韦维',
  芳: '方舫',
  娜: '纳',
  敏: '民旻',
  静: '婧菁',
  丽: '莉俐',
  磊: '垒',
  军: '君钧',
  洋: '阳扬',
  勇: '永咏',
  艳: '燕妍',
  杰: '洁捷',
  涛: '韬滔',
  明: '铭鸣',
  霞: '侠',
  平: '萍苹',
  刚: '钢',
  辉: '晖',
  鹏: '朋',
  华: '桦骅',
  红: '宏虹鸿',
  燕: '艳雁',
  玲: '铃龄',
  萍: '平',
  鑫: '欣馨',
  斌: '彬滨',
  宇: '雨羽语',
  浩: '昊皓',
  凯: '锴恺',
  健: '建剑',
  俊: '骏峻',
  帆: '凡',
  旭: '煦',
  龙: '隆',
  林: '琳霖',
  阳: '洋扬',
  建: '健剑',
  成: '诚城',
  佳: '嘉家',
  峰: '锋丰',
  婷: '亭',
  慧: '惠蕙',
  颖: '莹盈',
  琳: '林霖',
  晶: '菁',
  飞: '菲非',
  英: '瑛',
  兰: '岚澜',
  莉: '丽俐',
  云: '芸',
  志: '智',
  小: '晓筱',
  晓: '小筱',
  文: '雯',
  子: '梓紫',
  梓: '子紫',
  欣: '鑫馨',
  怡: '宜仪',
  雨: '宇语',
  思: '斯',
  雅: '亚',
  博: '柏',
  睿: '瑞锐',
  轩: '宣萱',
  晨: '辰宸',
  瑶: '遥',
  涵: '晗',
  琪: '琦祺',
};
// Keep only true homophones (same pinyin without tones), as pinyin-pro reads them.
for (const [ch, alternatives] of Object.entries(HOMOPHONES)) {
  const sound = pinyin(ch, { toneType: 'none' });
  const kept = [...alternatives].filter((alt) => pinyin(alt, { toneType: 'none' }) === sound).join('');
  if (kept) HOMOPHONES[ch] = kept;
  else delete HOMOPHONES[ch];
}
const CITIES: [string, string, string][] = [
  ['北京', 'Beijing', '010'],
  ['上海', 'Shanghai', '021'],
  ['广州', 'Guangzhou', '020'],
  ['深圳', 'Shenzhen', '0755'],
  ['杭州', 'Hangzhou', '0571'],
  ['南京', 'Nanjing', '025'],
  ['成都', 'Chengdu', '028'],
  ['武汉', 'Wuhan', '027'],
  ['西安', 'Xian', '029'],
  ['苏州', 'Suzhou', '0512'],
];
const DISTRICTS = [
  '朝阳区',
  '海淀区',
  '浦东新区',
  '天河区',
  '南山区',
  '西湖区',
  '鼓楼区',
  '武侯区',
  '江汉区',
  '雁塔区',
  '工业园区',
  '东城区',
  '徐汇区',
];
const STREETS = [
  '建国路',
  '中山路',
  '人民路',
  '解放路',
  '长安街',
  '科技园路',
  '文三路',
  '学院路',
  '南京路',
  '和平路',
  '滨江大道',
  '创业路',
  '延安路',
  '青年路',
];
const BRAND = '鼎盛华信天成恒通金桥蓝海博远宏达新泰和瑞丰正元中联嘉禾永安德润鑫源启明星辉卓越创航峰汇丰顺捷凯锐智诚';
const INDUSTRIES: [string, string][] = [
  ['科技', 'Technology'],
  ['贸易', 'Trading'],
  ['信息技术', 'Information Technology'],
  ['网络', 'Network'],
  ['电子', 'Electronics'],
  ['咨询', 'Consulting'],
  ['物流', 'Logistics'],
  ['医药', 'Pharmaceutical'],
  ['文化传媒', 'Culture Media'],
  ['建设工程', 'Construction Engineering'],
  ['软件', 'Software'],
  ['食品', 'Food'],
];
const SUFFIXES = ['有限公司', '有限公司', '股份有限公司', '有限责任公司', '集团有限公司'];
const EN_SUFFIXES = ['Co., Ltd.', 'Co.,Ltd', 'Ltd.', 'Inc.', 'Co., Ltd'];
const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '156',
  '157',
  '158',
  '159',
  '176',
  '177',
  '180',
  '181',
  '182',
  '183',
  '186',
  '187',
  '188',
  '189',
  '199',
];
const DOMAINS = ['163.com', '126.com', 'qq.com', 'sina.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'foxmail.com'];

interface Company {
  zh: string;
  en: string;
  brand: string;
  industry: [string, string];
  region: [string, string, string];
  suffix: string;
  landline: string;
  address: string;
  domain: string;
}

interface Person {
  entity: number;
  surname: string;
  given: string;
  mobile: string;
  email: string;
  company: Company | null;
  city: [string, string, string];
  address: string;
}

const pinyinCache = new Map<string, string>();
function py(ch: string): string {
  let p = pinyinCache.get(ch);
  if (p === undefined) {
    p = pinyin(ch, { toneType: 'none', v: true, surname: 'head' }).replace(/\s+/g, '');
    pinyinCache.set(ch, p);
  }
  return p;
}
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const FULL_WIDTH = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

export function generateChineseCustomers(options: GenerateOptions): GeneratedList {
  const random = mulberry32(options.seed);
  const pick = <T>(list: readonly T[] | string): T => list[Math.floor(random() * list.length)] as T;
  const chance = (p: number) => random() < p;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  const weighted = () => {
    const total = SURNAME_WEIGHTS.reduce((s, w) => s + w, 0);
    let r = random() * total;
    for (let i = 0; i < SURNAMES.length; i++) if ((r -= SURNAME_WEIGHTS[i]!) <= 0) return SURNAMES[i]!;
    return SURNAMES[0]!;
  };

  // Companies: unique brand + industry.
  const companyCount = Math.max(5, Math.round(options.people / 8));
  const companies: Company[] = [];
  const usedCores = new Set<string>();
  const usedPhones = new Set<string>();
  while (companies.length < companyCount) {
    const brand = pick<string>(BRAND) + pick<string>(BRAND);
    const industry = pick(INDUSTRIES);
    if (brand[0] === brand[1] || usedCores.has(brand + industry[0])) {
      if (usedCores.size > BRAND.length * BRAND.length * INDUSTRIES.length * 0.5) usedCores.clear();
      continue;
    }
    usedCores.add(brand + industry[0]);
    const region = pick(CITIES);
    const suffix = pick(SUFFIXES);
    const brandPinyin = [...brand].map(py).join('');
    let landline: string;
    do landline = `${region[2]}-${pick<string>('2345678')}${digits(7)}`;
    while (usedPhones.has(landline));
    usedPhones.add(landline);
    companies.push({
      zh: `${region[0]}${brand}${industry[0]}${suffix}`,
      en: `${capital(brandPinyin)} ${industry[1]} ${pick(EN_SUFFIXES)}`,
      brand,
      industry,
      region,
      suffix,
      landline,
      address: `${region[0]}市${pick(DISTRICTS)}${pick(STREETS)}${1 + Math.floor(random() * 300)}号`,
      domain: `${brandPinyin}.com`,
    });
  }

  // People.
  const usedMobiles = new Set<string>();
  const usedEmails = new Set<string>();
  const people: Person[] = [];
  for (let entity = 0; entity < options.people; entity++) {
    let surname: string;
    let given: string;
    if (chance(0.04)) {
      const name = pick(COMMON_NAMES);
      surname = name[0]!;
      given = name.slice(1);
    } else {
      surname = chance(0.01) ? pick(COMPOUND_SURNAMES) : weighted();
      given = chance(0.45) ? pick<string>(GIVEN) : pick<string>(GIVEN) + pick<string>(GIVEN);
    }
    let mobile: string;
    do mobile = `${pick(MOBILE_PREFIXES)}${digits(8)}`;
    while (usedMobiles.has(mobile));
    usedMobiles.add(mobile);
    const company = chance(0.75) ? pick(companies) : null;
    const sp = [...surname].map(py).join('');
    const gp = [...given].map(py).join('');
    const domain = company && chance(0.4) ? company.domain : pick(DOMAINS);
    const locals = [
      `${sp}${gp}`,
      `${gp}.${sp}`,
      `${sp}.${gp}`,
      `${gp}${sp}`,
      `${sp[0]}${gp}`,
      `${sp}${[...given].map((c) => py(c)[0]).join('')}`,
    ];
    let local =
      domain === 'qq.com'
        ? String(10000000 + Math.floor(random() * 899999999))
        : pick(locals) + (chance(0.6) ? String(60 + Math.floor(random() * 45)) : '');
    while (usedEmails.has(`${local}@${domain}`)) local += digits(1);
    usedEmails.add(`${local}@${domain}`);
    const city = company && chance(0.85) ? company.region : pick(CITIES);
    const address =
      company && chance(0.7)
        ? company.address
        : `${city[0]}市${pick(DISTRICTS)}${pick(STREETS)}${1 + Math.floor(random() * 500)}号${1 + Math.floor(random() * 30)}栋${101 + Math.floor(random() * 2000)}室`;
    people.push({ entity, surname, given, mobile, email: `${local}@${domain}`, company, city, address });
  }

  // Rows: one clean row per person, then messy duplicates.
  const header: CellValue[] = ['姓名', '手机', '邮箱', '公司', '公司电话', '城市', '地址'];
  if (options.withIds) header.unshift('客户编号');
  if (options.withIds) header.push('创建日期');
  const rows: { cells: CellValue[]; entity: number }[] = [];
  const clean = (p: Person): CellValue[] => [
    p.surname + p.given,
    p.mobile,
    p.email,
    p.company?.zh ?? null,
    p.company?.landline ?? null,
    p.city[0],
    p.address,
  ];
  for (const p of people) {
    rows.push({ cells: clean(p), entity: p.entity });
    if (!chance(options.duplicateShare)) continue;
    const copies = chance(0.7) ? 1 : chance(0.7) ? 2 : 3;
    for (let c = 0; c < copies; c++) rows.push({ cells: chance(0.08) ? clean(p) : messy(p), entity: p.entity });
  }

  function messyName(p: Person): CellValue {
    const full = p.surname + p.given;
    const r = random();
    if (r < 0.42) return full;
    if (r < 0.55) return [...full].join(' ');
    if (r < 0.7) {
      const s = capital([...p.surname].map(py).join(''));
      const g = capital([...p.given].map(py).join(''));
      return pick([
        `${s} ${g}`,
        `${g} ${s}`,
        `${s.toUpperCase()} ${g}`,
        `${s}${g}`.toLowerCase(),
        `${g} ${s.toUpperCase()}`,
      ]);
    }
    if (r < 0.85) {
      // One homophone character in the given name.
      const chars = [...p.given];
      const k = chars.findIndex((ch) => HOMOPHONES[ch]);
      if (k < 0) return full;
      chars[k] = pick<string>(HOMOPHONES[chars[k]!]!);
      return p.surname + chars.join('');
    }
    if (r < 0.93 && p.given.length === 2) return p.surname + p.given[1] + p.given[0];
    if (r < 0.96) return `${p.surname}${p.given} `;
    return null;
  }

  function messyPhone(p: Person): CellValue {
    const m = p.mobile;
    const r = random();
    if (r < 0.35) return m;
    if (r < 0.45) return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    if (r < 0.55) return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    if (r < 0.62) return `(+86)${m}`;
    if (r < 0.68) return FULL_WIDTH(m);
    if (r < 0.74) return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    if (r < 0.78) return `86${m}`;
    if (r < 0.86) {
      const k = 3 + Math.floor(random() * 8);
      const d = (Number(m[k]) + 1 + Math.floor(random() * 8)) % 10;
      return m.slice(0, k) + d + m.slice(k + 1);
    }
    return null;
  }

  function messyEmail(p: Person): CellValue {
    const e = p.email;
    const r = random();
    if (r < 0.45) return e;
    if (r < 0.6) return e.charAt(0).toUpperCase() + e.slice(1);
    if (r < 0.67) return ` ${e.toUpperCase()} `;
    if (r < 0.72) return e.replace(/\.com$/, '.con');
    return null;
  }

  function messyCompany(p: Person): CellValue {
    const c = p.company;
    if (!c) return null;
    const core = c.brand + c.industry[0];
    const r = random();
    if (r < 0.35) return c.zh;
    if (r < 0.45) return core;
    if (r < 0.55) return `${core}（${c.region[0]}）${c.suffix}`;
    if (r < 0.62) return `${c.region[0]}${core}`;
    if (r < 0.72) return c.en;
    if (r < 0.77) return `${c.en} (${c.region[1]})`;
    return null;
  }

  function messyLandline(p: Person): CellValue {
    const c = p.company;
    if (!c) return null;
    const [area, local] = c.landline.split('-') as [string, string];
    const r = random();
    if (r < 0.5) return c.landline;
    if (r < 0.6) return `(${area})${local}`;
    if (r < 0.7) return `+86 ${area.slice(1)} ${local.slice(0, 4)} ${local.slice(4)}`;
    if (r < 0.8) return `${area}${local}`;
    return null;
  }

  function messy(p: Person): CellValue[] {
    for (;;) {
      const cells: CellValue[] = [
        messyName(p),
        messyPhone(p),
        messyEmail(p),
        messyCompany(p),
        messyLandline(p),
        chance(0.15) ? null : chance(0.3) ? `${p.city[0]}市` : p.city[0],
        chance(0.3) ? null : chance(0.2) ? p.address.replace(/^(..)市/, '$1') : p.address,
      ];
      // A person is recognisable only when a name or a personal contact survives.
      const phone = cells[1] !== null;
      const email = cells[2] !== null;
      if (cells[0] !== null && (phone || email)) return cells;
      if (phone && email) return cells;
    }
  }

  // Shuffle, then number and date the rows.
  for (let k = rows.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [rows[k], rows[j]] = [rows[j]!, rows[k]!];
  }
  const values: CellValue[][] = [header];
  // Strings built by concatenation are trees in V8; text read from a file or JSON is flat. Flatten
  // so the benchmark sees what hosts hand over.
  const flat = (v: CellValue): CellValue => (typeof v === 'string' ? Buffer.from(v, 'utf8').toString('utf8') : v);
  rows.forEach((row, k) => {
    const cells = row.cells.map(flat);
    if (options.withIds) {
      cells.unshift(`C${String(k + 1).padStart(7, '0')}`);
      cells.push(
        `2023-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
      );
    }
    values.push(cells);
  });
  return { values, truth: rows.map((r) => r.entity) };
}
