/**
 * What a name or company cell says about who a row is, beyond a name: a role instead of a person
 * (客服, 采购, Reception), 个人 / 个体 instead of a company (a private person, a sole trader), a WeCom
 * remark marking a personal contact (付超-个人), and a couple named together (Natalie & Brian Walker).
 * Only whole values are read; anything else is a name as typed.
 */
import { isOrganisationName } from '../normalise/organisation-name';
import { isPerson, personLike } from '../normalise/person-shape';
import { simplifiedHan } from '../dedupe/simplified';
import { HAN_REGIONS } from '../dedupe/compare/company-words';
import { COMPOUND_SURNAMES } from '../normalise/han-surnames';

/** Roles and departments lists write where the contact's name should be. */
const ROLE_WORDS = new Set(
  [
    '客服',
    '采购',
    '财务',
    '前台',
    '销售',
    '行政',
    '人事',
    '会计',
    '出纳',
    '经理',
    '总经理',
    '老板',
    '老板娘',
    '店长',
    '店员',
    '负责人',
    '联系人',
    '业务员',
    '业务',
    '收货人',
    '办公室',
    '总机',
    '售后',
    '技术',
    '客户',
    'reception',
    'receptionist',
    'sales',
    'accounts',
    'accounts payable',
    'purchasing',
    'procurement',
    'customer service',
    'front desk',
    'office',
    'office manager',
    'manager',
    'owner',
    'admin',
    'support',
  ].map((w) => fold(w)),
);

/** 个人 (a private person) and 个体 (个体户, a sole trader): no company's name. */
const NO_COMPANY_WORDS = new Set(
  ['个人', '个体', '个体户', '私人', '个人客户', 'individual', 'private', 'personal'].map(fold),
);

/** A WeCom remark marking a personal contact: 付超-个人, 付超（个人）. */
const PERSONAL_SUFFIX = /^(.+?)\s*(?:[-‐–—－_/／|｜]\s*(?:个人|个体)|[(（](?:个人|个体)[)）])$/u;

/** "Natalie & Brian Walker", "Emma and Lauren O'Brien": two given names and one surname. */
const COUPLE = /^(\p{Lu}[\p{Ll}'’-]+) (?:&|and|\+) (\p{Lu}[\p{Ll}'’-]+) (\p{Lu}[\p{L}'’-]+)$/u;

function fold(text: string): string {
  return simplifiedHan(text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase());
}

/** A role or department where a person's name should be (客服, 采购, Reception): no name. */
export function isRoleWord(text: string): boolean {
  return text.length <= LONGEST_WORD && ROLE_WORDS.has(fold(text));
}

/** A Han name followed by a role (李娜 采购, 王磊财务): the name and the role, two readings. */
export function endsWithRoleWord(name: string): boolean {
  const text = simplifiedHan(name.normalize('NFKC').trim());
  return HAN_ROLES.some((role) => text.endsWith(role) && HAN_NAME.test(text.slice(0, -role.length).trimEnd()));
}

const HAN_ROLES = [...ROLE_WORDS].filter((w) => /^\p{Script=Han}{2,3}$/u.test(w));
const HAN_NAME = /^\p{Script=Han}{2,3}$/u;

/** 个人, 个体 where a company's name should be: the customer has no company. */
export function isNoCompanyWord(text: string): boolean {
  return text.length <= LONGEST_WORD && NO_COMPANY_WORDS.has(fold(text));
}

/** Longer cells are no role or 个人 (the longest word, with room for spaces). */
const LONGEST_WORD = 24;

/** The person of a remark marking a personal contact (付超-个人 → 付超), or null. */
export function personalRemark(text: string): string | null {
  const match = PERSONAL_SUFFIX.exec(text.trim());
  return match ? match[1]! : null;
}

/**
 * A couple named together: their given names and their surname, or null. Two single given names and
 * one surname, none of them an organisation's word (Smith & Jones, Procter & Gamble Co are firms).
 */
export function coupleName(text: string): { first: string; last: string } | null {
  const match = COUPLE.exec(text.trim());
  if (!match) return null;
  const [, a, b, last] = match;
  if (isOrganisationName(`${a} ${b} ${last}`)) return null;
  const typed = text.trim();
  return { first: typed.slice(0, typed.length - last!.length).trim(), last: last! };
}

/**
 * A customer name that reads as a person's own (张伟, a couple, Chloe Morgan), not an organisation's: a
 * company list's customer with no contact is then that person. `loose`: any capitalised Latin "First
 * Last" (the column holds people); otherwise only one led by a known given name, since Cool Cars reads
 * as "First Last" too.
 */
export function readsAsPerson(name: string, loose: boolean): boolean {
  const text = name.trim();
  if (coupleName(text)) return true;
  if (isOrganisationName(text)) return false;
  if (HAN.test(text)) {
    // 常州, 南山区: places, though 常 and 南 are surnames; four characters (华润置地) only after 欧阳, 司马 …
    if (PLACES.has(text) || PLACE.test(text)) return false;
    return FOUR_HAN.test(text) ? COMPOUND_SURNAMES.test(text) : isPerson(text);
  }
  // McDonald, O'Brien, MacLeod: a capital inside a surname.
  const plain = text.replace(/(?<=\p{Ll})\p{Lu}|(?<=['’]\p{Lu}?)\p{Lu}/gu, (c) => c.toLowerCase());
  return personLike(plain) || (loose && isPerson(plain));
}

const HAN = /\p{Script=Han}/u;
const FOUR_HAN = /^\p{Script=Han}{4}$/u;
const PLACES = new Set(HAN_REGIONS);
const PLACE = /^\p{Script=Han}{1,3}[州省市区县镇]$/u;
