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

/** What may lead or follow a Latin name beside the name itself: Dr. Emily Stone, James T. Kirk Jr., Carlos Mendez III. */
const LATIN_TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.? (?=[A-Z])/;
const LATIN_SUFFIX = /,? (?:(?:Jr|Sr)\.?|II|III|IV)$/;

export function isPerson(s: string): boolean {
  if (HAN_TITLED.test(s)) return true;
  if (HAN_TRANSLITERATED.test(s)) return true;
  if (HAN_PERSON.test(s)) return SURNAMES.has(s[0]) || COMPOUND_SURNAMES.test(s);
  const bare = s.replace(LATIN_TITLE, '').replace(LATIN_SUFFIX, '');
  return LATIN_PERSON.test(bare) || LATIN_SURNAME_FIRST.test(bare);
}

const COUPLE = /^([A-Z][a-z'’-]+) (?:&|and) ([A-Z][a-z'’-]+) ([A-Z][a-zà-ÿ'’-]+)$/;

/**
 * A couple under one family name, as donor and household lists write them (Margaret & Robert Hughes,
 * John and Mary Smith): one of the two a known given name, the last word none. isOrganisationName
 * reads an organisation's word first (Ben & Jerry Holdings).
 */
export function isCouple(s: string): boolean {
  const m = COUPLE.exec(s);
  if (!m) return false;
  const known = (word: string) => nameFamilies(word.toLowerCase()).length > 0;
  return (known(m[1]!) || known(m[2]!)) && !known(m[3]!);
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
