/**
 * Traditional Chinese characters read as simplified for matching (華為 = 华为, 龍崗區 = 龙岗区): a
 * company or address typed in Hong Kong or Taiwan and on the mainland is one value. The table is
 * the character half of OpenCC's traditional-to-mainland dictionary (opencc-js), read into an array
 * by code unit the first time a key is folded; phrase conversions do not matter to a match key.
 */
import { Locale } from 'opencc-js/t2cn';

let table: Uint16Array | null = null;

function simplifiedTable(): Uint16Array {
  const out = new Uint16Array(0x10000);
  for (const group of Locale.to.cn ?? [])
    for (const dict of group) {
      if (typeof dict !== 'string') continue;
      for (const entry of dict.split('|')) {
        // "華 华": one BMP character each way; phrases and astral characters are left to the pinyin.
        if (entry.length === 3 && entry.charCodeAt(1) === 0x20) out[entry.charCodeAt(0)] = entry.charCodeAt(2);
      }
    }
  return out;
}

/** `text` with its traditional characters in their simplified forms; the same string when it has none. */
export function simplifiedHan(text: string): string {
  const map = (table ??= simplifiedTable());
  let k = 0;
  while (k < text.length && map[text.charCodeAt(k)] === 0) k++;
  if (k === text.length) return text;
  let out = text.slice(0, k);
  for (; k < text.length; k++) {
    const to = map[text.charCodeAt(k)]!;
    out += to === 0 ? text[k] : String.fromCharCode(to);
  }
  return out;
}
