/**
 * Chinese characters for matching: pinyin (pinyin-pro, tone marks dropped, surnames read as
 * surnames: 单 shan, 曾 zeng), a small table of look-alike characters that typists confuse,
 * and the compound surnames that take two characters.
 */
import { pinyin } from 'pinyin-pro';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const HAN_ALL = /[\u3400-\u9fff\uf900-\ufaff]/g;
const HAN_WORD = /^[\u3400-\u9fff\uf900-\ufaff]+$/;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

export function hanOnly(text: string): string {
  if (HAN_WORD.test(text)) return text;
  return (text.match(HAN_ALL) ?? []).join('');
}

const PINYIN_CACHE_LIMIT = 100_000;
const textCache = new Map<string, string[]>();
const charCache = new Map<string, string>();
const surnameCache = new Map<string, string[]>();
const FUZZY_CACHE_LIMIT = 2_000;
const fuzzyCache = new Map<string, string>();

function readPinyin(han: string, asSurname: boolean): string[] {
  return pinyin(han, { toneType: 'none', type: 'array', v: true, ...(asSurname ? { surname: 'head' as const } : {}) })
    .map((s) => s.toLowerCase().replace(/[^a-z]/g, ''))
    .filter((s) => s.length > 0);
}

/**
 * Pinyin syllables of a Han string, without tones (ü written v). Text is read as a whole (context
 * settles polyphones); a name is read character by character, its surname as a surname (单 shan,
 * 曾 zeng), which keeps a sheet of a million distinct names fast.
 */
export function pinyinSyllables(han: string, asName = false): string[] {
  if (han.length === 0) return [];
  if (!asName) {
    let syllables = textCache.get(han);
    if (!syllables) {
      syllables = readPinyin(han, false);
      if (textCache.size >= PINYIN_CACHE_LIMIT) textCache.clear();
      textCache.set(han, syllables);
    }
    return syllables;
  }
  const sl = surnameLength(han);
  const surname = han.slice(0, sl);
  let out = surnameCache.get(surname);
  if (!out) {
    out = readPinyin(surname, true);
    surnameCache.set(surname, out);
  }
  const syllables = [...out];
  for (let k = sl; k < han.length; k++) {
    const ch = han[k]!;
    let p = charCache.get(ch);
    if (p === undefined) {
      p = readPinyin(ch, false).join('');
      charCache.set(ch, p);
    }
    if (p) syllables.push(p);
  }
  return syllables;
}

// Groups of characters people mistype for each other by shape; the first is the representative.
const LOOK_ALIKE_GROUPS = [
  '己已巳',
  '王玉主',
  '未末',
  '土士',
  '干千于',
  '人入八',
  '日曰',
  '戊戌戍',
  '贝见',
  '侯候',
  '洗冼',
  '历厉',
  '拔拨',
  '辩辨辫',
  '即既',
  '析折',
  '肓盲',
  '汩汨',
  '祟崇',
  '茶荼',
  '徽徵',
  '喧暄',
  '睛晴',
  '杨扬',
  '沐沭',
  '刺剌',
  '券卷',
  '傅付',
  '博搏',
  '彦颜',
  '浩皓',
  '晖辉',
  '琪祺',
  '婷停',
  '莹萤',
  '瑛璎',
];
const LOOK_ALIKE = new Map<string, string>();
for (const group of LOOK_ALIKE_GROUPS) for (const ch of group) LOOK_ALIKE.set(ch, group[0]!);

/** The string with each look-alike character replaced by its group's representative. */
export function shapeKey(han: string): string {
  // Most names hold no look-alike: the name itself is kept, and no copy is built (a million add up).
  let k = 0;
  while (k < han.length && (LOOK_ALIKE.get(han[k]!) ?? han[k]) === han[k]) k++;
  if (k === han.length) return han;
  let out = '';
  for (const ch of han) out += LOOK_ALIKE.get(ch) ?? ch;
  return out === han ? han : out;
}

const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '澹台',
  '端木',
  '南宫',
  '西门',
  '独孤',
]);

/** How many leading characters of a Chinese full name are the surname (1 or 2). */
export function surnameLength(han: string): number {
  return han.length >= 3 && COMPOUND_SURNAMES.has(han.slice(0, 2)) ? 2 : 1;
}

/**
 * One pinyin syllable with the distinctions many speakers blur merged (the "fuzzy pinyin" of
 * input methods): zh/z, ch/c, sh/s and n/l initials, -ng/-n finals.
 */
export function fuzzySyllable(syllable: string): string {
  let fuzzy = fuzzyCache.get(syllable);
  if (fuzzy === undefined) {
    fuzzy = syllable
      .replace(/^([zcs])h/, '$1')
      .replace(/^l/, 'n')
      .replace(/ng$/, 'n');
    // Pinyin has about 400 syllables; anything else passed in is not kept.
    if (fuzzyCache.size < FUZZY_CACHE_LIMIT) fuzzyCache.set(syllable, fuzzy);
  }
  return fuzzy;
}
