/**
 * The country a list's own script names: kana only Japanese writes (メールアドレス, 株式会社ミライ), Hangul
 * only Korean (김민준, 삼성전자). Kanji alone says nothing (Chinese writes them too), so a Japanese list
 * is told by its kana (or 株式会社) in a header or in most of the sampled rows. Such a list's numbers
 * typed without a country code are that country's: 090-1234-5678 is a Japanese mobile, a Chinese
 * landline in Tacheng (0901) only by the chance of its digits.
 */
import type { CellValue } from '../sheet/cell-value';

/**
 * Share of sampled rows in the script beyond which a list is that country's: a Chinese list's one
 * Japanese or Korean contact in four (ヤマダ, 김민준) leaves it Chinese.
 */
const SCRIPT_ROWS = 0.5;

/** Kana, or a company form only Japanese writes (株式会社山田製作所 has no kana; Chinese writes 公司). */
const SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]|(?:株式|有限|合同)会社/u, 'JP'],
  [/\p{Script=Hangul}/u, 'KR'],
];

type Rows = readonly (readonly CellValue[] | undefined)[];

/** 'JP' or 'KR' when the list is written in kana or Hangul (every `step`th row read), else null. */
export function scriptCountry(values: Rows, step: number): string | null {
  const holds = (row: readonly CellValue[] | undefined, script: RegExp) =>
    row?.some((cell) => typeof cell === 'string' && script.test(cell)) ?? false;
  for (const [script, region] of SCRIPTS) {
    if (holds(values[0], script)) return region;
    let rows = 0;
    let written = 0;
    for (let index = 1; index < values.length; index += step) {
      rows++;
      if (holds(values[index], script)) written++;
    }
    if (written > rows * SCRIPT_ROWS) return region;
  }
  return null;
}
