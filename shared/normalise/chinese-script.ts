/**
 * Whether a list is a Chinese team's, and in which script: a header or a tenth of the sampled rows
 * holding Chinese characters makes it Chinese; traditional when a good share of those characters
 * have simplified forms (電話, 陳, 貿易: Hong Kong, Taiwan, Macau), simplified otherwise.
 */
import { simplifiedHan } from '../dedupe/simplified';
import type { CellValue } from '../sheet/cell-value';

export type ChineseScript = 'none' | 'simplified' | 'traditional';

/** Share of sampled rows holding Chinese characters from which a list is a Chinese team's. */
const CHINESE_ROWS = 0.1;
const HAN = /[\u3400-\u9fff]/;
const HAN_ALL = /[\u3400-\u9fff]/g;
/**
 * A cell whose Chinese characters are only units of a date, a time or an amount (2024年3月7日, 10点半,
 * 1.2万元): typed so on any list, it names no person or place, so it does not make a list Chinese.
 */
const UNITS_ONLY = /^[\d\s\-/.:,，]*(?:[年月日号時时点點分秒万萬亿億千元圆圓块塊整半]+[\d\s\-/.:,，]*)+$/;
/** Share of a list's Chinese characters with simplified forms from which it is written in traditional ones. */
const TRADITIONAL_SHARE = 0.05;
/** Fewest such characters: one 陳 among simplified names says nothing. */
const MIN_TRADITIONAL = 3;
/** Characters read to tell the scripts apart: enough to be sure, few enough to stay quick. */
const MAX_CHARS = 5_000;

type Rows = readonly (readonly CellValue[] | undefined)[];

export function chineseScript(values: Rows, step: number): ChineseScript {
  const hasHan = (row: readonly CellValue[] | undefined) =>
    row?.some((cell) => typeof cell === 'string' && HAN.test(cell) && !UNITS_ONLY.test(cell)) ?? false;
  let rows = 0;
  let chinese = 0;
  for (let index = 1; index < values.length; index += step) {
    rows++;
    if (hasHan(values[index])) chinese++;
  }
  if (!hasHan(values[0]) && !(chinese > 0 && chinese >= rows * CHINESE_ROWS)) return 'none';
  return isTraditional(values, step) ? 'traditional' : 'simplified';
}

function isTraditional(values: Rows, step: number): boolean {
  let han = 0;
  let traditional = 0;
  const read = (row: readonly CellValue[] | undefined) => {
    for (const cell of row ?? []) {
      if (typeof cell !== 'string' || !HAN.test(cell)) continue;
      for (const char of cell.match(HAN_ALL) ?? []) {
        han++;
        if (simplifiedHan(char) !== char) traditional++;
      }
    }
  };
  read(values[0]);
  for (let index = 1; index < values.length && han < MAX_CHARS; index += step) read(values[index]);
  return traditional >= MIN_TRADITIONAL && traditional >= han * TRADITIONAL_SHARE;
}
