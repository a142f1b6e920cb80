/**
 * Whether a header row is written in another language than the template's labels (Chinese and
 * English): a Japanese ledger (kana, 〒, or Japanese words such as 会社名 and 電話番号) or a
 * continental European list (Raison sociale, Téléphone, Prénom). Setup renames no header of such a
 * row: a label in another language would leave the row half in one, half in the other.
 */
import { EUROPEAN_HEADERS, FOREIGN_FAMILY_NAME, FOREIGN_GIVEN_NAME, withoutAccents } from './european-headers';
import { foldHeader, JAPANESE_HEADERS } from './header-words';

export type HeaderLanguage = 'ja' | 'european';

/** Kana (ー and ・ are written in Chinese lists too). */
const KANA = /[\u3041-\u3096\u30a1-\u30fa]/;
const POSTAL_MARK = '〒';
/** Headers of another language it takes to read a row as written in it: one stray Land or Firma does not. */
const FOREIGN_HEADERS = 2;

const fold = (text: string) => foldHeader(withoutAccents(text));
const JAPANESE_WORDS = new Set(JAPANESE_HEADERS.map(([japanese]) => fold(japanese)));
const EUROPEAN_WORDS = new Set(
  [
    ...EUROPEAN_HEADERS.map(([foreign]) => foreign),
    ...FOREIGN_GIVEN_NAME,
    ...FOREIGN_FAMILY_NAME,
    'Nom',
    'Nombre',
    'Nome',
  ].map(fold),
);

export function headerLanguage(headers: readonly string[]): HeaderLanguage | null {
  if (headers.some((h) => KANA.test(h) || h.includes(POSTAL_MARK))) return 'ja';
  const folded = headers.map(fold);
  if (folded.filter((h) => JAPANESE_WORDS.has(h)).length >= FOREIGN_HEADERS) return 'ja';
  if (folded.filter((h) => EUROPEAN_WORDS.has(h)).length >= FOREIGN_HEADERS) return 'european';
  return null;
}
