/**
 * Whether a text reads as a person's name, from its look alone: a Han name led by a common surname
 * (张伟, 欧阳娜), with a title (张总, 王老师) or transliterated (阿卜杜·热合曼), or a capitalised Latin
 * "First Last" or "Last, First". Column mapping (template/value-shape.ts), remark names and the CRM
 * export ask it; cheap regular expressions, not a judgement of validity.
 */
import { COMPOUND_SURNAMES, SURNAMES } from './han-surnames';
import { nameFamilies } from '../dedupe/nicknames';

const HAN_PERSON = /^\p{Script=Han}{2,4}$/u;
const HAN_TRANSLITERATED = /^\p{Script=Han}+(?:·\p{Script=Han}+)+$/u;
const HAN_TITLED = /^\p{Script=Han}(先生|女士|小姐|老师|总|经理)$/u;
const LATIN_PERSON =
  /^[A-Z][a-zà-ÿ'’-]+(?: [A-Z]\.?)?(?: (?:van |de |von |da |di |le |la |o')?[A-Z][a-zà-ÿ'’-]+){1,2}$/;
const LATIN_SURNAME_FIRST = /^[A-Z][a-zà-ÿ'’-]+, [A-Z][a-zà-ÿ'’-]+$/;

export function isPerson(s: string): boolean {
  if (HAN_TITLED.test(s)) return true;
  if (HAN_TRANSLITERATED.test(s)) return true;
  if (HAN_PERSON.test(s)) return SURNAMES.has(s[0]) || COMPOUND_SURNAMES.test(s);
  return LATIN_PERSON.test(s) || LATIN_SURNAME_FIRST.test(s);
}

/**
 * A name that reads as a person's: two or three Han characters (张伟), or two or three words led by
 * a known given name (John Melton). A lead typed with its own name as its company (Salesforce needs
 * one) stays a person; Cool Cars and Amy's Bird Sanctuary do not read so.
 */
export function personLike(name: string): boolean {
  if (/^\p{Script=Han}{2,3}$/u.test(name)) return true;
  const words = name.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => /^\p{Lu}[\p{L}'-]*$/u.test(w) && !/'s$/i.test(w)) &&
    nameFamilies(words[0]!.toLowerCase()).length > 0
  );
}
