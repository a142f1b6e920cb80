/**
 * A section heading among a list's rows (一、华东区, （二）华南区客户, 【华北大区】, East Region): one
 * text cell, every other blank, worded as a heading. It groups the customers under it and is none:
 * check, clean, IDs, duplicates, insights and exports leave it as it is. The wording is required, so a
 * customer typed with only a name (永辉超市, 张伟, Acme Ltd) stays a customer.
 */
import { isBlank, type CellValue } from './cell-value';

/** Longest heading text: a heading names a group in a few words. */
const MAX_LENGTH = 30;
/** 一、 （二） 第三部分 3、 IV. : an outline number opening the heading. */
const OUTLINE =
  /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|第\s*[一二三四五六七八九十\d]{1,3}\s*[部分组区类批章节]|\d{1,2}\s*、|[IVX]{1,4}\.\s)\s*\S/;
/** 【华北大区】, [VIP]: a bracketed label alone. */
const BRACKETED = /^[【[〔][^】\]〕]{1,20}[】\]〕]$/;
/** A count or note closing a heading: （12家）, (3). */
const TRAILER = String.raw`\s*(?:[(（][^)）]{1,12}[)）])?\s*[:：]?$`;
/**
 * A region or a group of customers: 华东区, 西南片区, 浙江省, 华南区客户, 重点客户, 客户名单. A residential
 * 小区 or 社区, a 园区 or 景区 can be a customer, so 区 alone needs a region before it; a 分公司, 事业部
 * or 办事处 is a company's branch, and companies are customers (中国平安上海分公司).
 */
const GROUP_HAN = new RegExp(
  String.raw`^\p{Script=Han}[\p{Script=Han}\s、]{0,15}?(?:(?<![小社园景校厂新])区|大区|片区|区域|地区|省|战区|客户|客户名单|名单|客户列表|客户群)${TRAILER}`,
  'u',
);
/** East Region, Key Accounts, North America Customers, Region: North. */
const GROUP_LATIN = new RegExp(
  String.raw`^(?:(?:[A-Z][\w&-]*\s+){1,3}(?:region|area|territory|accounts|customers|clients)${TRAILER}|(?:region|area|territory|group|section|segment)\s*[:：-]\s*[A-Z][\w -]{0,20}$)`,
  'i',
);

/** True when the only filled cell of the row is text worded as a section heading. */
export function isSectionRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return false;
  let text: string | null = null;
  for (const value of row) {
    if (isBlank(value)) continue;
    if (text !== null || typeof value !== 'string') return false;
    text = value.normalize('NFKC').trim();
  }
  if (text === null || text.length > MAX_LENGTH) return false;
  return OUTLINE.test(text) || BRACKETED.test(text) || GROUP_HAN.test(text) || GROUP_LATIN.test(text);
}
