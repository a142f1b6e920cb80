/**
 * Latin letters without their accents, for comparison only: a name typed with and without them
 * (Zoë, Zoe; Café Étoile, Cafe Etoile; Núñez, Nunez) is one name, and the sheet keeps what was typed.
 * Only Latin letters fold: Han, kana (whose voicing marks NFD would split off) and everything else
 * stay as they are. Pinyin with tone marks (Lǚ, Zhāng) reads as plain pinyin.
 */

// Latin-1 Supplement to Latin Extended-B, and Latin Extended Additional (Vietnamese, ẞ).
const ACCENTED_LATIN = /[\u00c0-\u024f\u1e00-\u1eff]/;
const ACCENTED_LATIN_ALL = /[\u00c0-\u024f\u1e00-\u1eff]/g;
const COMBINING = /[\u0300-\u036f]/g;
// Letters that are no base letter and a mark, written as their usual ASCII spelling (Straße = Strasse).
const SPELLED: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'SS',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ł: 'l',
  Ł: 'L',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  þ: 'th',
  Þ: 'Th',
};

function foldLetter(ch: string): string {
  return SPELLED[ch] ?? ch.normalize('NFD').replace(COMBINING, '');
}

/** The text with its accented Latin letters as plain ones; text without any (ASCII, Chinese) is returned as is. */
export function foldAccents(text: string): string {
  return ACCENTED_LATIN.test(text) ? text.replace(ACCENTED_LATIN_ALL, foldLetter) : text;
}
