/**
 * Choice fields: any label (either language) or synonym of an option, compared without case,
 * width, spaces, dots, dashes or underscores, becomes the option's label in the sheet's locale.
 * A value contained in the names of exactly one option ("朋友" for "朋友介绍") is that option, unless
 * the rest of the name changes what it means (流失 is not 流失风险); in English only the first words of
 * a name before a word that adds nothing ("Returning" for "Returning Customer", "Financial" for
 * "Financial Services"): "Trade" is no "Trade Show", HubSpot's "Referrals" (linking websites) no
 * "Referral Source". When two options share it, it stays unmatched.
 * So is an option's name with a noun after it (VIP客户, A类客户, Gold Member).
 * Traditional characters are read as simplified (跟進中 is 跟进中): one option typed in either script.
 * Tags (multiChoice) are open-ended: known items are canonicalised, unknown ones kept as text.
 * An answer not given (未知, 保密, Unknown, Prefer not to say) is no option, not even Other: the cell is
 * read as empty (check says nothing, clean leaves it as typed), unless an option is labelled so.
 */
import type { CellValue } from '../sheet/cell-value';
import type { Locale } from '../i18n/locale';
import type { ChoiceOption, Field } from '../template/schema';
import type { NormaliseOutcome } from './types';
import { simplifiedHan } from '../dedupe/simplified';
import { EMPTY, cellString, cleanText, foldText, normaliseText } from './text';

// Tag separators: , ， ; ； 、 | / and line breaks (NFKC has already folded the full-width ones).
const SPLIT = /([,;、|/\r\n\u2028\u2029]+)/;
const LINE_BREAK = /[\r\n\u2028\u2029]/g;

const NOT_IN_LIST: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'choice.notInList' });

type OptionsHolder = Pick<Field, 'options'>;

interface Lookup {
  /** Labels and synonyms exactly as the template writes them: most cells hit this. */
  exact: Map<string, ChoiceOption>;
  byKey: Map<string, ChoiceOption>;
  /** Comparison keys in simplified characters; null when two options' names fold to one key. */
  simplified: Map<string, ChoiceOption | null>;
  /** Comparison keys (simplified) of the options' own labels (not synonyms): an option may be labelled 未知. */
  labels: Set<string>;
  /** Latin names as their words, lower case and space-separated ("referral source"), for partial matches. */
  words: Map<string, ChoiceOption>;
  /** Partial matches already worked out (null: none or ambiguous), bounded so a column of free text cannot grow it. */
  partial: Map<string, ChoiceOption | null>;
}

const PARTIAL_CACHE_LIMIT = 10_000;
// Shorter keys match too much: 2 Han characters or 3 Latin letters at least.
const MIN_PARTIAL_HAN = 2;
const MIN_PARTIAL_LATIN = 3;

// Built once per field object: a million cells share one lookup. A template edited in place keeps
// its old lookup, so templates are treated as immutable once parsed.
const lookups = new WeakMap<OptionsHolder, Lookup>();

/** The comparison key of a label: folded, lower case, no spaces, dots, dashes or underscores, separators as one "/". */
export function choiceKey(s: string): string {
  return foldText(s)
    .toLowerCase()
    .replace(LINE_BREAK, ',')
    .replace(/[\s\x85._-]+/g, '')
    .replace(/[,;、|/]+/g, '/');
}

function lookupFor(field: OptionsHolder): Lookup {
  let lookup = lookups.get(field);
  if (!lookup) {
    lookup = {
      exact: new Map(),
      byKey: new Map(),
      simplified: new Map(),
      labels: new Set(),
      words: new Map(),
      partial: new Map(),
    };
    for (const option of field.options ?? []) {
      for (const label of [option.labels['zh-CN'], option.labels['en-US']])
        lookup.labels.add(simplifiedHan(choiceKey(label)));
      for (const name of [option.labels['zh-CN'], option.labels['en-US'], ...(option.synonyms ?? [])]) {
        // The first option to claim a name keeps it (the template schema rejects such clashes).
        if (!lookup.exact.has(name)) lookup.exact.set(name, option);
        const key = choiceKey(name);
        if (key !== '' && !lookup.byKey.has(key)) lookup.byKey.set(key, option);
        if (key !== '') {
          const simple = simplifiedHan(key);
          const held = lookup.simplified.get(simple);
          lookup.simplified.set(simple, held === undefined || held === option ? option : null);
        }
        const words = wordsOf(name);
        if (!HAN.test(words) && !lookup.words.has(words)) lookup.words.set(words, option);
      }
    }
    lookups.set(field, lookup);
  }
  return lookup;
}

/** The option named exactly (but for case, width and spacing) by `text`, in the script it is typed in. */
function findExact(lookup: Lookup, text: string): ChoiceOption | undefined {
  return lookup.exact.get(text) ?? lookup.byKey.get(choiceKey(text));
}

/** The option whose comparison key is `key`, in either script. */
function byAnyKey(lookup: Lookup, key: string): ChoiceOption | undefined {
  return lookup.byKey.get(key) ?? lookup.simplified.get(simplifiedHan(key)) ?? undefined;
}

function find(lookup: Lookup, text: string): ChoiceOption | undefined {
  return lookup.exact.get(text) ?? byAnyKey(lookup, choiceKey(text));
}

/**
 * Answers not given, as comparison keys: WeCom's and 有赞's 未知, a form's 保密 or Prefer not to say. A
 * template saved when 未知 was a synonym of Other reads it so too; only an option's own label keeps it.
 */
const NOT_GIVEN =
  /^(?:未知|不详|不明|保密|未填写?|未设置|未说明|不愿透露|unknown|unspecified|notspecified|notgiven|notstated|undisclosed|withheld|prefernottosay|prefernottoanswer|rathernotsay|declinedtoanswer)$/;

/** Whether a choice cell says the answer was not given (未知, Prefer not to say) rather than naming an option. */
export function isNotGiven(value: CellValue | undefined, field: OptionsHolder): boolean {
  const raw = cellString(value);
  if (raw === null) return false;
  const key = simplifiedHan(choiceKey(raw));
  return NOT_GIVEN.test(key) && !lookupFor(field).labels.has(key);
}

/** Nouns a list writes after an option's name (VIP客户, A类客户, Gold Member), as comparison keys. */
const NOUNS = ['客户', '会员', '用户', 'customers', 'customer', 'clients', 'client', 'members', 'member'];

/** The option named by `key` less a trailing noun: VIP客户 is the option VIP, 普通客户 names none. */
function withoutNoun(lookup: Lookup, key: string): ChoiceOption | undefined {
  for (const noun of NOUNS)
    if (key.length > noun.length && key.endsWith(noun)) return byAnyKey(lookup, key.slice(0, -noun.length));
  return undefined;
}

/**
 * Words that make a longer name mean something else than its part: 流失风险 (a churn risk) is no
 * 流失 (churned), 待成交 (pending) no 成交, Churn Risk no Churn. A name holding one beside `key` is
 * no partial match for it.
 */
const HEDGES = /风险|预警|潜在|疑似|可能|[待未非不准前拟]|risk|warning|potential|possible|pending|former|prospective/;

const HAN = /[\u3400-\u9fff]/;
const HAN_CHARS = /[\u3400-\u9fff]/g;
/** A value this long names one thing even inside a longer name (老客户转介绍 of 老客户转介绍来源). */
const LONG_HAN_KEY = 4;

/** A name's words, folded and lower case, one space apart: "Referral Source" is "referral source". */
function wordsOf(s: string): string {
  return foldText(s)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

/**
 * Words that add nothing after the first words of an English name: "Returning" is the Returning
 * Customer, "Financial" the Financial Services. A name going on with any other word says more than
 * its first words: a Trade Show is no trade, a Partner Referral no partner, an Inbound Call no inbound.
 */
const EMPTY_WORDS = /^(?:customers?|clients?|members?|users?|sources?|services?|sector|industry|media|leads?)$/;

/** The one option whose name starts with or contains the value `raw`; undefined when none or several do. */
function partialMatch(lookup: Lookup, raw: string): ChoiceOption | undefined {
  const key = simplifiedHan(choiceKey(raw));
  const han = HAN.test(key);
  // A bare noun (客户, member) is part of many names and names no option by itself.
  if (key.length < (han ? MIN_PARTIAL_HAN : MIN_PARTIAL_LATIN) || key.includes('/') || NOUNS.includes(key))
    return undefined;
  const cached = lookup.partial.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const result = han ? partialHan(lookup, key) : partialLatin(lookup, wordsOf(raw));
  if (lookup.partial.size < PARTIAL_CACHE_LIMIT) lookup.partial.set(key, result);
  return result ?? undefined;
}

/** The one option a name of which contains `key`, the rest of the name not hedging it (流失风险); both simplified. */
function partialHan(lookup: Lookup, key: string): ChoiceOption | null {
  let found: ChoiceOption | null = null;
  const noun = NOUNS.find((n) => key.endsWith(n));
  for (const [name, option] of lookup.simplified) {
    if (!name.includes(key)) continue;
    const rest = name.replace(key, '');
    if (HEDGES.test(rest)) continue;
    // A word of its own beside the value makes another thing of it: 电子 (electronics) is no 电子商务,
    // 技术 no 信息技术. One character more (小红 of 小红书) or a Latin name beside it (IT/互联网) is the same.
    if (key.length < LONG_HAN_KEY && (rest.match(HAN_CHARS)?.length ?? 0) >= 2) continue;
    // A customer word ends what it names: 老客户 (a returning customer) is no 老客户介绍 (a referral by one).
    if (noun && !name.endsWith(key)) continue;
    // A name two options fold to in simplified characters names neither.
    if (option === null) return null;
    if (option === found) continue;
    if (found) return null;
    found = option;
  }
  return found;
}

/** The one option a name of which is `words` and then only words that add nothing. */
function partialLatin(lookup: Lookup, words: string): ChoiceOption | null {
  let found: ChoiceOption | null = null;
  for (const [name, option] of lookup.words) {
    if (!name.startsWith(`${words} `) || option === found) continue;
    const rest = name.slice(words.length + 1).split(' ');
    if (!rest.every((word) => EMPTY_WORDS.test(word))) continue;
    if (found) return null;
    found = option;
  }
  return found;
}

function labelOf(option: ChoiceOption, locale: Locale): string {
  return option.labels[locale] ?? option.labels['zh-CN'];
}

export function normaliseChoice(value: CellValue | undefined, field: OptionsHolder, locale: Locale): NormaliseOutcome {
  if (value instanceof Date) return NOT_IN_LIST;
  const raw = cellString(value);
  if (raw === null) return EMPTY;
  if (isNotGiven(raw, field)) return EMPTY;
  // Tags (below) stay exact: a partial tag is an open-ended item of its own, not a known one.
  const lookup = lookupFor(field);
  const option = find(lookup, raw) ?? withoutNoun(lookup, simplifiedHan(choiceKey(raw))) ?? partialMatch(lookup, raw);
  if (option) return { status: 'valid', value: labelOf(option, locale) };
  return cleanText(raw) === '' ? EMPTY : NOT_IN_LIST;
}

/**
 * A text field with an open list (the built-in region field): a listed name or synonym becomes its
 * option's label; anything else is text as typed. Exact names only: an open list never guesses.
 */
export function normaliseListedText(
  value: CellValue | undefined,
  field: OptionsHolder,
  locale: Locale,
): NormaliseOutcome {
  const raw = cellString(value);
  if (raw === null || value instanceof Date) return normaliseText(value);
  // Only as the list writes them: an open list's text (a place typed in traditional characters) is the user's own.
  const option = findExact(lookupFor(field), raw);
  return option ? { status: 'valid', value: labelOf(option, locale) } : normaliseText(value);
}

/**
 * The known tags `text` lists with spaces between them (价格敏感 高意向), or null unless every part is
 * one: an unknown tag may have spaces of its own (喜欢 红色, Very High Intent).
 */
function knownBySpaces(lookup: Lookup, text: string): ChoiceOption[] | null {
  const words = text.split(/\s+/);
  if (words.length < 2) return null;
  const known: ChoiceOption[] = [];
  for (const word of words) {
    const option = find(lookup, word);
    if (!option) return null;
    known.push(option);
  }
  return known;
}

/**
 * Tags each wrapped in double quotes, straight or curly ("VIP","Spring Sale 2024", as Mailchimp
 * exports them): a list only when every tag is wrapped, the quotes being the export's, not the tag's.
 */
const QUOTED_LIST = /^\s*(?:["“”][^"“”]*["“”]\s*(?:[,;、|/\r\n\u2028\u2029]\s*)?)+$/;
const QUOTED_TAG = /["“”]([^"“”]*)["“”]/g;
const SEPARATOR = /[,;、|/\r\n\u2028\u2029]/;

/** The tags inside their quotes, or null when `text` is no list of quoted tags. */
function quotedTags(text: string): string[] | null {
  if (!QUOTED_LIST.test(text)) return null;
  const tags = [...text.matchAll(QUOTED_TAG)].map((match) => cleanText(match[1]!)).filter((tag) => tag !== '');
  return tags.length > 0 ? tags : null;
}

// A known label may itself contain a separator ("B2B/B2C"): try joining up to this many pieces.
const MAX_JOIN = 3;

export function normaliseMultiChoice(
  value: CellValue | undefined,
  field: OptionsHolder,
  locale: Locale,
): NormaliseOutcome {
  const raw = cellString(value);
  if (raw === null) return EMPTY;
  const lookup = lookupFor(field);
  const whole = find(lookup, raw);
  if (whole) return { status: 'valid', value: labelOf(whole, locale) };

  const folded = foldText(raw);
  const items: string[] = [];
  const seen = new Set<string>();
  const add = (item: string, dedupeKey: string) => {
    if (!seen.has(dedupeKey)) {
      seen.add(dedupeKey);
      items.push(item);
    }
  };
  const quoted = quotedTags(folded);
  if (quoted) {
    const options = quoted.map((tag) => find(lookup, tag));
    // A tag of its own holding a separator ("Spring, Summer Sale") would read as two once unquoted: kept as typed.
    if (quoted.some((tag, k) => !options[k] && SEPARATOR.test(tag))) return { status: 'valid', value: cleanText(raw) };
    quoted.forEach((tag, k) => {
      const option = options[k];
      if (option) add(labelOf(option, locale), `option:${option.key}`);
      else add(tag, `text:${choiceKey(tag)}`);
    });
    return { status: 'valid', value: items.join(', ') };
  }

  // Pieces at even indexes, the separators between them at odd ones.
  const parts = folded.split(SPLIT);
  for (let i = 0; i < parts.length; i += 2) {
    let matched = false;
    for (let span = Math.min(MAX_JOIN, (parts.length + 1) / 2 - i / 2); span >= 1 && !matched; span--) {
      const candidate = parts.slice(i, i + 2 * span - 1).join('');
      const option = find(lookup, candidate);
      if (option) {
        add(labelOf(option, locale), `option:${option.key}`);
        i += 2 * (span - 1);
        matched = true;
      }
    }
    if (!matched) {
      const text = cleanText(parts[i]);
      const known = knownBySpaces(lookup, text);
      if (known) for (const option of known) add(labelOf(option, locale), `option:${option.key}`);
      else if (text !== '') add(text, `text:${choiceKey(text)}`);
    }
  }
  return items.length === 0 ? EMPTY : { status: 'valid', value: items.join(', ') };
}

// Yes/no is a fixed two-option choice; it lives in its own module but is importable from here too.
export { normaliseYesNo } from './yes-no';
