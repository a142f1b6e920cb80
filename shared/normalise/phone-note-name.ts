/**
 * Whether the words after a number in a phone cell name a person (13911112222 张总, 138…（王建国）,
 * +44 7911 654321 (John)): the contact to ask for, no note about the number, so clean does not move
 * it. A word that is a note and a name alike (周末, 白天, 常用 read as Han names) counts as a name: the
 * cell then has two readings and stays as typed.
 */
import { isPerson } from './person-shape';
import { titledSurname } from './han-titles';
import { nameFamilies } from '../dedupe/nicknames';

/** Words of notes about a number, which the Han-name shape would also take (常用 as 常 and 用). */
const NOTE_WORDS = /微信|同号|常用|备用|白天|晚上|夜间|周末|工作|办公|公司|家里|私人|本人|座机|手机|仅|只/;
/** A single capitalised word: a given name when it is a known one (John, Will), not Office or Work. */
const GIVEN_NAME = /^\p{Lu}[\p{Ll}'’-]+$/u;
const SEPARATORS = /[\s,，、;；:：/／()（）]+/;

function isName(word: string): boolean {
  if (titledSurname(word) !== '') return true;
  if (GIVEN_NAME.test(word)) return nameFamilies(word.toLowerCase()).length > 0;
  return isPerson(word) && !NOTE_WORDS.test(word);
}

export function namesPerson(note: string): boolean {
  const text = note.normalize('NFKC').trim();
  if (text === '') return false;
  // A Latin name is several words (John Smith, Mr. Tom Reed); a Han one is one, maybe beside a note (张总 微信同号).
  if (isPerson(text) && !/\p{Script=Han}/u.test(text)) return true;
  return text.split(SEPARATORS).some((word) => word !== '' && isName(word));
}
