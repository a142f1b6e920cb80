/**
 * A money column's one currency: the one its amounts' signs name most, or the one its header names
 * (Total Spent (USD), 累计消费（美元）), an unmarked amount counting for the region's. An amount in
 * another currency is left as typed, since as a bare number it would read as the column's. `$` and `¥`
 * are signs several currencies share: the US region or a header settles `$` as the US dollar; elsewhere
 * (a Hong Kong, Taiwan, Singapore, Canadian or Australian list, or one no region speaks for) it may be
 * the US dollar as well as another, and the outcome says so.
 */
import type { CellValue } from '../sheet/cell-value';
import type { NormaliseContext, NormaliseOutcome } from './types';
import {
  CONFLICT,
  CURRENCY_SIGNS,
  headerCurrency,
  inCurrency,
  REGION_CURRENCY,
  regionSettles,
  SIGN_CURRENCIES,
  type Sign,
} from './currency-signs';
import { isAmount, moneyOutcome, normaliseMoney, parseNumberText } from './number';
import { headerUnit, writesOwnUnit } from './header-unit';

/** 1.5万 or ¥15,000 in a column counted in 万元: as a bare number it would be 15,000 万元 (header-unit.ts). */
const OTHER_UNIT: NormaliseOutcome = Object.freeze({ status: 'ambiguous', code: 'number.otherUnit', readings: [] });

/** Amounts read to find a column's currency: enough to see which most say. */
const MONEY_SAMPLE = 2_000;

/**
 * The currency an amount's sign or word names: an ISO code, `$` or `¥` for a sign several currencies
 * share, `?` for signs that name two (¥100美元), null for none (a number cell, `1,234.50`).
 */
export function currencyOf(value: CellValue | undefined): string | null {
  if (typeof value !== 'string') return null;
  const sign: Sign = { currency: null };
  parseNumberText(value, true, sign);
  return sign.currency;
}

/**
 * The currency of a money column: the one its amounts' signs name most, an unmarked amount counting
 * for the header's or else the region's (a Shopify export writes the store's amounts bare); none where
 * nothing names one. `values` are the sheet's rows, the header first.
 */
export function moneyColumnContext(
  values: readonly (readonly CellValue[] | undefined)[],
  col: number,
  region: string,
): Pick<NormaliseContext, 'currency' | 'unitScale'> {
  const header = values[0]?.[col - 1];
  const named = typeof header === 'string' ? headerCurrency(header) : null;
  // 累计成交金额（万元）counts in 10,000s: an amount with a unit of its own is no number of them.
  const scale = typeof header === 'string' ? (headerUnit(header)?.scale ?? 1) : 1;
  const scaled = scale !== 1 ? { unitScale: scale } : {};
  const home = named ?? REGION_CURRENCY[region];
  const votes = new Map<string, number>();
  let unmarked = 0;
  for (let r = 1, amounts = 0; r < values.length && amounts < MONEY_SAMPLE; r++) {
    const cell = values[r]?.[col - 1];
    const sign: Sign = { currency: null };
    if (typeof cell === 'number') unmarked++;
    else if (typeof cell !== 'string' || !isAmount(parseNumberText(cell, true, sign))) continue;
    else if (sign.currency === null) unmarked++;
    else if (sign.currency !== CONFLICT) votes.set(sign.currency, (votes.get(sign.currency) ?? 0) + 1);
    amounts++;
  }
  // A shared sign is the header's or region's currency where it can be ($ in a US list); elsewhere it
  // stays a sign, and HK$ or US$ beside it may be another dollar than its. Read as a region's own
  // currency that does not settle it (a Hong Kong list's $), it is still only a guess.
  let guessed: string | undefined;
  for (const [shared, currencies] of Object.entries(SIGN_CURRENCIES)) {
    const count = votes.get(shared);
    if (count === undefined || !home || !currencies.includes(home)) continue;
    votes.delete(shared);
    votes.set(home, (votes.get(home) ?? 0) + count);
    if (named === null && !regionSettles(shared, home)) guessed = shared;
  }
  // Only a currency some amount or the header writes is named in messages: a region's is the template's guess.
  const written = new Set(votes.keys());
  if (named !== null) written.add(named);
  if (home && unmarked > 0) votes.set(home, (votes.get(home) ?? 0) + unmarked);
  // On a tie a currency the amounts write beats the region's guess ($1,234.50 beside a bare 1200).
  const rank = (currency: string) =>
    (votes.get(currency) ?? 0) * 4 + (written.has(currency) ? 2 : 0) + (currency === home ? 1 : 0);
  let best = home;
  for (const currency of votes.keys()) if (best === undefined || rank(currency) > rank(best)) best = currency;
  if (!best) return scaled;
  return {
    ...scaled,
    currency: {
      code: best,
      ...(written.has(best) ? { sign: CURRENCY_SIGNS[best] ?? best } : {}),
      ...(guessed !== undefined && best === home ? { guessedSign: guessed } : {}),
    },
  };
}

/**
 * A money cell of a column with a currency (`moneyColumnContext`): an amount in another currency
 * (£75.00 among dollars) is left as typed, since as a number it would read as the column's, and so is
 * one with a unit or sign of its own (1.5万, ¥15,000) where the header counts in a scale (万元). Where the
 * column's amounts write a shared sign nothing settled (`$`) and the amount's currency is one it may
 * stand for (USD 75,000), the outcome says so (`mayBe`).
 */
export function normaliseColumnMoney(
  value: CellValue | undefined,
  ctx: Pick<NormaliseContext, 'currency' | 'decimalMark' | 'unitScale'>,
): NormaliseOutcome {
  if (ctx.unitScale !== undefined && typeof value === 'string' && writesOwnUnit(value)) return OTHER_UNIT;
  const mark = ctx.decimalMark ? { decimalMark: ctx.decimalMark } : {};
  if (ctx.currency === undefined || typeof value !== 'string') return normaliseMoney(value, mark);
  const sign: Sign = { currency: null };
  const outcome = moneyOutcome(parseNumberText(value, true, sign, ctx.decimalMark), {});
  const { code } = ctx.currency;
  if (outcome.status !== 'valid' || sign.currency === null || inCurrency(sign.currency, code)) return outcome;
  const shared = SIGN_CURRENCIES[code] ? code : ctx.currency.guessedSign;
  if (shared !== undefined && SIGN_CURRENCIES[shared]?.includes(sign.currency))
    return {
      status: 'ambiguous',
      code: 'number.otherCurrency',
      readings: [],
      currency: shared,
      mayBe: { amount: sign.currency, ...(code !== shared ? { guess: code } : {}) },
    };
  return {
    status: 'ambiguous',
    code: 'number.otherCurrency',
    readings: [],
    ...(ctx.currency.sign ? { currency: ctx.currency.sign } : {}),
  };
}

/**
 * Whether amounts can be added: all in one currency, an unmarked one being in the region's (as
 * `moneyColumnContext` reads it) or, where the region has none, in the others'.
 */
export function sameCurrency(values: readonly CellValue[], region: string): boolean {
  const home = REGION_CURRENCY[region];
  let named: string | undefined;
  const shared = new Set<string>();
  for (const value of values) {
    const currency = currencyOf(value) ?? home;
    if (currency === undefined) continue;
    if (currency === CONFLICT) return false;
    if (SIGN_CURRENCIES[currency]) shared.add(currency);
    else if (named === undefined) named = currency;
    else if (named !== currency) return false;
  }
  if (named === undefined) return shared.size <= 1;
  return [...shared].every((sign) => inCurrency(sign, named));
}
