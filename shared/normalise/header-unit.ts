/**
 * The unit a header names in brackets after its words: 累计消费金额(元), 订单金额（元）, 销售额(万元),
 * Spend (USD), 复购率(%), 消费次数(次), 会员天数(天). The words name the field; the unit says what its
 * numbers count: a currency (money), things (a count) or another measure, and for amounts how many of
 * the currency one stands for (万元: 10,000 yuan), so a column kept in 万元 is never read as yuan.
 */
import type { FieldKind } from '../template/schema';
import { stripCurrency, type Sign } from './currency-signs';
import { isAmount, parseNumberText } from './number';

/** money: a currency (元, USD, ¥); count: things counted (次, 个, 笔); measure: a percentage, days, a bare scale (万). */
export type UnitKind = 'money' | 'count' | 'measure';

export interface HeaderUnit {
  /** The header's words before the unit: 累计消费金额 of 累计消费金额（元）. */
  words: string;
  /** The bracketed unit as typed, with any space before it: （元）, " (USD)". */
  tail: string;
  /** The unit inside the brackets: 元, 万元, USD, %. */
  unit: string;
  kind: UnitKind;
  /** How many of the currency (or of the things) one number counts: 10,000 for 万元, 1,000 for (USD k); else 1. */
  scale: number;
}

const TAIL = /\s*[(（[【]\s*([^()（）[\]【】]{1,12}?)\s*[)）\]】]\s*$/u;
// 单位：元, Unit: USD, in USD; the word stands apart, so INR keeps its IN.
const UNIT_WORD = /^(?:单位\s*[:：]?|(?:unit|in)(?:\s*[:：]|\s+))\s*/i;
const SCALES: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:百万|million|millions|mn|mm|m)$/, 1e6],
  [/^(?:千万)$/, 1e7],
  [/^(?:万)$/, 1e4],
  [/^(?:十万)$/, 1e5],
  [/^(?:亿)$/, 1e8],
  [/^(?:千|k|thousand|thousands|'?000s?)$/, 1e3],
  [/^(?:lakhs?|lacs?)$/, 1e5],
  [/^crores?$/, 1e7],
];
const COUNT = /^(?:次|个|件|单|笔|人|位|张|台|户|家|orders?|times|visits|#)$/;
const MEASURE = /^(?:%|‰|天|日|岁|分|积分|小时|月|年|days?|hours?|months?|years?|pts|points)$/;

function scaleOf(word: string): number | undefined {
  if (word === '') return 1;
  for (const [pattern, scale] of SCALES) if (pattern.test(word)) return scale;
  return undefined;
}

/** The unit a header ends with in brackets, or null when it names none (联系电话(手机) names a phone, no unit). */
export function headerUnit(header: string): HeaderUnit | null {
  const found = TAIL.exec(header);
  if (!found) return null;
  const words = header.slice(0, found.index).trim();
  if (words === '') return null;
  const unit = found[1]!.trim();
  const inner = unit.normalize('NFKC').toLowerCase().replace(UNIT_WORD, '').replace(/\s+/g, '');
  const made = (kind: UnitKind, scale: number): HeaderUnit => ({
    words,
    tail: header.slice(found.index).trimEnd(),
    unit,
    kind,
    scale,
  });
  if (COUNT.test(inner)) return made('count', 1);
  if (MEASURE.test(inner)) return made('measure', 1);
  const sign: Sign = { currency: null };
  const rest = stripCurrency(inner, sign);
  const scale = scaleOf(rest);
  if (scale === undefined) return null;
  if (sign.currency !== null) return made('money', scale);
  // A bare scale (金额(万), Revenue (k)): amounts or counts in that many.
  return rest === '' ? null : made('measure', scale);
}

/** The unit as a figure in it is shown: 万元 of （单位：万元）, USD of (in USD). */
export function shownUnit(unit: HeaderUnit): string {
  return unit.unit.replace(UNIT_WORD, '').trim() || unit.unit;
}

/** Whether a field of this kind can be counted in the unit: a currency only money, things only whole numbers. */
export function unitFits(unit: HeaderUnit, kind: FieldKind): boolean {
  if (unit.kind === 'money') return kind === 'money';
  if (unit.kind === 'count') return kind === 'integer';
  return kind === 'integer' || kind === 'money';
}

// What an amount may hold besides its unit or sign: digits, groups, a decimal mark, a minus or brackets.
const BARE_AMOUNT = /^[\d\s.,'’+\-\u2212()]+$/;

/** Whether text is an amount written with a unit or currency sign of its own: 1.5万, ¥15,000, 15000元, $2k. */
export function writesOwnUnit(text: string): boolean {
  const folded = text.normalize('NFKC').trim();
  return folded !== '' && !BARE_AMOUNT.test(folded) && isAmount(parseNumberText(folded, true));
}
